// Entry point: content, settings and saves, then the Phaser game and its accessible DOM twin.
import './fonts.css';
import './style.css';
import Phaser from 'phaser';
import { nanoid } from 'nanoid';
import { bundledContent } from './content/bundled.ts';
import { buildModel } from './engine/model.ts';
import type { Scenario } from './engine/schema.ts';
import type { Mode } from './engine/index.ts';
import { scenarioCharacters } from './game/content-text.ts';
import { App } from './game/state/app.ts';
import { browserStore } from './game/state/storage.ts';
import { defaultSettings, loadSettings } from './game/state/settings.ts';
import { Metrics } from './game/metrics.ts';
import { ensureGlyphs, loadMenuFonts } from './game/fonts.ts';
import { t } from './game/i18n.ts';
import { createSound, parseSpriteMap } from './audio/sound.ts';
import sfx from '../assets/audio/sfx.json';
import sfxUrl from '../assets/audio/sfx.wav?url';
import { SCENES } from './game/scenes/index.ts';
import { mountDomMirror } from './game/a11y/dom-mirror.ts';
import { listTargets } from './game/widgets/targets.ts';
import { setTextLanguage } from './game/widgets/text.ts';
import type { GameContext } from './game/context.ts';
import { mountWorkshop } from './game/workshop/mount.ts';
import { gameSaveSlot } from './game/workshop/credentials.ts';
import { guardFrames, recoveryFor, type FrameFailure } from './game/frame-guard.ts';
import { redrawWhenIdle, restartOnNextUpdate } from './game/scenes/redraw.ts';

performance.mark('main:start');
// Exhibition kiosk (/?mode=kiosk): loaded only when asked for, and before anything reads storage.
const kiosk = new URLSearchParams(location.search).get('mode') === 'kiosk' ? await (await import('./kiosk/browser/kiosk-mode.ts')).prepareKiosk() : null;
const store = browserStore();
const settings = loadSettings(store, defaultSettings({
  language: navigator.language,
  prefersReducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
}));
// The menus' font was preloaded by the page; it is decoded now, while Phaser boots.
let menuFontsSettled = false;
const menuFonts = loadMenuFonts(settings.lang).finally(() => { menuFontsSettled = true; });
const sound = createSound({ src: [sfxUrl], sprite: parseSpriteMap(sfx), volume: settings.volume, muted: !settings.sound });
const app = new App({ content: bundledContent, store, settings, newSeed: () => nanoid(10), sound: (cue) => sound.play(cue), saveSlot: () => gameSaveSlot(store) });
app.on((event) => {
  if (event.type !== 'settings') return;
  sound.setMuted(!app.settings.sound);
  sound.setVolume(app.settings.volume);
});
// Sound may only start after a gesture on mobile.
const unlock = () => sound.unlock();
window.addEventListener('pointerdown', unlock, { once: true });
window.addEventListener('keydown', unlock, { once: true });

performance.mark('main:content-loaded');
const frame = document.getElementById('app')!;
const metrics = new Metrics();
const measure = () => {
  // The content box: the desktop phone frame has a border that is not ours to draw on.
  metrics.update(Math.max(320, frame.clientWidth), Math.max(480, frame.clientHeight), window.devicePixelRatio || 1, app.settings.textSize);
};
measure();

const game = new Phaser.Game({
  type: Phaser.WEBGL,
  parent: frame,
  width: metrics.width,
  height: metrics.height,
  backgroundColor: '#EDEDED',
  scale: { mode: Phaser.Scale.NONE, zoom: 1 / metrics.dpr },
  audio: { noAudio: true },
  input: { activePointers: 2 },
  // One texture a batch: one shader variant to compile before the first frame, and cheaper
  // fragments on a software GPU; no screen draws anywhere near 2,048 quads in a batch.
  render: { antialias: true, roundPixels: false, batchSize: 2048, maxTextures: 1 },
  scene: kiosk ? kiosk.scenes(SCENES) : SCENES,
  callbacks: { postBoot: (booted) => guardFrames(booted, (failure) => recoverFromFailedFrame(failure)) },
});

/** The scene the player is on, not counting overlays. */
const mainScene = () => game.scene.getScenes(true).find((s) => !['Toast', 'Sheet', 'Flag', 'Transfer'].includes(s.scene.key));

const relayout = () => {
  const before = `${metrics.width}x${metrics.height}x${metrics.textScale}`;
  measure();
  if (`${metrics.width}x${metrics.height}x${metrics.textScale}` === before) return;
  game.scale.resize(metrics.width, metrics.height);
  game.scale.setZoom(1 / metrics.dpr);
  const current = mainScene();
  if (current && current.scene.key !== 'Boot') restartOnNextUpdate(current);
};
new ResizeObserver(relayout).observe(frame);
let shown = `${app.settings.lang}|${app.settings.textSize}`;
setTextLanguage(app.settings.lang);
app.on((event) => {
  if (event.type !== 'settings') return;
  setTextLanguage(app.settings.lang);
  relayout();
  // Language and text size change what every screen says: fetch the glyphs, then redraw.
  const lang = app.settings.lang;
  if (`${lang}|${app.settings.textSize}` === shown && mainScene()?.scene.key !== 'Settings') return;
  shown = `${lang}|${app.settings.textSize}`;
  void loadMenuFonts(lang).then(() => {
    const current = mainScene();
    if (current && current.scene.key !== 'Boot') restartOnNextUpdate(current);
  });
});

// Canvas text drawn before its font piece arrives would stay wrong: a case's glyphs are fetched
// before any of its screens is shown. Moves run one after another, each finished (the new scene
// created) before the next, so two quick moves cannot leave two screens running.
type ScreenKey = 'Home' | 'ChatList' | 'Chat' | 'Debrief' | 'Settings' | 'Quiz';
let moving: Promise<void> = Promise.resolve();
const goTo = (key: ScreenKey): Promise<void> => {
  moving = moving.then(async () => {
    if (app.current) await ensureGlyphs(scenarioCharacters(app.current));
    for (const overlay of ['Sheet', 'Flag', 'Transfer']) game.scene.stop(overlay);
    const created = new Promise<void>((resolve) => {
      game.scene.getScene(key)!.events.once('create', () => resolve());
      setTimeout(resolve, 5000); // a scene that fails to build must not block every later move
    });
    const current = mainScene();
    if (current) current.scene.start(key);
    else game.scene.start(key);
    await created;
  }).catch((error: unknown) => console.error('could not change screens', error));
  return moving;
};
const startCase = async (id: string, mode: Mode, seed?: string) => {
  const model = await app.content.load(id);
  await ensureGlyphs(scenarioCharacters(model));
  app.startModel(model, mode, seed);
  await goTo('ChatList');
};
const resumeGame = async () => {
  await goTo(await app.resume() ? (app.conversation ? 'Chat' : 'ChatList') : 'Home');
};
const context: GameContext = { app, metrics, ensureGlyphs, menuFonts, menuFontsSettled: () => menuFontsSettled, startCase, resumeGame };
game.registry.set('ctx', context);
const workshop = mountWorkshop({ app, game, store, screens: { scene: () => mainScene()?.scene.key, settled: () => moving, goTo, startCase, resumeGame } });
const mirrorWorkshop = {
  get joined() { return workshop.joined; },
  open: () => workshop.openFromHome(),
  debriefButtons: () => {
    if (!workshop.driver.isWorkshopSession()) return null;
    const lang = app.settings.lang;
    return workshop.driver.hasNextCase()
      ? [{ label: t('workshopNextCase', lang), onPress: () => workshop.nextCase() }]
      : [{ label: t('workshopWait', lang), onPress: () => { workshop.showDone = true; workshop.render(); } }];
  },
};
const mountMirror = () => mountDomMirror(document.getElementById('a11y')!, app, { go: (key) => void goTo(key), start: startCase, resume: resumeGame, workshop: kiosk ? undefined : mirrorWorkshop, kiosk: kiosk?.mirror });
let unmountMirror: (() => void) | null = null;
const remountMirror = () => { unmountMirror?.(); unmountMirror = mountMirror(); };
// The accessible layer is built once the first screen has been drawn: its first layout sets up the
// page's fonts (~30 ms here), which would otherwise hold back that first frame.
const mountMirrorOnceDrawn = () => {
  const key = mainScene()?.scene.key;
  if (!key || key === 'Boot') { game.events.once('postrender', mountMirrorOnceDrawn); return; }
  setTimeout(mountMirrorNow, 0);
};
const mountMirrorNow = () => { if (!unmountMirror) unmountMirror = mountMirror(); };
game.events.once('postrender', mountMirrorOnceDrawn);
// Keyboard and screen-reader players must not depend on the canvas: at most a second's wait.
setTimeout(mountMirrorNow, 1000);
const kioskController = kiosk?.mount({ app, game, goTo: (key) => goTo(key as ScreenKey), startCase, remountMirror });

const loadedAt = performance.now();
function recoverFromFailedFrame({ error, recent }: FrameFailure) {
  const recovery = recoveryFor(recent, performance.now() - loadedAt);
  console.error(`a frame failed to draw (${recent} lately); recovering: ${recovery}`, error);
  if (recovery === 'redraw') {
    const current = mainScene();
    if (current) current.scene.restart();
  } else if (recovery === 'home') {
    if (kioskController) void kioskController.recover();
    else void goTo('Home');
  } else if (recovery === 'reload') {
    location.reload();
  }
}

// Offline after the first visit (production builds only; the dev server must stay live).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const register = () => { void navigator.serviceWorker.register('./sw.js').catch(() => undefined); };
  // Kiosk mode awaits its config above, by which time the page may have loaded already.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register);
}

// For end-to-end tests and debugging: the canvas's tappable targets and the app state.
Object.assign(window, {
  __rfc: {
    app, game, metrics, targets: listTargets, scene: () => mainScene()?.scene.key, goTo, startCase, workshop,
    /** Redraws a screen the way its late font pieces do. */
    redraw: (key: string) => redrawWhenIdle(game.scene.getScene(key)!),
    /** Plays a scenario given as data, already checked (benchmarks build long chats this way). */
    startCustom: async (scenario: Scenario, conversation?: string) => {
      const model = buildModel('custom', scenario, await app.content.catalogue());
      await ensureGlyphs(scenarioCharacters(model));
      app.startModel(model, 'practice', 'custom');
      if (conversation) app.openConversation(conversation);
      goTo(conversation ? 'Chat' : 'ChatList');
    },
  },
});

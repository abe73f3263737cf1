// The kiosk at run time: the attract loop until someone touches, then one visitor (picker, plays,
// debrief) watched by the idle timer, then a reset that forgets them without reloading the page.
// The hidden corner opens the PIN pad and the admin panel. Anonymous counters are kept.
import type Phaser from 'phaser';
import type { Lang, Mode } from '../../engine/index.ts';
import type { App } from '../../game/state/app.ts';
import type { Settings } from '../../game/state/settings.ts';
import type { ScenarioInfo } from '../../content/scenario-info.ts';
import { ALL_STRINGS, t, hasString } from '../../game/i18n.ts';
import { ensureGlyphs } from '../../game/fonts.ts';
import { scenarioCharacters } from '../../game/content-text.ts';
import {
  KIOSK_DEFAULTS, parseKioskConfig, pickRandom, scenariosOnRotation, withAdminSettings,
  type AdminSettings, type ConfigProblem, type KioskConfig,
} from '../config.ts';
import { IdleWatch, reloadDue } from '../idle.ts';
import { CornerTaps } from '../corner-taps.ts';
import { lockedFor, parsePinState, tryPin, type PinResult } from '../pin.ts';
import { emptyCounters, parseCounters, recordCompletion, recordPlay, type Counters } from '../counters.ts';
import { countersCsv, csvFileName, type CsvNames } from '../csv.ts';
import { deleteDatabases, isKioskKey, KIOSK_KEYS, wipeStorage } from '../wipe.ts';
import type { KioskApi, KioskPhase } from './kiosk-api.ts';
import type { KioskStore } from './kiosk-store.ts';
import { CountdownOverlay } from './countdown-overlay.ts';
import { mountPinPad } from './pin-pad.ts';
import { mountAdminPanel } from './admin-panel.ts';
import { el, shieldFromGame } from './dom.ts';

export interface KioskDeps {
  app: App;
  game: Phaser.Game;
  goTo(key: 'Home' | 'KioskAttract'): Promise<void>;
  startCase(id: string, mode: Mode): Promise<void>;
  /** Rebuilds the accessible DOM layer (it holds what the last visitor read). */
  remountMirror(): void;
}

export interface KioskSetup {
  fileConfig: KioskConfig;
  problems: ConfigProblem[];
  store: KioskStore;
  loadedAt: number;
}

/** The admin panel closes itself after this long without a touch. */
const ADMIN_IDLE_MS = 120_000;
const TICK_MS = 250;
/** Side of the hidden corner, CSS px. */
const CORNER_PX = 120;

export class KioskController implements KioskApi {
  phase: KioskPhase = 'attract';
  config: KioskConfig;
  /** Resets done since the page loaded (for the soak benchmark and tests). */
  resets = 0;
  private idle: IdleWatch;
  private corner: CornerTaps;
  private counters: Counters;
  private lastPlayed: string | undefined;
  private adminInput = 0;
  private openAdminOnRelease = false;
  private resetting: Promise<void> | null = null;
  private readonly layer: HTMLElement;
  private readonly countdown: CountdownOverlay;
  private closeOverlay: (() => void) | null = null;
  private flagNames = new Map<string, { zh: string; en: string }>();
  private readonly deps: KioskDeps;
  private readonly setup: KioskSetup;

  constructor(deps: KioskDeps, setup: KioskSetup) {
    this.deps = deps;
    this.setup = setup;
    this.config = this.effectiveConfig();
    this.idle = new IdleWatch(this.times(), Date.now());
    this.corner = new CornerTaps({ taps: this.config.adminTaps, windowMs: this.config.adminTapSeconds * 1000, size: CORNER_PX });
    const stored = parseCounters(setup.store.get(KIOSK_KEYS.counters), Date.now());
    if (stored.problem) console.warn(`kiosk: ${stored.problem}`);
    this.counters = stored.counters;
    this.layer = el('div', { id: 'kiosk-layer' });
    document.body.append(this.layer);
    this.countdown = new CountdownOverlay(this.layer);
  }

  /** Starts watching: input, the app's plays, the clock. */
  start() {
    const { app, game } = this.deps;
    game.registry.set('kiosk', this);
    app.updateSettings(this.visitorSettings());
    for (const type of ['pointerdown', 'keydown', 'wheel']) window.addEventListener(type, (e) => this.onInput(e), { capture: true, passive: true });
    window.addEventListener('pointermove', (e) => { if (e.buttons) this.onInput(e); }, { capture: true, passive: true });
    window.addEventListener('pointerup', () => this.onRelease(), { capture: true, passive: true });
    // A long press must not open a menu on a public screen.
    window.addEventListener('contextmenu', (e) => e.preventDefault());
    app.on((event) => {
      // A case started another way (the keyboard's accessible layer) is a visit too: watch it.
      if (event.type === 'started' && this.phase === 'attract' && !this.resetting) {
        this.phase = 'visitor';
        this.idle = new IdleWatch(this.times(), Date.now());
      }
      if (event.type === 'started' && app.snapshot) {
        this.count(recordPlay(this.counters, app.snapshot.scenarioId));
        this.lastPlayed = app.snapshot.scenarioId;
        this.idle.playStarted();
      }
      if (event.type === 'ended' && app.session) {
        const debrief = app.session.debrief();
        this.count(recordCompletion(this.counters, { scenarioId: debrief.scenarioId, outcome: debrief.outcome?.kind ?? null, flags: debrief.flags.map((f) => ({ flag: f.flag, status: f.status })) }));
        this.idle.playEnded(Date.now());
      }
    });
    setInterval(() => this.tick(), TICK_MS);
    void app.content.catalogue().then((catalogue) => { for (const f of catalogue.flags) this.flagNames.set(f.id, f.name); }).catch(() => undefined);
    setTimeout(() => void this.warmUp(), 3000);
  }

  /**
   * Fetches every scenario on rotation and the font pieces of both languages once, while the
   * attract loop shows: the service worker keeps them, so the kiosk plays on without a network,
   * and no visitor waits for a download.
   */
  private async warmUp() {
    const { app } = this.deps;
    await ensureGlyphs(Object.values(ALL_STRINGS).map((s) => s.zh + s.en).join('') + app.scenarios.map((s) => s.title.zh + s.title.en + s.summary.zh + s.summary.en).join(''));
    for (const info of this.rotation()) {
      try { await ensureGlyphs(scenarioCharacters(await app.content.load(info.id))); } catch { /* offline before it was ever fetched: the next reload tries again */ }
    }
  }

  // ---- what the scenes ask ---------------------------------------------------------------------

  get reducedMotion(): boolean {
    return this.config.reducedMotion === 'auto' ? matchMedia('(prefers-reduced-motion: reduce)').matches : this.config.reducedMotion;
  }

  rotation(): readonly ScenarioInfo[] {
    return scenariosOnRotation(this.deps.app.scenarios, this.config.scenarios);
  }

  inAdminCorner(canvasX: number, canvasY: number): boolean {
    // The corner is the screen's; on a landscape screen the game sits in the middle of it.
    const dpr = window.devicePixelRatio || 1;
    const canvas = this.deps.game.canvas.getBoundingClientRect();
    return this.corner.inCorner(canvas.left + canvasX / dpr, canvas.top + canvasY / dpr);
  }

  beginVisitor() {
    if (this.enterVisitor()) void this.deps.goTo('Home');
  }

  /** Someone is here: the idle timer watches them, and the sound may play. False when no visit can begin now. */
  private enterVisitor(): boolean {
    if (this.phase !== 'attract' || this.resetting) return false;
    this.phase = 'visitor';
    this.idle = new IdleWatch(this.times(), Date.now());
    this.deps.app.updateSettings({ sound: this.config.volume > 0 });
    return true;
  }

  async play(id: string) {
    // The accessible keyboard layer offers the rotation on the attract loop too.
    if (this.phase === 'attract') this.enterVisitor();
    if (this.phase !== 'visitor') return;
    const rotation = this.rotation();
    const pick = id === 'random' ? pickRandom(rotation, Math.random, this.lastPlayed)?.id : rotation.find((s) => s.id === id)?.id;
    if (!pick) return;
    await this.deps.startCase(pick, this.config.mode);
  }

  endVisitor() {
    void this.reset('done');
  }

  /** Frames keep failing on the visitor's screen: back to a freshly drawn attract loop. */
  recover(): Promise<void> {
    return this.reset('error');
  }

  /** When the visitor last touched and when the countdown is due (wall-clock ms; for tests and benchmarks). */
  idleTimes(): { quietSince: number; countdownAt: number } {
    return this.idle.schedule();
  }

  // ---- time and input --------------------------------------------------------------------------

  private times() {
    return { idleMs: this.config.idleSeconds * 1000, countdownMs: this.config.countdownSeconds * 1000, debriefMs: this.config.debriefSeconds * 1000 };
  }

  private onInput(event: Event) {
    const now = Date.now();
    if (event.type === 'pointerdown') {
      const { clientX, clientY } = event as PointerEvent;
      if (this.phase !== 'admin' && this.corner.tap(clientX, clientY, now)) this.openAdminOnRelease = true;
    }
    if (this.phase === 'admin') this.adminInput = now;
    if (this.phase === 'visitor' && this.idle.input(now)) this.countdown.dismissOnRelease();
  }

  private onRelease() {
    if (!this.openAdminOnRelease) return;
    this.openAdminOnRelease = false;
    // After the release, so the last tap does not land on the keypad.
    setTimeout(() => this.openAdmin(), 0);
  }

  /** Runs a few times a second: the countdown, the reset, the periodic reload. */
  tick() {
    const now = Date.now();
    if (this.phase === 'attract') {
      if (!this.resetting && reloadDue({ now, loadedAt: this.setup.loadedAt, reloadHours: this.config.reloadHours, attractShowing: true })) location.reload();
      return;
    }
    if (this.phase === 'admin') {
      if (now - this.adminInput >= ADMIN_IDLE_MS) this.closeAdmin();
      return;
    }
    const status = this.idle.status(now);
    if (status.phase === 'active') this.countdown.hide();
    else if (status.phase === 'countdown') this.countdown.show(status.seconds, this.config.countdownSeconds, this.deps.app.settings.lang, this.reducedMotion);
    else void this.reset('idle');
  }

  // ---- the reset -------------------------------------------------------------------------------

  private visitorSettings(): Partial<Settings> {
    const c = this.config;
    return { lang: c.language, textSize: c.textSize, reducedMotion: this.reducedMotion, sound: false, volume: c.volume, pacing: c.pacing };
  }

  /** Forgets the visitor: game, storage, databases, screens; then the attract loop. No page reload. */
  reset(reason: 'idle' | 'done' | 'admin' | 'error'): Promise<void> {
    this.resetting ??= (async () => {
      const { app, game } = this.deps;
      this.phase = 'attract';
      this.countdown.hide();
      app.forgetPlayer();
      await this.deps.goTo('KioskAttract');
      // Toasts still on screen may quote the visitor's last move.
      const toast = game.scene.getScene('Toast');
      if (toast?.sys.isActive()) toast.scene.restart();
      app.updateSettings(this.visitorSettings());
      this.wipeStorage();
      await deleteDatabases(globalThis.indexedDB ?? null);
      this.deps.remountMirror();
      this.resets++;
      console.info(`kiosk: reset (${reason})`);
    })().finally(() => { this.resetting = null; });
    return this.resetting;
  }

  private wipeStorage() {
    const local = (() => { try { return globalThis.localStorage; } catch { return null; } })();
    const session = (() => { try { return globalThis.sessionStorage; } catch { return null; } })();
    wipeStorage(local, isKioskKey);
    wipeStorage(session);
  }

  // ---- admin -----------------------------------------------------------------------------------

  private effectiveConfig(): KioskConfig {
    let admin: unknown = {};
    try { admin = JSON.parse(this.setup.store.get(KIOSK_KEYS.admin) ?? '{}'); } catch { /* damaged: the file's settings */ }
    const { config, problems } = withAdminSettings(this.setup.fileConfig, admin, this.deps.app.scenarios);
    for (const p of problems) console.warn(`kiosk admin settings: ${p.message}`);
    return config;
  }

  private saveAdmin(change: AdminSettings) {
    let admin: Record<string, unknown> = {};
    try { admin = JSON.parse(this.setup.store.get(KIOSK_KEYS.admin) ?? '{}') as Record<string, unknown>; } catch { /* start over */ }
    const checked = parseKioskConfig(change, { only: Object.keys(change) as (keyof KioskConfig)[], scenarios: this.deps.app.scenarios });
    if (checked.problems.some((p) => !p.warning)) return;
    this.setup.store.set(KIOSK_KEYS.admin, JSON.stringify({ ...admin, ...change }));
    this.applyConfig();
  }

  private applyConfig() {
    this.config = this.effectiveConfig();
    this.idle.setTimes(this.times());
    this.corner = new CornerTaps({ taps: this.config.adminTaps, windowMs: this.config.adminTapSeconds * 1000, size: CORNER_PX });
  }

  private count(counters: Counters) {
    this.counters = counters;
    this.setup.store.set(KIOSK_KEYS.counters, JSON.stringify(counters));
  }

  private pinPolicy() {
    return { attempts: this.config.pinAttempts, lockoutMs: this.config.lockoutMinutes * 60_000 };
  }

  private submitPin(entered: string): PinResult {
    const result = tryPin(parsePinState(this.setup.store.get(KIOSK_KEYS.pin)), entered, this.config.pin, this.pinPolicy(), Date.now());
    this.setup.store.set(KIOSK_KEYS.pin, JSON.stringify(result.state));
    return result;
  }

  private csvNames(): CsvNames {
    const outcome = (id: string) => { const key = `outcome_${id}`; return hasString(key) ? { zh: t(key, 'zh'), en: t(key, 'en') } : undefined; };
    return {
      outcome,
      scenario: (id) => this.deps.app.scenarios.find((s) => s.id === id)?.title,
      flag: (id) => this.flagNames.get(id),
    };
  }

  openAdmin(lang: Lang = this.config.language) {
    if (this.phase === 'admin') return;
    // The chat's back button lives in that corner too: a visitor who opened the keypad by tapping
    // it quickly gets their visit back when they close it.
    const visiting = this.phase === 'visitor';
    this.phase = 'admin';
    this.adminInput = Date.now();
    this.countdown.hide();
    this.deps.game.input.enabled = false;
    // Nobody sees the game under the panel: stop drawing it, the panel stays quick.
    this.deps.game.pause();
    const root = el('div', { id: 'kiosk-admin' });
    shieldFromGame(root);
    this.layer.append(root);
    const closePad = mountPinPad(root, {
      lang,
      submit: (pin) => this.submitPin(pin),
      lockedFor: () => lockedFor(parsePinState(this.setup.store.get(KIOSK_KEYS.pin)), this.pinPolicy(), Date.now()),
      onClose: () => (visiting ? this.backToVisitor() : this.closeAdmin()),
      onOpen: () => { closePad(); this.showPanel(root, lang); },
    });
    this.closeOverlay = () => { closePad(); root.remove(); };
  }

  private showPanel(root: HTMLElement, lang: Lang) {
    const closePanel = mountAdminPanel(root, {
      lang,
      config: () => this.config,
      scenarios: this.deps.app.scenarios.filter((s) => s.short),
      problems: this.setup.problems,
      defaultPin: this.config.pin === KIOSK_DEFAULTS.pin,
      counters: () => this.counters,
      names: () => this.csvNames(),
      save: (change) => this.saveAdmin(change),
      restoreConfig: () => { this.setup.store.set(KIOSK_KEYS.admin, null); this.applyConfig(); },
      resetCounters: () => this.count(emptyCounters(Date.now())),
      exportCsv: () => this.exportCsv(),
      exit: () => void this.exitKiosk(),
      close: () => this.closeAdmin(),
      switchLanguage: (next) => { closePanel(); this.showPanel(root, next); },
    });
    this.closeOverlay = () => { closePanel(); root.remove(); };
  }

  /** Closes the admin panel (or keypad): the visitor, if any, is gone; the attract loop. */
  closeAdmin() {
    if (this.phase !== 'admin') return;
    this.removeAdmin();
    void this.reset('admin');
  }

  /** Closes the keypad a visitor opened by chance: their visit goes on, the quiet time starts again. */
  private backToVisitor() {
    if (this.phase !== 'admin') return;
    this.removeAdmin();
    this.phase = 'visitor';
    const now = Date.now();
    this.idle = new IdleWatch(this.times(), now);
    if (this.deps.app.snapshot?.status === 'ended') this.idle.playEnded(now);
  }

  private removeAdmin() {
    this.closeOverlay?.();
    this.closeOverlay = null;
    this.deps.game.resume();
    // Swallow the release of the closing tap before the game listens again.
    setTimeout(() => { this.deps.game.input.enabled = true; }, 300);
  }

  exportCsv() {
    const now = Date.now();
    const blob = new Blob([countersCsv(this.counters, this.csvNames(), now)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = el('a', { href: url, download: csvFileName(now), hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  /** Leaves kiosk mode: the kiosk server (npm run kiosk) closes the browser; otherwise the ordinary game opens. */
  async exitKiosk() {
    this.closeOverlay?.();
    this.deps.app.forgetPlayer();
    this.wipeStorage();
    await this.setup.store.push();
    try {
      const response = await fetch('./kiosk-exit', { method: 'POST' });
      if (response.ok) return;
    } catch { /* no kiosk server */ }
    location.href = './';
  }
}

// Kiosk mode (/?mode=kiosk), loaded only when asked for. Before the game reads any storage it
// forgets whatever a previous visitor left (a crash, a reload), reads the technician's config
// (kiosk.config.json next to the game, checked key by key) and the kiosk's own saved state.
import type Phaser from 'phaser';
import './kiosk.css';
import { bundledContent } from '../../content/bundled.ts';
import { HomeScene } from '../../game/scenes/HomeScene.ts';
import { KioskAttractScene } from '../../game/scenes/KioskAttractScene.ts';
import { KioskPickerScene } from '../../game/scenes/KioskPickerScene.ts';
import { KIOSK_DEFAULTS, parseServedConfig, type ConfigProblem, type KioskConfig } from '../config.ts';
import { deleteDatabases, isKioskKey, wipeStorage } from '../wipe.ts';
import { KioskController, type KioskDeps } from './controller.ts';
import { KioskStore } from './kiosk-store.ts';
import { kt } from '../strings.ts';
import type { MirrorKiosk } from '../../game/a11y/dom-mirror.ts';

export const CONFIG_URL = './kiosk.config.json';

export interface PreparedKiosk {
  config: KioskConfig;
  problems: ConfigProblem[];
  /** The game's scenes with the kiosk's: the picker takes Home's place, so "Home" anywhere leads to it. */
  scenes(base: readonly Phaser.Types.Scenes.SceneType[]): Phaser.Types.Scenes.SceneType[];
  mount(deps: KioskDeps): KioskController;
  /** What the accessible keyboard layer offers instead of the game's home: the kiosk's picker. */
  mirror: MirrorKiosk;
}

async function loadConfig(): Promise<{ config: KioskConfig; problems: ConfigProblem[] }> {
  try {
    const response = await fetch(CONFIG_URL, { cache: 'no-store' });
    // A static host answers a missing file with its index page: only JSON counts.
    if (response.ok && /json/.test(response.headers.get('content-type') ?? '')) {
      const { config, problems } = parseServedConfig(await response.text(), { scenarios: bundledContent.scenarios });
      for (const p of problems) console.warn(`kiosk.config.json: ${p.message}`);
      return { config, problems };
    }
    await response.body?.cancel();
  } catch { /* offline with nothing cached: the defaults */ }
  return { config: { ...KIOSK_DEFAULTS }, problems: [] };
}

export async function prepareKiosk(): Promise<PreparedKiosk> {
  document.body.classList.add('kiosk');
  const local = (() => { try { return globalThis.localStorage; } catch { return null; } })();
  const session = (() => { try { return globalThis.sessionStorage; } catch { return null; } })();
  wipeStorage(local, isKioskKey);
  wipeStorage(session);
  const store = new KioskStore();
  store.flushOnExit();
  const [{ config, problems }] = await Promise.all([loadConfig(), store.load(), deleteDatabases(globalThis.indexedDB ?? null)]);
  const loadedAt = Date.now();
  let controller: KioskController | null = null;
  return {
    config,
    problems,
    scenes: (base) => [...base.filter((scene) => scene !== HomeScene), KioskPickerScene, KioskAttractScene],
    mount: (deps) => {
      const kiosk = new KioskController(deps, { fileConfig: config, problems, store, loadedAt });
      controller = kiosk;
      kiosk.start();
      Object.assign(window, { __kiosk: kiosk });
      return kiosk;
    },
    mirror: {
      cases: () => controller?.rotation() ?? [],
      play: (id) => void controller?.play(id),
      controls: (lang) => [
        { key: 'random', label: kt('pickRandom', lang), onPress: () => void controller?.play('random') },
        ...(controller?.phase === 'visitor' ? [{ key: 'done', label: kt('pickDone', lang), onPress: () => controller?.endVisitor() }] : []),
      ],
    },
  };
}

// Kiosk mode (/?mode=kiosk), loaded only when asked for. Before the game reads any storage it
// forgets whatever a previous visitor left (a crash, a reload), reads the technician's config
// (kiosk.config.json next to the game, checked key by key) and the kiosk's own saved state.
import type Phaser from 'phaser';
import './kiosk.css';
import { bundledContent } from '../../content/bundled.ts';
import { HomeScene } from '../../game/scenes/HomeScene.ts';
import { KioskAttractScene } from '../../game/scenes/KioskAttractScene.ts';
import { KioskPickerScene } from '../../game/scenes/KioskPickerScene.ts';
import { KIOSK_DEFAULTS, parseKioskConfigText, type ConfigProblem, type KioskConfig } from '../config.ts';
import { deleteDatabases, isKioskKey, wipeStorage } from '../wipe.ts';
import { KioskController, type KioskDeps } from './controller.ts';
import { KioskStore } from './kiosk-store.ts';

export const CONFIG_URL = './kiosk.config.json';

export interface PreparedKiosk {
  config: KioskConfig;
  problems: ConfigProblem[];
  /** The game's scenes with the kiosk's: the picker takes Home's place, so "Home" anywhere leads to it. */
  scenes(base: readonly Phaser.Types.Scenes.SceneType[]): Phaser.Types.Scenes.SceneType[];
  mount(deps: KioskDeps): KioskController;
}

async function loadConfig(): Promise<{ config: KioskConfig; problems: ConfigProblem[] }> {
  try {
    const response = await fetch(CONFIG_URL, { cache: 'no-store' });
    // A static host answers a missing file with its index page: only JSON counts.
    if (response.ok && /json/.test(response.headers.get('content-type') ?? '')) {
      const text = await response.text();
      const { config, problems } = parseKioskConfigText(text, { scenarios: bundledContent.scenarios });
      // The kiosk server serves the file checked, with what it found wrong, for the admin panel.
      let reported: ConfigProblem[] = [];
      try {
        const raw = JSON.parse(text) as { _problems?: unknown };
        if (Array.isArray(raw._problems)) {
          reported = (raw._problems as unknown[]).flatMap((p) => {
            const { en, zh } = (p ?? {}) as { en?: unknown; zh?: unknown };
            return typeof en === 'string' ? [{ key: '', message: en, zh: typeof zh === 'string' ? zh : en }] : [];
          });
        }
      } catch { /* already reported as not JSON */ }
      for (const p of problems) console.warn(`kiosk.config.json: ${p.message}`);
      return { config, problems: [...reported, ...problems] };
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
  return {
    config,
    problems,
    scenes: (base) => [...base.filter((scene) => scene !== HomeScene), KioskPickerScene, KioskAttractScene],
    mount: (deps) => {
      const controller = new KioskController(deps, { fileConfig: config, problems, store, loadedAt });
      controller.start();
      Object.assign(window, { __kiosk: controller });
      return controller;
    },
  };
}

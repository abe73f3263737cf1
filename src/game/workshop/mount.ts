// Puts the workshop on the page: its DOM screens, the participant controller (kept in the game's
// registry for the Home and Debrief scenes), and the join link the page was opened with.
import type Phaser from 'phaser';
import type { App } from '../state/app.ts';
import type { KeyValueStore } from '../state/storage.ts';
import { WorkshopController } from './controller.ts';
import { pinFromLocation } from './link.ts';
import { WorkshopOverlay } from './overlay.ts';
import type { ScreenDriver } from './play-driver.ts';
import { WORKSHOP_REGISTRY_KEY } from './scene-hooks.ts';

export interface MountOptions {
  app: App;
  game: Phaser.Game;
  store: KeyValueStore;
  screens: Omit<ScreenDriver, 'booted'> & {
    /** Resolves when the screen moves asked for so far are done. */
    settled(): Promise<void>;
  };
}

export function mountWorkshop({ app, game, store, screens }: MountOptions): WorkshopController {
  const blocked = () => ['app', 'a11y'].map((id) => document.getElementById(id)).filter((node): node is HTMLElement => node !== null);
  // Phaser reads pointer and key events from the whole window, so taps on the workshop's screens
  // would reach the canvas below them: its input is off while one shows.
  const overlay = new WorkshopOverlay(document.body, blocked, (on) => {
    game.input.enabled = !on;
    if (game.input.keyboard) game.input.keyboard.enabled = !on;
  });
  // The boot screen resumes a saved game by itself: the workshop decides only after it has.
  const booted = () => new Promise<void>((resolve) => {
    const check = () => {
      const key = screens.scene();
      if (key && key !== 'Boot') void screens.settled().then(() => resolve());
      else setTimeout(check, 50);
    };
    check();
  });
  const controller = new WorkshopController({ app, store, overlay, baseUrl: location.origin, screens: { ...screens, booted } });
  game.registry.set(WORKSHOP_REGISTRY_KEY, controller);
  controller.start(pinFromLocation(location));
  return controller;
}

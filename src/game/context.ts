// What every scene shares, kept in the game registry.
import type Phaser from 'phaser';
import type { App } from './state/app.ts';
import type { Metrics } from './metrics.ts';
import type { Mode } from '../engine/index.ts';

export interface GameContext {
  app: App;
  metrics: Metrics;
  /** Loads the font pieces that cover these characters (web fonts are split by unicode range). */
  ensureGlyphs(text: string): Promise<boolean>;
  /** Settles when the menus' fonts are in (or could not be had), see loadMenuFonts. */
  menuFonts: Promise<void>;
  /** True once menuFonts has settled (Home then opens in the same frame as Boot). */
  menuFontsSettled(): boolean;
  /** Loads a case and its glyphs, starts it and shows the chat list. */
  startCase(id: string, mode: Mode, seed?: string): Promise<void>;
  /** Continues the saved game where it was left, or comes back Home with a notice. */
  resumeGame(): Promise<void>;
}

export function contextOf(scene: Phaser.Scene): GameContext {
  return scene.registry.get('ctx') as GameContext;
}

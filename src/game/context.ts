// What every scene shares, kept in the game registry.
import type Phaser from 'phaser';
import type { App } from './state/app.ts';
import type { Metrics } from './metrics.ts';

export interface GameContext {
  app: App;
  metrics: Metrics;
  /** Loads the font pieces that cover these characters (web fonts are split by unicode range). */
  ensureGlyphs(text: string): Promise<boolean>;
}

export function contextOf(scene: Phaser.Scene): GameContext {
  return scene.registry.get('ctx') as GameContext;
}

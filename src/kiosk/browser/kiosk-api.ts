// What the kiosk scenes (attract loop, picker) may ask of the kiosk, kept in the game registry.
import type Phaser from 'phaser';
import type { ScenarioInfo } from '../../content/scenario-info.ts';
import type { KioskConfig } from '../config.ts';

export type KioskPhase = 'attract' | 'visitor' | 'admin';

export interface KioskApi {
  readonly phase: KioskPhase;
  /** The effective settings: the config file with the admin's changes. */
  readonly config: KioskConfig;
  /** Whether to animate (the config, or the screen's own setting when the config says "auto"). */
  readonly reducedMotion: boolean;
  /** The short scenarios a visitor may pick. */
  rotation(): readonly ScenarioInfo[];
  /** Canvas px inside the hidden admin corner (taps there never start a visit). */
  inAdminCorner(canvasX: number, canvasY: number): boolean;
  /** A visitor touched the attract loop. */
  beginVisitor(): void;
  /** Starts a case from the rotation ("random" picks one); from the attract loop a visit begins first. */
  play(id: string | 'random'): Promise<void>;
  /** The visitor is done: forget them and show the attract loop. */
  endVisitor(): void;
}

export function kioskOf(scene: Phaser.Scene): KioskApi | undefined {
  return scene.registry.get('kiosk') as KioskApi | undefined;
}

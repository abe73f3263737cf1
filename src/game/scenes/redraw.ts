// Redrawing a screen whose font pieces arrived after it was drawn.
import type Phaser from 'phaser';

/** Restarts the scene if it is showing, but never under a finger that is tapping or dragging. */
export function redrawWhenIdle(scene: Phaser.Scene) {
  if (!scene.sys.isActive()) return;
  if (scene.input.manager.pointers.some((p) => p.isDown)) {
    scene.input.once('pointerup', () => scene.time.delayedCall(300, () => redrawWhenIdle(scene)));
    return;
  }
  scene.scene.restart();
}

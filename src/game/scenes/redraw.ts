// Redrawing a screen whose font pieces (or size) changed after it was drawn.
import type Phaser from 'phaser';

/**
 * Restarts the scene on its next update, if it still runs by then. Restarting at once is not safe:
 * a move to another screen may already be queued for this frame, and the restart, queued after it,
 * would start this screen again beside the next one (both running; the one being left would then
 * remove textures the other still draws, and a frame that throws stops Phaser's loop for good).
 * Scene moves are processed before scenes update, so a screen being left never sees that update.
 */
export function restartOnNextUpdate(scene: Phaser.Scene, ready: () => boolean = () => true) {
  if (!scene.sys.isActive()) return;
  const onUpdate = () => {
    scene.events.off('shutdown', cancel);
    if (ready()) scene.scene.restart();
  };
  const cancel = () => scene.events.off('update', onUpdate);
  scene.events.once('update', onUpdate);
  scene.events.once('shutdown', cancel);
}

/** Redraws the scene if it is showing, but never under a finger that is tapping or dragging. */
export function redrawWhenIdle(scene: Phaser.Scene) {
  restartOnNextUpdate(scene, () => {
    if (!scene.input.manager.pointers.some((p) => p.isDown)) return true;
    scene.input.once('pointerup', () => scene.time.delayedCall(300, () => redrawWhenIdle(scene)));
    return false;
  });
}

// An overlay opened by a long press appears under a finger that is still down: its release must
// not tap whatever the overlay put there (a long press on a message would pick a red flag).
import type Phaser from 'phaser';

/** Ignores the scene's input until every pointer that is down as it opens has been released. */
export function ignoreHeldPointers(scene: Phaser.Scene): void {
  const held = () => scene.input.manager.pointers.some((pointer) => pointer.isDown);
  if (!held()) return;
  scene.input.enabled = false;
  // Phaser handles a release at once, between frames: checking each frame re-enables input only
  // after the release has gone by unheard.
  const check = () => {
    if (held()) return;
    scene.input.enabled = true;
    scene.events.off('update', check);
  };
  scene.events.on('update', check);
  scene.events.once('shutdown', () => scene.events.off('update', check));
}

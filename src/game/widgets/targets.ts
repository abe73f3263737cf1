// A registry of the tappable things on the canvas, by their visible label. End-to-end tests use it
// to tap the canvas where a player would; nothing in the game depends on it.
import type Phaser from 'phaser';

interface Target {
  label: string;
  object: Phaser.GameObjects.GameObject & { getBounds(): Phaser.Geom.Rectangle };
}

const targets = new Set<Target>();

export function registerTarget(label: string, object: Target['object']): void {
  const target = { label, object };
  targets.add(target);
  object.once('destroy', () => targets.delete(target));
}

/** A target whose visible label changed in place. */
export function relabelTarget(object: Target['object'], label: string): void {
  for (const target of targets) if (target.object === object) target.label = label;
}

/** Visible targets with their centre in canvas pixels (through whichever camera shows them). */
export function listTargets(): { label: string; x: number; y: number; width: number; height: number; scene: string }[] {
  const found = [];
  for (const t of targets) {
    const scene = t.object.scene;
    if (!t.object.active || (t.object as unknown as { visible?: boolean }).visible === false || !scene?.sys.isActive()) continue;
    // The tappable box: a container's or zone's own size (drawn shapes do not count in getBounds).
    const sized = t.object as unknown as { width?: number; height?: number; getWorldTransformMatrix(): Phaser.GameObjects.Components.TransformMatrix };
    const b = t.object.getBounds();
    const m = sized.getWorldTransformMatrix();
    const width = sized.width || b.width;
    const height = sized.height || b.height;
    const cx = sized.width ? m.tx + width / 2 : b.centerX;
    const cy = sized.height ? m.ty + height / 2 : b.centerY;
    // Later cameras draw on top (scroll regions), so look from the last one down.
    const camera = [...scene.cameras.cameras].reverse().find((c) => c.worldView.contains(cx, cy));
    if (!camera) continue;
    found.push({
      label: t.label, scene: scene.sys.settings.key, width, height,
      x: camera.x + (cx - camera.worldView.x), y: camera.y + (cy - camera.worldView.y),
    });
  }
  // Overlays (sheets, dialogs) come first: they are on top.
  const order = ['Toast', 'Transfer', 'Flag', 'Sheet'];
  return found.sort((a, b) => (order.indexOf(b.scene) - order.indexOf(a.scene)));
}

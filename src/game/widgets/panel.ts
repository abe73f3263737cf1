// Rounded-rectangle backgrounds as nine-slice images of one small texture per look (radius, fill,
// stroke), shared by every button with that look. A Graphics path would be tessellated again on
// every frame and needs a shader of its own; Home's first frame drew five of them, ~20 ms here.
import Phaser from 'phaser';
import { cssColor } from '../theme.ts';
import { addCanvasImage } from '../textures.ts';

export interface PanelLook { radius: number; fill: number; stroke?: number; strokeWidth?: number }

/** The texture key for a look, made on first use; kept for the whole session (a handful of looks). */
export function panelTexture(scene: Phaser.Scene, { radius, fill, stroke, strokeWidth = 1 }: PanelLook): string {
  const r = Math.max(1, Math.round(radius));
  const key = `panel:${r}:${fill}:${stroke ?? ''}:${stroke === undefined ? '' : strokeWidth}`;
  if (scene.textures.exists(key)) return key;
  // Corners of r px, and a middle wide enough that linear filtering never reaches into a corner.
  const size = r * 2 + 4;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = cssColor(fill);
  ctx.beginPath();
  ctx.roundRect(0, 0, size, size, r);
  ctx.fill();
  if (stroke !== undefined) {
    ctx.strokeStyle = cssColor(stroke);
    ctx.lineWidth = strokeWidth;
    ctx.beginPath();
    ctx.roundRect(strokeWidth / 2, strokeWidth / 2, size - strokeWidth, size - strokeWidth, Math.max(0, r - strokeWidth / 2));
    ctx.stroke();
  }
  addCanvasImage(scene.textures, key, canvas);
  return key;
}

/** A rounded rectangle of `width` × `height` at (x, y), top-left origin. */
export function addPanel(scene: Phaser.Scene, x: number, y: number, width: number, height: number, look: PanelLook): Phaser.GameObjects.NineSlice {
  const r = Math.max(1, Math.round(look.radius));
  return scene.add.nineslice(x, y, panelTexture(scene, look), undefined, width, height, r + 2, r + 2, r + 2, r + 2).setOrigin(0, 0);
}

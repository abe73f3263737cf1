// Simple line icons drawn with Graphics (no icon font, no copied artwork).
import type Phaser from 'phaser';

export type IconName = 'shield' | 'more' | 'plus' | 'back';

export function drawIcon(g: Phaser.GameObjects.Graphics, name: IconName, cx: number, cy: number, size: number, color: number) {
  const s = size / 24;
  g.lineStyle(Math.max(1.5, 1.8 * s), color, 1);
  switch (name) {
    case 'shield': {
      g.beginPath();
      g.moveTo(cx, cy - 10 * s);
      g.lineTo(cx + 8 * s, cy - 7 * s);
      g.lineTo(cx + 8 * s, cy);
      g.lineTo(cx, cy + 10 * s);
      g.lineTo(cx - 8 * s, cy);
      g.lineTo(cx - 8 * s, cy - 7 * s);
      g.closePath();
      g.strokePath();
      g.beginPath();
      g.moveTo(cx - 3.5 * s, cy - 0.5 * s);
      g.lineTo(cx - 0.5 * s, cy + 2.5 * s);
      g.lineTo(cx + 4 * s, cy - 3 * s);
      g.strokePath();
      break;
    }
    case 'more':
      g.fillStyle(color, 1);
      for (const dx of [-7, 0, 7]) g.fillCircle(cx + dx * s, cy, 1.9 * s);
      break;
    case 'plus':
      g.strokeCircle(cx, cy, 11 * s);
      g.lineBetween(cx - 6 * s, cy, cx + 6 * s, cy);
      g.lineBetween(cx, cy - 6 * s, cx, cy + 6 * s);
      break;
    case 'back':
      g.beginPath();
      g.moveTo(cx + 3 * s, cy - 8 * s);
      g.lineTo(cx - 5 * s, cy);
      g.lineTo(cx + 3 * s, cy + 8 * s);
      g.strokePath();
      break;
  }
}

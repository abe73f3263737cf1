// Contact avatars: a rounded square in the contact's colour with its glyph (an emoji or a CJK
// character) in white, and WeChat-style group avatars (a grid of up to nine members on a light
// grey tile). Drawn with the context passed in only, in its pixel units.
import { darken, lighten, roundRectPath, type Ctx2D } from './draw-art.ts';

export interface AvatarSpec {
  glyph: string;
  color: string;
}

/** The game's bundled fonts first (they work with no system CJK or emoji font), then system fonts. */
export const AVATAR_FONT = '"Noto Sans SC", "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji", system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji", sans-serif';

/** Group tile colour (WeChat's light grey). */
export const GROUP_TILE = '#DDDEE0';

/** The glyph scale: about 55% of the tile. */
const GLYPH_SCALE = 0.55;

function drawGlyph(ctx: Ctx2D, glyph: string, x: number, y: number, size: number): void {
  let px = size * GLYPH_SCALE;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = '#FFFFFF';
  ctx.font = `500 ${px}px ${AVATAR_FONT}`;
  let m = ctx.measureText(glyph);
  // Two characters ("老王") must still fit: shrink to 80% of the tile.
  if (m.width > size * 0.8) {
    px *= (size * 0.8) / m.width;
    ctx.font = `500 ${px}px ${AVATAR_FONT}`;
    m = ctx.measureText(glyph);
  }
  const ascent = m.actualBoundingBoxAscent;
  const descent = m.actualBoundingBoxDescent;
  const cx = x + size / 2;
  const cy = y + size / 2;
  if (Number.isFinite(ascent) && Number.isFinite(descent) && ascent + descent > 0) {
    // Centre the inked box, not the em box: emoji and CJK sit differently on the baseline.
    ctx.fillText(glyph, cx, cy + (ascent - descent) / 2);
  } else {
    ctx.textBaseline = 'middle';
    ctx.fillText(glyph, cx, cy);
  }
}

function drawTile(ctx: Ctx2D, spec: AvatarSpec, x: number, y: number, size: number, radius: number): void {
  const g = ctx.createLinearGradient(x, y, x, y + size);
  g.addColorStop(0, lighten(spec.color, 0.12));
  g.addColorStop(1, darken(spec.color, 0.06));
  roundRectPath(ctx, x, y, size, size, radius);
  ctx.fillStyle = g;
  ctx.fill();
  drawGlyph(ctx, spec.glyph, x, y, size);
}

/**
 * A contact's avatar in the square (x, y)–(x + size, y + size): WeChat uses radius 4 at 48 px
 * in the chat list and 6 at 40 px in a chat (scale both by devicePixelRatio).
 */
export function drawAvatar(ctx: Ctx2D, glyph: string, color: string, size: number, radius: number, x = 0, y = 0): void {
  ctx.save();
  ctx.globalAlpha = 1;
  drawTile(ctx, { glyph, color }, x, y, size, radius);
  ctx.restore();
}

export interface Cell {
  x: number;
  y: number;
  size: number;
}

/**
 * Where each member sits in a group avatar of the given size, WeChat style: one column for a
 * single member, two for 2–4, three for 5–9; a short row goes on top, centred; rows are centred
 * vertically. At most nine members are shown.
 */
export function groupAvatarLayout(count: number, size: number): Cell[] {
  const n = Math.max(0, Math.min(9, Math.floor(count)));
  if (n === 0) return [];
  const cols = n === 1 ? 1 : n <= 4 ? 2 : 3;
  const rows = Math.ceil(n / cols);
  const gap = Math.max(1, size * (cols === 3 ? 0.035 : 0.045));
  const cell = (size - gap * (cols + 1)) / cols;
  const top = (size - (rows * cell + (rows - 1) * gap)) / 2;
  const cells: Cell[] = [];
  const first = n - (rows - 1) * cols;
  for (let row = 0; row < rows; row++) {
    const inRow = row === 0 ? first : cols;
    const left = (size - (inRow * cell + (inRow - 1) * gap)) / 2;
    for (let i = 0; i < inRow; i++) cells.push({ x: left + i * (cell + gap), y: top + row * (cell + gap), size: cell });
  }
  return cells;
}

/** A group chat's avatar: up to nine member avatars in a grid on a light grey rounded tile. */
export function drawGroupAvatar(ctx: Ctx2D, members: readonly AvatarSpec[], size: number, radius: number, x = 0, y = 0): void {
  ctx.save();
  ctx.globalAlpha = 1;
  roundRectPath(ctx, x, y, size, size, radius);
  ctx.fillStyle = GROUP_TILE;
  ctx.fill();
  const shown = members.slice(0, 9);
  const cells = groupAvatarLayout(shown.length, size);
  cells.forEach((cell, i) => {
    const m = shown[i]!;
    drawTile(ctx, m, x + cell.x, y + cell.y, cell.size, Math.min(radius * 0.5, cell.size * 0.08));
  });
  ctx.restore();
}

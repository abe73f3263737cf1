// Pictures for image messages and Moments. Every picture is drawn by code from a seed, never a
// photo: flat shapes, soft gradients, a few numbers and no words (the caption carries the
// meaning in both languages). Only the context passed in is touched, so the same code draws on a
// DOM canvas, an OffscreenCanvas or the recording fake used by the tests.
import type { ART_KINDS } from '../../engine/schema.ts';
import { createRandom } from '../../engine/random.ts';

export type ArtKind = (typeof ART_KINDS)[number];
export type Ctx2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;
type Paint = string | CanvasGradient;

/** Font stack for the few numbers drawn inside pictures. */
export const ART_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

// ---------------------------------------------------------------------------------------------
// Randomness
// ---------------------------------------------------------------------------------------------

export interface Rng {
  next(): number;
  range(min: number, max: number): number;
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
}

export function makeRng(seed: string): Rng {
  const base = createRandom(seed);
  const next = base.next;
  return {
    next,
    range: (min, max) => min + (max - min) * next(),
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: base.pick,
  };
}

// ---------------------------------------------------------------------------------------------
// Colour
// ---------------------------------------------------------------------------------------------

function rgbOf(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return [136, 136, 136];
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function hexOf(rgb: readonly number[]): string {
  return `#${rgb.map((v) => Math.round(Math.max(0, Math.min(255, v))).toString(16).padStart(2, '0')).join('')}`;
}

/** Blend two "#rrggbb" colours: t = 0 gives a, t = 1 gives b. */
export function mix(a: string, b: string, t: number): string {
  const x = rgbOf(a);
  const y = rgbOf(b);
  return hexOf(x.map((v, i) => v + (y[i]! - v) * t));
}
export const lighten = (color: string, t: number): string => mix(color, '#ffffff', t);
export const darken = (color: string, t: number): string => mix(color, '#000000', t);
export function rgba(color: string, alpha: number): string {
  const [r, g, b] = rgbOf(color);
  return `rgba(${r},${g},${b},${Math.max(0, Math.min(1, alpha))})`;
}

// ---------------------------------------------------------------------------------------------
// Shapes
// ---------------------------------------------------------------------------------------------

const TAU = Math.PI * 2;

/** A rounded-rectangle path built from arcs (works where ctx.roundRect does not exist). */
export function roundRectPath(c: Ctx2D, x: number, y: number, w: number, h: number, radius: number): void {
  const r = Math.max(0, Math.min(radius, w / 2, h / 2));
  c.beginPath();
  c.moveTo(x + r, y);
  c.lineTo(x + w - r, y);
  c.arc(x + w - r, y + r, r, -Math.PI / 2, 0);
  c.lineTo(x + w, y + h - r);
  c.arc(x + w - r, y + h - r, r, 0, Math.PI / 2);
  c.lineTo(x + r, y + h);
  c.arc(x + r, y + h - r, r, Math.PI / 2, Math.PI);
  c.lineTo(x, y + r);
  c.arc(x + r, y + r, r, Math.PI, Math.PI * 1.5);
  c.closePath();
}

function fillRR(c: Ctx2D, x: number, y: number, w: number, h: number, r: number, fill: Paint): void {
  roundRectPath(c, x, y, w, h, r);
  c.fillStyle = fill;
  c.fill();
}

function strokeRR(c: Ctx2D, x: number, y: number, w: number, h: number, r: number, stroke: Paint, width: number): void {
  roundRectPath(c, x, y, w, h, r);
  c.strokeStyle = stroke;
  c.lineWidth = width;
  c.stroke();
}

/** A placeholder line of text: a pill. */
function bar(c: Ctx2D, x: number, y: number, w: number, h: number, fill: Paint): void {
  fillRR(c, x, y, Math.max(w, h), h, h / 2, fill);
}

function circle(c: Ctx2D, x: number, y: number, r: number, fill: Paint): void {
  c.beginPath();
  c.arc(x, y, Math.max(0, r), 0, TAU);
  c.fillStyle = fill;
  c.fill();
}

function ring(c: Ctx2D, x: number, y: number, r: number, stroke: Paint, width: number): void {
  c.beginPath();
  c.arc(x, y, Math.max(0, r), 0, TAU);
  c.strokeStyle = stroke;
  c.lineWidth = width;
  c.stroke();
}

function oval(c: Ctx2D, x: number, y: number, rx: number, ry: number, fill: Paint, rotation = 0): void {
  c.beginPath();
  c.ellipse(x, y, Math.max(0, rx), Math.max(0, ry), rotation, 0, TAU);
  c.fillStyle = fill;
  c.fill();
}

function poly(c: Ctx2D, pts: readonly number[], fill: Paint): void {
  c.beginPath();
  c.moveTo(pts[0]!, pts[1]!);
  for (let i = 2; i + 1 < pts.length; i += 2) c.lineTo(pts[i]!, pts[i + 1]!);
  c.closePath();
  c.fillStyle = fill;
  c.fill();
}

function line(c: Ctx2D, x1: number, y1: number, x2: number, y2: number, stroke: Paint, width: number): void {
  c.beginPath();
  c.moveTo(x1, y1);
  c.lineTo(x2, y2);
  c.strokeStyle = stroke;
  c.lineWidth = width;
  c.stroke();
}

function vgrad(c: Ctx2D, y0: number, y1: number, stops: readonly string[]): CanvasGradient {
  const g = c.createLinearGradient(0, y0, 0, y1);
  stops.forEach((s, i) => g.addColorStop(stops.length > 1 ? i / (stops.length - 1) : 0, s));
  return g;
}

function hgrad(c: Ctx2D, x0: number, x1: number, stops: readonly string[]): CanvasGradient {
  const g = c.createLinearGradient(x0, 0, x1, 0);
  stops.forEach((s, i) => g.addColorStop(stops.length > 1 ? i / (stops.length - 1) : 0, s));
  return g;
}

function rgrad(c: Ctx2D, x: number, y: number, r0: number, r1: number, stops: readonly string[]): CanvasGradient {
  const g = c.createRadialGradient(x, y, Math.max(0, r0), x, y, Math.max(0.01, r1));
  stops.forEach((s, i) => g.addColorStop(stops.length > 1 ? i / (stops.length - 1) : 0, s));
  return g;
}

interface TextOptions { align?: CanvasTextAlign; baseline?: CanvasTextBaseline; weight?: string; maxWidth?: number }

function text(c: Ctx2D, s: string, x: number, y: number, px: number, fill: Paint, o: TextOptions = {}): void {
  c.font = `${o.weight ?? '400'} ${Math.max(1, Math.round(px * 10) / 10)}px ${ART_FONT}`;
  c.textAlign = o.align ?? 'left';
  c.textBaseline = o.baseline ?? 'alphabetic';
  c.fillStyle = fill;
  if (o.maxWidth !== undefined) c.fillText(s, x, y, Math.max(1, o.maxWidth));
  else c.fillText(s, x, y);
}

function shadow(c: Ctx2D, color: string, blur: number, dy: number): void {
  c.shadowColor = color;
  c.shadowBlur = blur;
  c.shadowOffsetX = 0;
  c.shadowOffsetY = dy;
}

function noShadow(c: Ctx2D): void {
  c.shadowColor = 'rgba(0,0,0,0)';
  c.shadowBlur = 0;
  c.shadowOffsetX = 0;
  c.shadowOffsetY = 0;
}

/** A star polygon (stamps, price bursts). */
function starPath(c: Ctx2D, x: number, y: number, outer: number, inner: number, points: number, rotation = -Math.PI / 2): void {
  c.beginPath();
  for (let i = 0; i < points * 2; i++) {
    const rad = i % 2 === 0 ? outer : inner;
    const a = rotation + (i * Math.PI) / points;
    if (i === 0) c.moveTo(x + Math.cos(a) * rad, y + Math.sin(a) * rad);
    else c.lineTo(x + Math.cos(a) * rad, y + Math.sin(a) * rad);
  }
  c.closePath();
}

/** A four-pointed twinkle. */
function sparkle(c: Ctx2D, x: number, y: number, r: number, fill: Paint): void {
  const k = r * 0.18;
  c.beginPath();
  c.moveTo(x, y - r);
  c.quadraticCurveTo(x + k, y - k, x + r, y);
  c.quadraticCurveTo(x + k, y + k, x, y + r);
  c.quadraticCurveTo(x - k, y + k, x - r, y);
  c.quadraticCurveTo(x - k, y - k, x, y - r);
  c.closePath();
  c.fillStyle = fill;
  c.fill();
}

function cloud(c: Ctx2D, x: number, y: number, s: number, fill: Paint): void {
  c.beginPath();
  c.arc(x - s * 0.55, y, s * 0.42, 0, TAU);
  c.moveTo(x + s * 0.5, y);
  c.arc(x, y - s * 0.22, s * 0.55, 0, TAU);
  c.moveTo(x + s * 0.95, y);
  c.arc(x + s * 0.6, y + s * 0.02, s * 0.4, 0, TAU);
  c.fillStyle = fill;
  c.fill();
  fillRR(c, x - s * 0.95, y - s * 0.05, s * 1.9, s * 0.47, s * 0.23, fill);
}

/** "1234567.5" -> "1,234,567.50". */
export function money(n: number, decimals = 2): string {
  const [int, frac] = Math.abs(n).toFixed(decimals).split('.');
  const grouped = (int ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Scene plumbing
// ---------------------------------------------------------------------------------------------

interface Scene {
  c: Ctx2D;
  w: number;
  h: number;
  /** One hundredth of the shorter side: sizes scale with the picture. */
  u: number;
  r: Rng;
  /** The caption in lower case, used only to pick a fitting variant ("watch", "手表"). */
  cap: string;
}

type Drawer = (s: Scene) => void;

interface Variant<T extends string> { id: T; words?: readonly string[] }

/** A variant named by the caption if it names one, else one picked by the seed. */
function variant<T extends string>(s: Scene, options: readonly Variant<T>[]): T {
  const picked = s.r.pick(options).id;
  for (const o of options) if (o.words?.some((word) => s.cap.includes(word))) return o.id;
  return picked;
}

/** A phone status bar: time, signal and battery. Returns its height. */
function statusBar(s: Scene, color: string): number {
  const { c, w, u, r } = s;
  const sh = 9 * u;
  const time = `${r.int(8, 23)}:${String(r.int(0, 59)).padStart(2, '0')}`;
  text(c, time, 5 * u, sh / 2 + 0.3 * u, 4.2 * u, color, { weight: '600', baseline: 'middle' });
  const bw = 6.6 * u;
  const bh = 3.4 * u;
  const bx = w - 5 * u - bw;
  const by = sh / 2 - bh / 2;
  c.globalAlpha = 0.45;
  strokeRR(c, bx, by, bw, bh, u, color, 0.45 * u);
  fillRR(c, bx + bw + 0.3 * u, sh / 2 - 0.8 * u, 0.6 * u, 1.6 * u, 0.3 * u, color);
  c.globalAlpha = 1;
  fillRR(c, bx + 0.75 * u, by + 0.75 * u, (bw - 1.5 * u) * r.range(0.35, 0.95), bh - 1.5 * u, 0.4 * u, color);
  for (let i = 0; i < 4; i++) {
    const barH = (1.1 + i * 0.75) * u;
    fillRR(c, bx - 9 * u + i * 1.6 * u, sh / 2 + 1.6 * u - barH, 1.05 * u, barH, 0.3 * u, color);
  }
  return sh;
}

function chevron(c: Ctx2D, x: number, y: number, size: number, color: string, width: number): void {
  c.beginPath();
  c.moveTo(x + size * 0.55, y - size);
  c.lineTo(x, y);
  c.lineTo(x + size * 0.55, y + size);
  c.strokeStyle = color;
  c.lineWidth = width;
  c.stroke();
}

/** Mountain ridge from x = 0 to w; returns the peaks. */
function ridge(c: Ctx2D, w: number, baseY: number, bottomY: number, lo: number, hi: number, n: number, r: Rng, fill: Paint): { x: number; y: number }[] {
  const peaks: { x: number; y: number }[] = [];
  c.beginPath();
  c.moveTo(0, bottomY);
  for (let i = 0; i <= n; i++) {
    const x = (i / n) * w + (i > 0 && i < n ? r.range(-0.3, 0.3) * (w / n) : 0);
    const y = baseY - (i % 2 === 1 ? r.range((lo + hi) / 2, hi) : r.range(0, lo));
    c.lineTo(x, y);
    if (i % 2 === 1) peaks.push({ x, y });
  }
  c.lineTo(w, bottomY);
  c.closePath();
  c.fillStyle = fill;
  c.fill();
  return peaks;
}

/** Blocky marks that read as a printed heading without being real characters. */
function pseudoGlyph(c: Ctx2D, x: number, y: number, size: number, r: Rng, color: string): void {
  const t = size * 0.13;
  const clampX = (v: number) => Math.max(x, Math.min(x + size - t, v));
  const clampY = (v: number) => Math.max(y, Math.min(y + size - t, v));
  c.fillStyle = color;
  const rows = r.int(2, 3);
  for (let i = 0; i < rows; i++) {
    const yy = clampY(y + size * (0.08 + (0.84 * i) / Math.max(1, rows - 1)) - t / 2);
    const x0 = clampX(x + size * r.range(0, 0.3));
    const x1 = Math.min(x + size, x0 + size * r.range(0.45, 0.95));
    c.fillRect(x0, yy, Math.max(t, x1 - x0), t);
  }
  const cols = r.int(1, 2);
  for (let i = 0; i < cols; i++) {
    const xx = clampX(x + size * r.range(0.15, 0.8));
    const y0 = clampY(y + size * r.range(0, 0.3));
    const y1 = Math.min(y + size, y0 + size * r.range(0.5, 1));
    c.fillRect(xx, y0, t, Math.max(t, y1 - y0));
  }
  if (r.chance(0.5)) {
    const bs = size * 0.42;
    const bx = x + (r.chance(0.5) ? size * 0.05 : size - bs - size * 0.05);
    const by = y + size - bs - size * 0.04;
    c.fillRect(bx, by, bs, t);
    c.fillRect(bx, by + bs - t, bs, t);
    c.fillRect(bx, by, t, bs);
    c.fillRect(bx + bs - t, by, t, bs);
  }
}

/** A round red seal: rings, a star and marks along the rim. */
function seal(c: Ctx2D, x: number, y: number, rs: number, r: Rng, color = '#D92D20'): void {
  c.save();
  c.globalAlpha = 0.82;
  ring(c, x, y, rs * 0.95, color, rs * 0.09);
  ring(c, x, y, rs * 0.78, color, rs * 0.025);
  starPath(c, x, y, rs * 0.3, rs * 0.12, 5);
  c.fillStyle = color;
  c.fill();
  const marks = r.int(8, 11);
  for (let i = 0; i < marks; i++) {
    const a = Math.PI * (1.12 + (0.76 * i) / (marks - 1));
    c.save();
    c.translate(x + Math.cos(a) * rs * 0.6, y + Math.sin(a) * rs * 0.6);
    c.rotate(a + Math.PI / 2);
    c.fillRect(-rs * 0.07, -rs * 0.07, rs * 0.14, rs * 0.14 * r.range(0.8, 1.1));
    c.restore();
  }
  bar(c, x - rs * 0.35, y + rs * 0.42, rs * 0.7, rs * 0.1, color);
  c.restore();
}

// ---------------------------------------------------------------------------------------------
// People (cartoon silhouettes with dot eyes: never a realistic face)
// ---------------------------------------------------------------------------------------------

interface PersonStyle {
  skin: string;
  hair: string;
  shirt: string;
  hairStyle: 'short' | 'long' | 'bun' | 'cap' | 'bald';
  cap: string;
  eyes: 'dots' | 'glasses' | 'shades' | 'happy';
}

const SKINS = ['#F6D5B8', '#EFC3A0', '#E3B08A', '#CF9A74', '#F9E1CC'] as const;
const HAIRS = ['#2B2220', '#3D2B22', '#5A3B2A', '#1E1E24', '#7A5236', '#A8A29E'] as const;
const SHIRTS = ['#4F7CAC', '#E07A5F', '#81B29A', '#F2CC8F', '#6D597A', '#3D405B', '#E5989B', '#FFFFFF', '#2A9D8F', '#C0392B'] as const;

function randomPerson(r: Rng): PersonStyle {
  return {
    skin: r.pick(SKINS),
    hair: r.pick(HAIRS),
    shirt: r.pick(SHIRTS),
    hairStyle: r.pick(['short', 'short', 'long', 'long', 'bun', 'cap', 'bald'] as const),
    cap: r.pick(['#E63946', '#1D3557', '#F4A261', '#2A9D8F'] as const),
    eyes: r.pick(['dots', 'dots', 'happy', 'glasses', 'shades'] as const),
  };
}

function person(c: Ctx2D, cx: number, headY: number, hr: number, bottom: number, p: PersonStyle): void {
  const shoulderY = headY + hr * 1.3;
  const bw = hr * 1.75;
  if (p.hairStyle === 'long') fillRR(c, cx - hr * 1.02, headY - hr * 0.95, hr * 2.04, hr * 2.45, hr * 0.95, p.hair);
  // neck
  fillRR(c, cx - hr * 0.32, headY + hr * 0.5, hr * 0.64, shoulderY - headY - hr * 0.3, hr * 0.2, darken(p.skin, 0.08));
  // body
  c.beginPath();
  c.moveTo(cx - bw, bottom + hr);
  c.lineTo(cx - bw, shoulderY + hr * 0.75);
  c.quadraticCurveTo(cx - bw, shoulderY, cx - bw + hr * 0.85, shoulderY);
  c.lineTo(cx + bw - hr * 0.85, shoulderY);
  c.quadraticCurveTo(cx + bw, shoulderY, cx + bw, shoulderY + hr * 0.75);
  c.lineTo(cx + bw, bottom + hr);
  c.closePath();
  c.fillStyle = vgrad(c, shoulderY, shoulderY + hr * 3, [p.shirt, darken(p.shirt, 0.12)]);
  c.fill();
  poly(c, [cx - hr * 0.4, shoulderY - 0.5, cx, shoulderY + hr * 0.5, cx + hr * 0.4, shoulderY - 0.5], darken(p.skin, 0.08));
  // head and ears
  oval(c, cx - hr * 0.8, headY + hr * 0.1, hr * 0.16, hr * 0.2, darken(p.skin, 0.05));
  oval(c, cx + hr * 0.8, headY + hr * 0.1, hr * 0.16, hr * 0.2, darken(p.skin, 0.05));
  oval(c, cx, headY, hr * 0.82, hr, p.skin);
  // hair on top
  if (p.hairStyle !== 'bald') {
    c.beginPath();
    c.ellipse(cx, headY - hr * 0.12, hr * 0.9, hr * 0.98, 0, Math.PI, TAU);
    c.lineTo(cx + hr * 0.9, headY + (p.hairStyle === 'long' ? hr * 0.35 : hr * 0.02));
    c.quadraticCurveTo(cx + hr * 0.55, headY - hr * 0.55, cx - hr * 0.05, headY - hr * 0.42);
    c.quadraticCurveTo(cx - hr * 0.6, headY - hr * 0.3, cx - hr * 0.9, headY + (p.hairStyle === 'long' ? hr * 0.35 : hr * 0.1));
    c.closePath();
    c.fillStyle = p.hair;
    c.fill();
  } else {
    c.beginPath();
    c.ellipse(cx, headY - hr * 0.35, hr * 0.8, hr * 0.66, 0, Math.PI, TAU);
    c.closePath();
    c.fillStyle = rgba(p.hair, 0.55);
    c.fill();
  }
  if (p.hairStyle === 'bun') circle(c, cx, headY - hr * 1.08, hr * 0.36, p.hair);
  if (p.hairStyle === 'cap') {
    c.beginPath();
    c.ellipse(cx, headY - hr * 0.28, hr * 0.92, hr * 0.86, 0, Math.PI, TAU);
    c.closePath();
    c.fillStyle = p.cap;
    c.fill();
    oval(c, cx + hr * 0.38, headY - hr * 0.3, hr * 0.78, hr * 0.15, darken(p.cap, 0.15));
    circle(c, cx, headY - hr * 1.12, hr * 0.1, darken(p.cap, 0.2));
  }
  // features
  const eyeY = headY + hr * 0.12;
  const ink = '#2B2220';
  if (p.eyes === 'shades') {
    fillRR(c, cx - hr * 0.62, eyeY - hr * 0.17, hr * 0.52, hr * 0.32, hr * 0.12, '#1C1C22');
    fillRR(c, cx + hr * 0.1, eyeY - hr * 0.17, hr * 0.52, hr * 0.32, hr * 0.12, '#1C1C22');
    line(c, cx - hr * 0.12, eyeY - hr * 0.08, cx + hr * 0.12, eyeY - hr * 0.08, '#1C1C22', hr * 0.07);
    bar(c, cx - hr * 0.52, eyeY - hr * 0.1, hr * 0.18, hr * 0.06, 'rgba(255,255,255,0.45)');
  } else if (p.eyes === 'happy') {
    for (const side of [-1, 1]) {
      c.beginPath();
      c.arc(cx + side * hr * 0.32, eyeY + hr * 0.04, hr * 0.11, Math.PI * 1.1, Math.PI * 1.9);
      c.strokeStyle = ink;
      c.lineWidth = hr * 0.07;
      c.stroke();
    }
  } else {
    circle(c, cx - hr * 0.32, eyeY, hr * 0.08, ink);
    circle(c, cx + hr * 0.32, eyeY, hr * 0.08, ink);
    if (p.eyes === 'glasses') {
      ring(c, cx - hr * 0.32, eyeY, hr * 0.22, '#3A3A40', hr * 0.06);
      ring(c, cx + hr * 0.32, eyeY, hr * 0.22, '#3A3A40', hr * 0.06);
      line(c, cx - hr * 0.1, eyeY, cx + hr * 0.1, eyeY, '#3A3A40', hr * 0.06);
    }
  }
  circle(c, cx - hr * 0.5, headY + hr * 0.42, hr * 0.13, 'rgba(240,128,128,0.35)');
  circle(c, cx + hr * 0.5, headY + hr * 0.42, hr * 0.13, 'rgba(240,128,128,0.35)');
  c.beginPath();
  c.arc(cx, headY + hr * 0.3, hr * 0.22, Math.PI * 0.2, Math.PI * 0.8);
  c.strokeStyle = ink;
  c.lineWidth = hr * 0.07;
  c.lineCap = 'round';
  c.stroke();
}

/** A raised hand making a "V", with its sleeve. */
function peaceHand(c: Ctx2D, x: number, y: number, hr: number, p: PersonStyle, armFromX: number, armFromY: number): void {
  c.lineCap = 'round';
  line(c, armFromX, armFromY, x, y + hr * 0.55, darken(p.shirt, 0.05), hr * 0.62);
  line(c, x, y + hr * 0.45, x, y + hr * 0.1, p.skin, hr * 0.34);
  oval(c, x - hr * 0.13, y - hr * 0.32, hr * 0.09, hr * 0.34, p.skin, -0.3);
  oval(c, x + hr * 0.13, y - hr * 0.32, hr * 0.09, hr * 0.34, p.skin, 0.3);
  oval(c, x, y + hr * 0.05, hr * 0.27, hr * 0.23, p.skin);
  oval(c, x - hr * 0.06, y + hr * 0.02, hr * 0.15, hr * 0.08, darken(p.skin, 0.08));
}

// ---------------------------------------------------------------------------------------------
// The pictures
// ---------------------------------------------------------------------------------------------

const profitChart: Drawer = (s) => {
  const { c, w, h, u, r } = s;
  const dark = r.chance(0.55);
  const up = r.chance(0.5) ? '#F23D4F' : '#0FB77E';
  const bg = dark ? '#121722' : '#F3F5F9';
  const card = dark ? '#1B2230' : '#FFFFFF';
  const fg = dark ? '#F2F4F8' : '#161A23';
  const sub = dark ? 'rgba(242,244,248,0.42)' : 'rgba(22,26,35,0.38)';
  const faint = dark ? 'rgba(242,244,248,0.1)' : 'rgba(22,26,35,0.08)';
  c.fillStyle = bg;
  c.fillRect(0, 0, w, h);
  const sb = statusBar(s, fg);
  const pad = 4 * u;
  // navigation: back, title, a round icon
  const navY = sb + 4.5 * u;
  chevron(c, pad + 0.5 * u, navY, 2.2 * u, fg, 0.7 * u);
  bar(c, w / 2 - 12 * u, navY - 1.4 * u, 24 * u, 2.8 * u, rgba(dark ? '#F2F4F8' : '#161A23', 0.7));
  ring(c, w - pad - 2 * u, navY, 2 * u, fg, 0.55 * u);
  // the account card
  const pct = r.range(18, 96);
  const total = Math.round(r.range(180_000, 2_600_000) * 100) / 100;
  const profit = (total * pct) / (100 + pct);
  const cardY = sb + 10 * u;
  const buttonH = 8 * u;
  const avail = h - cardY - buttonH - 4 * u;
  const cardH = Math.min(34 * u, avail * 0.46);
  shadow(c, 'rgba(0,0,0,0.08)', 2 * u, 0.5 * u);
  fillRR(c, pad, cardY, w - 2 * pad, cardH, 2.4 * u, card);
  noShadow(c);
  const big = Math.min(cardH * 0.42, 14 * u);
  const side = w > h * 1.05;
  const leftW = side ? (w - 2 * pad) * 0.55 : w - 4 * pad;
  bar(c, pad + 3.5 * u, cardY + cardH * 0.13, 14 * u, 2.2 * u, sub);
  text(c, `+${pct.toFixed(1)}%`, pad + 3 * u, cardY + cardH * 0.2, big, up, { weight: '700', baseline: 'top', maxWidth: leftW - 5 * u });
  const smallPx = Math.min(cardH * 0.16, 4.8 * u);
  text(c, `+¥${money(profit)}`, pad + 3.5 * u, cardY + cardH * 0.2 + big * 1.08, smallPx, up, { weight: '600', baseline: 'top', maxWidth: leftW - 5 * u });
  if (side) {
    const rx = w - pad - 3.5 * u;
    bar(c, rx - 12 * u, cardY + cardH * 0.13, 12 * u, 2.2 * u, sub);
    text(c, money(total), rx, cardY + cardH * 0.27, smallPx * 1.12, fg, { weight: '700', baseline: 'top', align: 'right', maxWidth: (w - 2 * pad) * 0.42 });
    bar(c, rx - 9 * u, cardY + cardH * 0.56, 9 * u, 2.2 * u, sub);
    text(c, `+${money(total * r.range(0.01, 0.06))}`, rx, cardY + cardH * 0.68, smallPx * 0.95, up, { weight: '600', baseline: 'top', align: 'right', maxWidth: (w - 2 * pad) * 0.42 });
  }
  // period tabs
  const chartX0 = pad + 1.5 * u;
  const chartX1 = w - pad - 1.5 * u;
  const tabsY = cardY + cardH + 4.5 * u;
  const tabs = ['1D', '1W', '1M', '6M', '1Y'];
  const picked = r.int(2, 4);
  const step = (chartX1 - chartX0) / tabs.length;
  tabs.forEach((t, i) => {
    const tx = chartX0 + step * (i + 0.5);
    if (i === picked) fillRR(c, tx - 4.5 * u, tabsY - 2.4 * u, 9 * u, 4.8 * u, 2.4 * u, rgba(up, 0.16));
    text(c, t, tx, tabsY + 0.2 * u, 3.3 * u, i === picked ? up : sub, { align: 'center', baseline: 'middle', weight: i === picked ? '700' : '500' });
  });
  // the chart: a walk that dips, then climbs hard
  const y0 = tabsY + 5 * u;
  const y1 = h - buttonH - 5 * u;
  c.setLineDash([u, 1.4 * u]);
  for (let k = 0; k <= 3; k++) line(c, chartX0, y0 + ((y1 - y0) * k) / 3, chartX1, y0 + ((y1 - y0) * k) / 3, faint, 0.35 * u);
  c.setLineDash([]);
  const n = 34;
  const values: number[] = [];
  let v = 0;
  for (let i = 0; i < n; i++) {
    const late = i > n * 0.6;
    v += late ? r.range(-0.4, 1.9) : r.range(-1.1, 1.05);
    values.push(v);
  }
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const px = (i: number) => chartX0 + ((chartX1 - chartX0) * i) / (n - 1);
  const py = (val: number) => y1 - (0.06 + (0.88 * (val - lo)) / Math.max(1e-6, hi - lo)) * (y1 - y0);
  c.beginPath();
  c.moveTo(px(0), py(values[0]!));
  values.forEach((val, i) => c.lineTo(px(i), py(val)));
  c.lineTo(chartX1, y1);
  c.lineTo(chartX0, y1);
  c.closePath();
  c.fillStyle = vgrad(c, y0, y1, [rgba(up, 0.38), rgba(up, 0)]);
  c.fill();
  c.beginPath();
  values.forEach((val, i) => (i === 0 ? c.moveTo(px(i), py(val)) : c.lineTo(px(i), py(val))));
  c.strokeStyle = up;
  c.lineWidth = 1.3 * u;
  c.lineJoin = 'round';
  c.stroke();
  const endY = py(values[n - 1]!);
  c.setLineDash([0.8 * u, 1.2 * u]);
  line(c, chartX0, endY, chartX1, endY, rgba(up, 0.5), 0.3 * u);
  c.setLineDash([]);
  circle(c, chartX1 - 0.2 * u, endY, 3 * u, rgba(up, 0.22));
  circle(c, chartX1 - 0.2 * u, endY, 1.5 * u, up);
  circle(c, chartX1 - 0.2 * u, endY, 0.6 * u, '#FFFFFF');
  // buy / sell buttons (no words)
  const by = h - buttonH - 2.5 * u;
  const bw = (w - 2 * pad - 3 * u) / 2;
  fillRR(c, pad, by, bw, buttonH, buttonH / 2, up);
  bar(c, pad + bw / 2 - 6 * u, by + buttonH / 2 - 1.1 * u, 12 * u, 2.2 * u, 'rgba(255,255,255,0.85)');
  fillRR(c, pad + bw + 3 * u, by, bw, buttonH, buttonH / 2, dark ? '#2A3242' : '#E4E8EF');
  bar(c, pad + bw * 1.5 + 3 * u - 6 * u, by + buttonH / 2 - 1.1 * u, 12 * u, 2.2 * u, sub);
};

const screenshot: Drawer = (s) => {
  const { c, w, h, u, r } = s;
  const kind = variant(s, [
    { id: 'chat', words: ['聊天', 'chat', 'message', '记录', 'conversation'] },
    { id: 'list', words: ['账单', 'bill', '订单', 'order', '列表', 'list', '流水', 'statement'] },
    { id: 'article', words: ['文章', 'article', '新闻', 'news', '公告', 'notice', '通知'] },
  ]);
  const bg = kind === 'chat' ? '#EDEDED' : '#F7F7F7';
  c.fillStyle = bg;
  c.fillRect(0, 0, w, h);
  const fg = '#191919';
  const sb = statusBar(s, fg);
  const navH = 10 * u;
  const navY = sb + navH / 2;
  chevron(c, 4.5 * u, navY, 2.2 * u, fg, 0.7 * u);
  bar(c, w / 2 - 11 * u, navY - 1.4 * u, 22 * u, 2.8 * u, 'rgba(0,0,0,0.72)');
  for (let i = 0; i < 3; i++) circle(c, w - 5 * u - i * 2.4 * u, navY, 0.75 * u, fg);
  line(c, 0, sb + navH, w, sb + navH, 'rgba(0,0,0,0.08)', Math.max(0.5, 0.3 * u));
  const top = sb + navH;
  const bottom = h - 6 * u;
  const accent = r.pick(['#07C160', '#576B95', '#FA9D3B', '#10AEFF', '#FA5151']);
  if (kind === 'chat') {
    let y = top + 3.5 * u;
    bar(c, w / 2 - 6 * u, y, 12 * u, 2.6 * u, 'rgba(0,0,0,0.12)');
    y += 5.5 * u;
    const av = 8.5 * u;
    let mine = r.chance(0.5);
    while (y + av < bottom) {
      const lines = r.chance(0.35) ? 2 : 1;
      const bh = Math.max(av, lines * 4 * u + 3 * u);
      if (y + bh > bottom) break;
      const bw = w * r.range(0.22, 0.5);
      const ax = mine ? w - 4 * u - av : 4 * u;
      fillRR(c, ax, y, av, av, 1.2 * u, mine ? '#7FA7D6' : r.pick(['#D9822B', '#8E6CC4', '#5B7A99', '#E86F8C']));
      const bx = mine ? ax - 2.5 * u - bw : ax + av + 2.5 * u;
      const fill = mine ? '#95EC69' : '#FFFFFF';
      fillRR(c, bx, y, bw, bh, 1.2 * u, fill);
      const tx = mine ? bx + bw : bx;
      poly(c, [tx, y + 3 * u, tx + (mine ? 1.4 : -1.4) * u, y + 4.2 * u, tx, y + 5.4 * u], fill);
      for (let l = 0; l < lines; l++) {
        const lw = (bw - 5 * u) * (l === lines - 1 && lines > 1 ? r.range(0.4, 0.8) : r.range(0.75, 1));
        bar(c, bx + 2.5 * u, y + 2.6 * u + l * 4 * u, lw, 1.8 * u, 'rgba(0,0,0,0.2)');
      }
      y += bh + 3.5 * u;
      mine = r.chance(0.5) ? !mine : mine;
    }
  } else if (kind === 'list') {
    const rowH = 13 * u;
    let y = top + 2 * u;
    c.fillStyle = '#FFFFFF';
    c.fillRect(0, y, w, Math.max(0, Math.min(bottom, h) - y));
    let i = 0;
    while (y + rowH <= bottom) {
      const color = r.pick(['#07C160', '#FA9D3B', '#10AEFF', '#FA5151', '#8E6CC4', '#576B95']);
      fillRR(c, 4 * u, y + 2.5 * u, 8 * u, 8 * u, 1.6 * u, color);
      circle(c, 8 * u, y + 6.5 * u, 2 * u, 'rgba(255,255,255,0.9)');
      bar(c, 15 * u, y + 3.2 * u, w * r.range(0.2, 0.35), 2.2 * u, 'rgba(0,0,0,0.6)');
      bar(c, 15 * u, y + 7.4 * u, w * r.range(0.15, 0.3), 1.8 * u, 'rgba(0,0,0,0.22)');
      const income = r.chance(0.3);
      const amount = income ? r.range(100, 20000) : r.range(8, 3000);
      text(c, `${income ? '+' : '-'}${money(amount)}`, w - 4 * u, y + rowH / 2, 3.8 * u, income ? '#FA9D3B' : '#191919', { align: 'right', baseline: 'middle', weight: '600' });
      if (i > 0) line(c, 15 * u, y, w, y, 'rgba(0,0,0,0.07)', Math.max(0.5, 0.25 * u));
      y += rowH;
      i++;
    }
  } else {
    const m = 5 * u;
    const heroH = Math.min((bottom - top) * 0.42, (w - 2 * m) * 0.5);
    const hy = top + 3 * u;
    roundRectPath(c, m, hy, w - 2 * m, heroH, 2 * u);
    c.save();
    c.clip();
    c.fillStyle = vgrad(c, hy, hy + heroH, [lighten(accent, 0.55), lighten(accent, 0.85)]);
    c.fillRect(m, hy, w - 2 * m, heroH);
    circle(c, m + (w - 2 * m) * 0.72, hy + heroH * 0.35, heroH * 0.14, '#FFFFFF');
    ridge(c, w, hy + heroH * 0.85, hy + heroH, heroH * 0.1, heroH * 0.45, 5, r, rgba(darken(accent, 0.1), 0.55));
    c.restore();
    let y = hy + heroH + 4 * u;
    bar(c, m, y, (w - 2 * m) * 0.9, 3 * u, 'rgba(0,0,0,0.75)');
    y += 4.6 * u;
    bar(c, m, y, (w - 2 * m) * 0.55, 3 * u, 'rgba(0,0,0,0.75)');
    y += 5.5 * u;
    circle(c, m + 1.4 * u, y + 1.1 * u, 1.4 * u, accent);
    bar(c, m + 4 * u, y, 14 * u, 2.2 * u, rgba(accent, 0.8));
    bar(c, m + 20 * u, y, 10 * u, 2.2 * u, 'rgba(0,0,0,0.2)');
    y += 5 * u;
    while (y + 2 * u < bottom) {
      bar(c, m, y, (w - 2 * m) * r.range(0.7, 1), 1.9 * u, 'rgba(0,0,0,0.16)');
      y += 3.8 * u;
    }
  }
  bar(c, w / 2 - w * 0.15, h - 2.8 * u, w * 0.3, 1.1 * u, 'rgba(0,0,0,0.75)');
};

function backdropCity(s: Scene, top: number): void {
  const { c, w, h, u, r } = s;
  c.fillStyle = vgrad(c, 0, h, ['#1E2250', '#5B3F7A', '#E0898A']);
  c.fillRect(0, 0, w, h);
  let x = 0;
  while (x < w) {
    const bw = r.range(8, 18) * u;
    const bh = r.range(0.25, 0.55) * (h - top);
    const bx = x;
    const width = Math.min(bw, w - bx);
    c.fillStyle = r.pick(['#2A2550', '#31295A', '#262048']);
    c.fillRect(bx, h - bh, width, bh);
    c.fillStyle = 'rgba(255,214,120,0.55)';
    for (let wy = h - bh + 2 * u; wy + 1.6 * u < h; wy += 3.4 * u) {
      for (let wx = bx + 1.5 * u; wx + 1.4 * u < bx + width - 1 * u; wx += 3 * u) {
        if (r.chance(0.45)) c.fillRect(wx, wy, 1.4 * u, 1.6 * u);
      }
    }
    x += bw;
  }
  for (let i = 0; i < 14; i++) circle(c, r.range(0, w), r.range(0, h), r.range(2, 7) * u, rgba(r.pick(['#FFD27A', '#FF9AA2', '#A0C4FF', '#FFFFFF']), r.range(0.12, 0.3)));
}

const selfie: Drawer = (s) => {
  const { c, w, h, u, r } = s;
  const place = variant(s, [
    { id: 'beach', words: ['海', 'beach', 'sea', '沙滩', 'island', '岛'] },
    { id: 'city', words: ['夜', 'night', 'city', '城市'] },
    { id: 'cafe', words: ['咖啡', 'cafe', 'café', 'coffee', '餐厅', 'restaurant'] },
    { id: 'park', words: ['公园', 'park', '山', 'mountain', 'hike', '爬山'] },
  ]);
  if (place === 'beach') {
    const hz = h * 0.5;
    c.fillStyle = vgrad(c, 0, hz, ['#6CBCEB', '#CDEBFA']);
    c.fillRect(0, 0, w, hz);
    circle(c, w * 0.85, h * 0.16, 12 * u, 'rgba(255,246,200,0.55)');
    circle(c, w * 0.85, h * 0.16, 7 * u, '#FFF6C8');
    cloud(c, w * 0.2, h * 0.18, 9 * u, 'rgba(255,255,255,0.9)');
    c.fillStyle = vgrad(c, hz, h * 0.7, ['#2DA8C9', '#69D2D6']);
    c.fillRect(0, hz, w, h * 0.2);
    c.fillStyle = vgrad(c, h * 0.7, h, ['#F4DDB0', '#E8C88F']);
    c.fillRect(0, h * 0.7, w, h * 0.3);
    bar(c, w * 0.05, h * 0.69, w * 0.9, 1.4 * u, 'rgba(255,255,255,0.8)');
  } else if (place === 'city') {
    backdropCity(s, h * 0.3);
  } else if (place === 'cafe') {
    c.fillStyle = vgrad(c, 0, h, ['#F3E3CF', '#DDBF9C']);
    c.fillRect(0, 0, w, h);
    const wx = r.chance(0.5) ? w * 0.05 : w * 0.62;
    fillRR(c, wx, h * 0.1, w * 0.33, h * 0.5, u, '#FFFFFF');
    fillRR(c, wx + 1.5 * u, h * 0.1 + 1.5 * u, w * 0.33 - 3 * u, h * 0.5 - 3 * u, u, vgrad(c, h * 0.1, h * 0.6, ['#BFE3F5', '#EAF6FB']));
    c.fillStyle = '#FFFFFF';
    c.fillRect(wx + w * 0.165 - 0.6 * u, h * 0.1, 1.2 * u, h * 0.5);
    for (const lx of [w * 0.3, w * 0.75]) {
      line(c, lx, 0, lx, h * 0.12, '#6B5444', 0.5 * u);
      circle(c, lx, h * 0.17, 9 * u, 'rgba(255,220,150,0.35)');
      c.beginPath();
      c.arc(lx, h * 0.16, 4 * u, Math.PI, TAU);
      c.closePath();
      c.fillStyle = '#3E3A36';
      c.fill();
    }
    c.fillStyle = '#B98B62';
    c.fillRect(0, h * 0.72, w, 1.6 * u);
    for (let i = 0; i < 10; i++) circle(c, r.range(0, w), r.range(h * 0.2, h * 0.7), r.range(2, 6) * u, rgba('#FFE2A8', r.range(0.15, 0.35)));
  } else {
    c.fillStyle = vgrad(c, 0, h, ['#CFEBD9', '#A9D8B5']);
    c.fillRect(0, 0, w, h);
    for (let i = 0; i < 9; i++) circle(c, r.range(0, w), r.range(0, h * 0.55), r.range(10, 22) * u, rgba(r.pick(['#7CC48E', '#5DAF73', '#9ED9A8']), r.range(0.45, 0.8)));
    c.fillStyle = vgrad(c, h * 0.66, h, ['#8FCB7E', '#6DB25F']);
    c.fillRect(0, h * 0.66, w, h * 0.34);
    for (let i = 0; i < 8; i++) circle(c, r.range(0, w), r.range(0, h * 0.6), r.range(1, 3) * u, 'rgba(255,255,255,0.45)');
  }
  const p = randomPerson(r);
  const hr = Math.min(h * 0.19, w * 0.2);
  const cx = w * r.range(0.4, 0.58);
  const headY = h * 0.48;
  const armSide = cx < w / 2 ? 1 : -1;
  person(c, cx, headY, hr, h, p);
  if (r.chance(0.65)) peaceHand(c, cx + armSide * hr * 1.55, headY + hr * 0.45, hr, p, cx + armSide * hr * 1.5, h + hr * 0.3);
};

const scenery: Drawer = (s) => {
  const { c, w, h, u, r } = s;
  const kind = variant(s, [
    { id: 'sunset', words: ['日落', '夕阳', 'sunset', '晚霞', 'dusk', '黄昏'] },
    { id: 'lake', words: ['山', 'mountain', '湖', 'lake', 'alps', '雪'] },
    { id: 'beach', words: ['沙滩', 'beach', 'palm', '椰', '岛', 'island', 'maldives', '马尔代夫'] },
  ]);
  if (kind === 'sunset') {
    const hz = h * r.range(0.56, 0.64);
    const sky = r.pick([['#2B2F6B', '#C2547A', '#FDB36B'], ['#3A2C6B', '#E86A6A', '#FFD27A'], ['#1F3C73', '#F08A5D', '#FCE38A']] as const);
    c.fillStyle = vgrad(c, 0, hz, sky);
    c.fillRect(0, 0, w, hz);
    const sx = w * r.range(0.3, 0.7);
    const sy = hz - h * 0.06;
    const sr = Math.min(w, h) * 0.11;
    circle(c, sx, sy, sr * 3.2, rgrad(c, sx, sy, sr * 0.5, sr * 3.2, ['rgba(255,236,170,0.65)', 'rgba(255,236,170,0)']));
    circle(c, sx, sy, sr, '#FFF1C1');
    for (let i = 0; i < 4; i++) bar(c, r.range(-0.1, 0.7) * w, r.range(0.12, 0.45) * hz, r.range(0.2, 0.4) * w, r.range(1, 2.2) * u, rgba('#FFD1DC', r.range(0.25, 0.5)));
    ridge(c, w, hz, hz + 1, h * 0.01, h * 0.06, r.int(3, 5) * 2, r, rgba(darken(sky[0], 0.2), 0.75));
    c.fillStyle = vgrad(c, hz, h, [mix(sky[2], sky[0], 0.55), darken(sky[0], 0.25)]);
    c.fillRect(0, hz, w, h - hz);
    for (let i = 0; i < 11; i++) {
      const y = hz + ((i + 0.6) * (h - hz)) / 11.5;
      const bw = sr * (1.9 - i * 0.1) * r.range(0.6, 1.2);
      bar(c, sx - bw / 2, y, bw, 0.9 * u, rgba('#FFE3A3', 0.7 - i * 0.05));
    }
    for (let i = 0; i < 10; i++) bar(c, r.range(0, 0.9) * w, r.range(hz + 2 * u, h - u), r.range(3, 9) * u, 0.6 * u, 'rgba(255,255,255,0.18)');
    if (r.chance(0.6)) {
      const bx = w * r.range(0.12, 0.3);
      const by = hz + (h - hz) * 0.35;
      poly(c, [bx - 5 * u, by, bx + 5 * u, by, bx + 3.5 * u, by + 2 * u, bx - 3.5 * u, by + 2 * u], darken(sky[0], 0.4));
      poly(c, [bx, by - 0.5 * u, bx, by - 11 * u, bx + 5 * u, by - 0.5 * u], darken(sky[0], 0.35));
      poly(c, [bx - 0.6 * u, by - 0.5 * u, bx - 0.6 * u, by - 8 * u, bx - 4 * u, by - 0.5 * u], darken(sky[0], 0.35));
    }
    for (let i = 0; i < r.int(2, 4); i++) {
      const bx = w * r.range(0.1, 0.9);
      const by = hz * r.range(0.15, 0.5);
      const bs = r.range(1.6, 2.8) * u;
      c.beginPath();
      c.moveTo(bx - bs, by);
      c.quadraticCurveTo(bx - bs / 2, by - bs * 0.7, bx, by);
      c.quadraticCurveTo(bx + bs / 2, by - bs * 0.7, bx + bs, by);
      c.strokeStyle = rgba(darken(sky[0], 0.3), 0.8);
      c.lineWidth = 0.5 * u;
      c.stroke();
    }
  } else if (kind === 'lake') {
    const hz = h * 0.66;
    c.fillStyle = vgrad(c, 0, hz, ['#7DB9F0', '#E3F2FF']);
    c.fillRect(0, 0, w, hz);
    cloud(c, w * r.range(0.15, 0.35), h * 0.14, 8 * u, 'rgba(255,255,255,0.92)');
    cloud(c, w * r.range(0.65, 0.85), h * 0.22, 6 * u, 'rgba(255,255,255,0.85)');
    const back = ridge(c, w, hz, hz + 1, h * 0.08, h * 0.48, 6, r, '#9DB3D6');
    for (const pk of back) {
      const sw = h * 0.07;
      poly(c, [pk.x, pk.y, pk.x + sw * 0.7, pk.y + sw, pk.x + sw * 0.3, pk.y + sw * 0.8, pk.x, pk.y + sw * 1.05, pk.x - sw * 0.3, pk.y + sw * 0.8, pk.x - sw * 0.7, pk.y + sw], '#F6FAFF');
    }
    ridge(c, w, hz, hz + 1, h * 0.02, h * 0.2, 8, r, '#5F8C76');
    c.fillStyle = vgrad(c, hz, h, ['#86B3D3', '#4C7595']);
    c.fillRect(0, hz, w, h - hz);
    c.save();
    c.globalAlpha = 0.22;
    c.beginPath();
    c.moveTo(0, hz);
    for (const pk of back) c.lineTo(pk.x, 2 * hz - pk.y);
    c.lineTo(w, hz);
    c.closePath();
    c.fillStyle = '#DDE8F5';
    c.fill();
    c.restore();
    for (let i = 0; i < 12; i++) bar(c, r.range(0, 0.92) * w, r.range(hz + 2 * u, h - u), r.range(3, 10) * u, 0.6 * u, 'rgba(255,255,255,0.3)');
    for (let i = 0; i < r.int(4, 7); i++) {
      const tx = r.range(0, w);
      const th = r.range(9, 16) * u;
      for (let k = 0; k < 3; k++) {
        const ty = hz - th * (0.15 + k * 0.28);
        const tw = th * (0.36 - k * 0.08);
        poly(c, [tx, ty - th * 0.42, tx + tw, ty, tx - tw, ty], '#2F5E4A');
      }
    }
  } else {
    const hz = h * 0.5;
    c.fillStyle = vgrad(c, 0, hz, ['#4FB3EE', '#C3E8FB']);
    c.fillRect(0, 0, w, hz);
    const sx = w * r.range(0.6, 0.85);
    circle(c, sx, h * 0.16, 14 * u, 'rgba(255,250,210,0.45)');
    circle(c, sx, h * 0.16, 7 * u, '#FFF8D2');
    cloud(c, w * 0.25, h * 0.2, 7 * u, 'rgba(255,255,255,0.95)');
    c.fillStyle = vgrad(c, hz, h * 0.74, ['#1796C4', '#5FD6D4']);
    c.fillRect(0, hz, w, h * 0.24);
    c.beginPath();
    c.moveTo(0, h * 0.74);
    for (let i = 0; i <= 6; i++) c.quadraticCurveTo(((i - 0.5) * w) / 6, h * (0.7 + (i % 2) * 0.05), (i * w) / 6, h * 0.73);
    c.lineTo(w, h);
    c.lineTo(0, h);
    c.closePath();
    c.fillStyle = vgrad(c, h * 0.7, h, ['#F6E2BA', '#EBCB92']);
    c.fill();
    for (let i = 0; i < 8; i++) bar(c, r.range(0, 0.9) * w, r.range(hz + u, h * 0.7), r.range(3, 8) * u, 0.6 * u, 'rgba(255,255,255,0.5)');
    // a palm tree
    const px = r.chance(0.5) ? w * 0.16 : w * 0.84;
    const lean = px < w / 2 ? 1 : -1;
    const topX = px + lean * w * 0.08;
    const topY = h * 0.28;
    c.beginPath();
    c.moveTo(px, h * 0.95);
    c.quadraticCurveTo(px - lean * 2 * u, h * 0.55, topX, topY);
    c.strokeStyle = '#8B5E3C';
    c.lineWidth = 2.6 * u;
    c.lineCap = 'round';
    c.stroke();
    for (let i = 0; i < 6; i++) {
      const a = -Math.PI / 2 + (i - 2.5) * 0.55 + r.range(-0.1, 0.1);
      const len = r.range(15, 20) * u;
      const tx = topX + Math.cos(a) * len;
      const ty = topY + Math.sin(a) * len * 0.6 + len * 0.35;
      c.beginPath();
      c.moveTo(topX, topY);
      c.quadraticCurveTo(topX + Math.cos(a - 0.4) * len * 0.6, topY + Math.sin(a - 0.4) * len * 0.6 - 2 * u, tx, ty);
      c.quadraticCurveTo(topX + Math.cos(a + 0.3) * len * 0.5, topY + Math.sin(a + 0.3) * len * 0.5, topX, topY);
      c.closePath();
      c.fillStyle = i % 2 ? '#2E9E5B' : '#3FB86B';
      c.fill();
    }
    circle(c, topX, topY + u, 1.6 * u, '#6B4429');
  }
};

function table(s: Scene): void {
  const { c, w, h, u, r } = s;
  if (r.chance(0.6)) {
    const wood = r.pick(['#C8976A', '#B7825A', '#D6AE84']);
    c.fillStyle = wood;
    c.fillRect(0, 0, w, h);
    const plank = r.range(14, 20) * u;
    for (let y = plank; y < h; y += plank) {
      c.fillStyle = rgba(darken(wood, 0.25), 0.35);
      c.fillRect(0, y, w, Math.min(0.5 * u, h - y));
    }
    for (let i = 0; i < 10; i++) bar(c, r.range(0, 0.9) * w, r.range(0, h - u), r.range(6, 16) * u, 0.5 * u, rgba(darken(wood, 0.15), 0.35));
  } else {
    const cloth = r.pick(['#D64545', '#3F72AF', '#4E9F6E']);
    c.fillStyle = '#F7F2EA';
    c.fillRect(0, 0, w, h);
    const cell = 10 * u;
    c.beginPath();
    for (let y = 0; y < h; y += cell) {
      for (let x = ((y / cell) % 2) * cell; x < w; x += cell * 2) c.rect(x, y, Math.min(cell, w - x), Math.min(cell, h - y));
    }
    c.fillStyle = rgba(cloth, 0.16);
    c.fill();
  }
}

function chopsticks(c: Ctx2D, x: number, y: number, len: number, u: number): void {
  c.lineCap = 'round';
  for (const dx of [0, 3 * u]) {
    line(c, x + dx, y, x + dx + len * 0.35, y - len, '#8B5A2B', 1.8 * u);
    line(c, x + dx + len * 0.3, y - len * 0.85, x + dx + len * 0.35, y - len, '#5E3A18', 1.8 * u);
  }
}

const food: Drawer = (s) => {
  const { c, w, h, u, r } = s;
  const dish = variant(s, [
    { id: 'noodles', words: ['面', 'noodle', 'ramen', '粉', 'soup', '汤'] },
    { id: 'dumplings', words: ['饺', 'dumpling', '包子', 'bun', '小笼'] },
    { id: 'cake', words: ['蛋糕', 'cake', '甜点', 'dessert', '生日', 'birthday'] },
  ]);
  if (dish === 'cake') {
    const wall = r.pick(['#F8E1E7', '#E3EEF9', '#FFF1D6']);
    c.fillStyle = vgrad(c, 0, h * 0.6, [wall, darken(wall, 0.04)]);
    c.fillRect(0, 0, w, h * 0.6);
    c.fillStyle = vgrad(c, h * 0.6, h, ['#D9B08C', '#C4946C']);
    c.fillRect(0, h * 0.6, w, h * 0.4);
    for (let i = 0; i < 6; i++) circle(c, r.range(0, w), r.range(0, h * 0.5), r.range(3, 7) * u, rgba('#FFFFFF', 0.45));
    const cw = Math.min(w * 0.5, h * 0.8);
    const cx = w / 2;
    const cb = h * 0.8;
    const ch = cw * 0.42;
    const ct = cb - ch;
    const ry = cw * 0.14;
    shadow(c, 'rgba(0,0,0,0.18)', 3 * u, u);
    oval(c, cx, cb + ry * 0.3, cw * 0.66, ry * 1.35, '#FFFFFF');
    noShadow(c);
    oval(c, cx, cb + ry * 0.25, cw * 0.56, ry * 1.05, '#F1F1F4');
    const sponge = r.pick(['#F5DEB3', '#8B5A3C', '#F7E7C6']);
    const icing = r.pick(['#F7A8B8', '#FFFFFF', '#6B3E26', '#B9E3C6']);
    c.beginPath();
    c.moveTo(cx - cw / 2, ct);
    c.lineTo(cx - cw / 2, cb);
    c.ellipse(cx, cb, cw / 2, ry, 0, Math.PI, 0, true);
    c.lineTo(cx + cw / 2, ct);
    c.closePath();
    c.fillStyle = hgrad(c, cx - cw / 2, cx + cw / 2, [darken(sponge, 0.05), lighten(sponge, 0.15), darken(sponge, 0.12)]);
    c.fill();
    bar(c, cx - cw / 2, ct + ch * 0.5, cw, ch * 0.09, rgba('#E25563', 0.7));
    // icing with drips
    c.beginPath();
    c.moveTo(cx - cw / 2, ct);
    const drips = 7;
    for (let i = 0; i <= drips; i++) {
      const t = i / drips;
      const x = cx - cw / 2 + t * cw;
      const base = ct + Math.sin(Math.PI * t) * ry;
      const d = r.range(0.12, 0.35) * ch;
      c.quadraticCurveTo(x - cw / drips / 2, base + d, x, base + ch * 0.05);
    }
    c.lineTo(cx + cw / 2, ct);
    c.closePath();
    c.fillStyle = icing;
    c.fill();
    oval(c, cx, ct, cw / 2, ry, lighten(icing, 0.2));
    for (let i = 0; i < 14; i++) {
      const a = r.range(0, TAU);
      const d = r.range(0, 0.85);
      bar(c, cx + Math.cos(a) * d * cw * 0.45, ct + Math.sin(a) * d * ry * 0.85, 1.2 * u, 0.6 * u, r.pick(['#FF6B6B', '#4ECDC4', '#FFE66D', '#5E60CE']));
    }
    const berries = r.int(3, 5);
    for (let i = 0; i < berries; i++) {
      const bx = cx - cw * 0.3 + (i * cw * 0.6) / Math.max(1, berries - 1);
      const by = ct - ry * 0.15 + Math.sin((i / Math.max(1, berries - 1)) * Math.PI) * ry * 0.3;
      c.beginPath();
      c.moveTo(bx - 2.2 * u, by - 1.2 * u);
      c.quadraticCurveTo(bx, by - 3 * u, bx + 2.2 * u, by - 1.2 * u);
      c.quadraticCurveTo(bx + 1.6 * u, by + 2 * u, bx, by + 3 * u);
      c.quadraticCurveTo(bx - 1.6 * u, by + 2 * u, bx - 2.2 * u, by - 1.2 * u);
      c.fillStyle = '#E23A4A';
      c.fill();
      oval(c, bx, by - 2 * u, 1.8 * u, 0.7 * u, '#3DA35D');
    }
    const candleX = cx + r.range(-0.15, 0.15) * cw;
    fillRR(c, candleX - 1 * u, ct - ch * 0.55, 2 * u, ch * 0.5, 0.5 * u, '#7FB2F0');
    for (let k = 0; k < 3; k++) line(c, candleX - u, ct - ch * (0.5 - k * 0.14), candleX + u, ct - ch * (0.45 - k * 0.14), '#FFFFFF', 0.5 * u);
    circle(c, candleX, ct - ch * 0.64, 4 * u, 'rgba(255,200,80,0.3)');
    c.beginPath();
    c.moveTo(candleX, ct - ch * 0.78);
    c.quadraticCurveTo(candleX + 1.6 * u, ct - ch * 0.62, candleX, ct - ch * 0.57);
    c.quadraticCurveTo(candleX - 1.6 * u, ct - ch * 0.62, candleX, ct - ch * 0.78);
    c.fillStyle = '#FFB02E';
    c.fill();
    return;
  }
  table(s);
  const R = Math.min(h * 0.43, w * 0.33);
  const cx = w * 0.4;
  const cy = h * 0.52;
  // side dish: a cup or a sauce bowl
  const sx = w * 0.82;
  const sy = h * 0.24;
  const sr = R * 0.32;
  shadow(c, 'rgba(0,0,0,0.22)', 2.5 * u, u);
  circle(c, sx, sy, sr, '#FFFFFF');
  noShadow(c);
  circle(c, sx, sy, sr * 0.78, dish === 'dumplings' ? '#4A2A12' : '#C98B3C');
  if (dish === 'dumplings') for (let i = 0; i < 6; i++) circle(c, sx + r.range(-0.5, 0.5) * sr, sy + r.range(-0.5, 0.5) * sr, 0.5 * u, '#E0482C');
  else circle(c, sx - sr * 0.25, sy - sr * 0.25, sr * 0.2, 'rgba(255,255,255,0.35)');
  chopsticks(c, w * 0.76, h * 0.95, h * 0.5, u);
  if (dish === 'noodles') {
    shadow(c, 'rgba(0,0,0,0.25)', 4 * u, 1.5 * u);
    circle(c, cx, cy, R, '#FBFBF8');
    noShadow(c);
    const rim = r.pick(['#3F72AF', '#C0392B', '#2A9D8F']);
    ring(c, cx, cy, R * 0.93, rim, R * 0.03);
    const red = r.chance(0.4);
    circle(c, cx, cy, R * 0.82, rgrad(c, cx, cy, 0, R * 0.82, red ? ['#F07A4A', '#B8321E'] : ['#F3C074', '#C98030']));
    c.save();
    c.beginPath();
    c.arc(cx, cy, R * 0.8, 0, TAU);
    c.clip();
    // strands combed one way, each a gentle wave
    const dir = r.range(0, Math.PI);
    const ux = Math.cos(dir);
    const uy = Math.sin(dir);
    for (const [color, width, shift] of [['#D4A650', 1.9 * u, 0], ['#F8E6A8', 1.2 * u, 0.5]] as const) {
      for (let k = -9; k <= 9; k++) {
        const off = (k + shift) * R * 0.085 + r.range(-0.02, 0.02) * R;
        const amp = R * r.range(0.04, 0.08);
        const segs = 7;
        const step = (2 * R) / segs;
        const at = (t: number, wob: number): [number, number] => [cx + ux * t - uy * (off + wob), cy + uy * t + ux * (off + wob)];
        c.beginPath();
        const [sx0, sy0] = at(-R, 0);
        c.moveTo(sx0, sy0);
        for (let i = 1; i <= segs; i++) {
          const [qx, qy] = at(-R + step * (i - 0.5), (i % 2 ? 1 : -1) * amp * 2);
          const [ex, ey] = at(-R + step * i, 0);
          c.quadraticCurveTo(qx, qy, ex, ey);
        }
        c.strokeStyle = color;
        c.lineWidth = width;
        c.lineCap = 'round';
        c.stroke();
      }
    }
    c.restore();
    for (let i = 0; i < 3; i++) {
      const a = Math.PI * (0.9 + i * 0.28);
      oval(c, cx + Math.cos(a) * R * 0.45, cy + Math.sin(a) * R * 0.45, R * 0.2, R * 0.12, '#A0522D', a);
      oval(c, cx + Math.cos(a) * R * 0.45, cy + Math.sin(a) * R * 0.45, R * 0.15, R * 0.07, '#C47A4E', a);
    }
    oval(c, cx + R * 0.32, cy - R * 0.22, R * 0.24, R * 0.19, '#FFFFFF', 0.4);
    circle(c, cx + R * 0.32, cy - R * 0.22, R * 0.11, rgrad(c, cx + R * 0.3, cy - R * 0.24, 0, R * 0.11, ['#FFC94D', '#F29E1F']));
    oval(c, cx + R * 0.25, cy + R * 0.42, R * 0.22, R * 0.1, '#4FA350', -0.5);
    oval(c, cx + R * 0.33, cy + R * 0.35, R * 0.1, R * 0.06, '#BFE3A4', -0.5);
    for (let i = 0; i < 12; i++) ring(c, cx + r.range(-0.6, 0.6) * R, cy + r.range(-0.6, 0.6) * R, R * 0.035, '#5DBB46', R * 0.02);
  } else {
    shadow(c, 'rgba(0,0,0,0.25)', 4 * u, 1.5 * u);
    circle(c, cx, cy, R, '#FFFFFF');
    noShadow(c);
    ring(c, cx, cy, R * 0.8, 'rgba(0,0,0,0.06)', R * 0.02);
    const fried = r.chance(0.4);
    const k = r.int(5, 7);
    const d = R * 0.27;
    const spots: [number, number, number][] = [];
    for (let i = 0; i < k; i++) {
      const a = (i / k) * TAU + r.range(-0.1, 0.1);
      spots.push([cx + Math.cos(a) * R * 0.5, cy + Math.sin(a) * R * 0.5, a + Math.PI / 2]);
    }
    if (k >= 6) spots.push([cx, cy, r.range(0, TAU)]);
    for (const [x, y, a] of spots) {
      c.save();
      c.translate(x, y);
      c.rotate(a);
      shadow(c, 'rgba(0,0,0,0.15)', 1.5 * u, 0.5 * u);
      c.beginPath();
      c.moveTo(-d, d * 0.2);
      c.quadraticCurveTo(-d * 0.95, -d * 0.95, 0, -d * 0.9);
      c.quadraticCurveTo(d * 0.95, -d * 0.95, d, d * 0.2);
      c.quadraticCurveTo(0, d * 0.65, -d, d * 0.2);
      c.closePath();
      c.fillStyle = fried ? vgrad(c, -d, d * 0.6, ['#F8F0DC', '#E9B867']) : vgrad(c, -d, d * 0.6, ['#FFFBF0', '#EFE3C6']);
      c.fill();
      noShadow(c);
      for (let p = -2; p <= 2; p++) {
        c.beginPath();
        c.moveTo(p * d * 0.3, -d * 0.85 + Math.abs(p) * d * 0.1);
        c.quadraticCurveTo(p * d * 0.34 + d * 0.08, -d * 0.5, p * d * 0.3, -d * 0.3);
        c.strokeStyle = 'rgba(160,130,80,0.35)';
        c.lineWidth = 0.4 * u;
        c.stroke();
      }
      c.restore();
    }
  }
};

function paper(s: Scene, ratio: number, fill = '#FFFFFF'): { px: number; py: number; pw: number; ph: number } {
  const { c, w, h, u } = s;
  let ph = h * 0.9;
  let pw = ph * ratio;
  if (pw > w * 0.66) {
    pw = w * 0.66;
    ph = pw / ratio;
  }
  const px = (w - pw) / 2;
  const py = (h - ph) / 2;
  shadow(c, 'rgba(0,0,0,0.22)', 3 * u, u);
  fillRR(c, px, py, pw, ph, 0.8 * u, fill);
  noShadow(c);
  return { px, py, pw, ph };
}

const documentArt: Drawer = (s) => {
  const { c, w, h, u, r } = s;
  const desk = r.pick(['#D5E1EA', '#E6DDCF', '#D8E7D9', '#E3DCEB']);
  c.fillStyle = vgrad(c, 0, h, [lighten(desk, 0.2), desk]);
  c.fillRect(0, 0, w, h);
  // a sheet underneath, offset
  let ph0 = h * 0.9;
  let pw0 = ph0 * 0.74;
  if (pw0 > w * 0.66) {
    pw0 = w * 0.66;
    ph0 = pw0 / 0.74;
  }
  fillRR(c, (w - pw0) / 2 + 3 * u, (h - ph0) / 2 + 1.5 * u, pw0, ph0 - 2 * u, 0.8 * u, '#EEF0F2');
  const { px, py, pw, ph } = paper(s, 0.74);
  const m = pw * 0.11;
  bar(c, px + pw * 0.25, py + ph * 0.07, pw * 0.5, ph * 0.035, 'rgba(30,30,30,0.8)');
  bar(c, px + pw * 0.35, py + ph * 0.13, pw * 0.3, ph * 0.018, 'rgba(30,30,30,0.35)');
  text(c, `No.${r.int(2019, 2025)}-${String(r.int(1, 99999)).padStart(5, '0')}`, px + pw - m, py + ph * 0.185, Math.max(2.2 * u, ph * 0.025), 'rgba(30,30,30,0.45)', { align: 'right', baseline: 'middle', maxWidth: pw - 2 * m });
  let y = py + ph * 0.24;
  const gap = ph * 0.05;
  const lh = ph * 0.016;
  const withTable = r.chance(0.45);
  let para = 0;
  while (y < py + ph * 0.7) {
    if (withTable && para === 1 && y < py + ph * 0.5) {
      const th = ph * 0.16;
      c.strokeStyle = 'rgba(30,30,30,0.35)';
      c.lineWidth = Math.max(0.5, 0.25 * u);
      c.strokeRect(px + m, y, pw - 2 * m, th);
      for (let k = 1; k < 3; k++) line(c, px + m, y + (th * k) / 3, px + pw - m, y + (th * k) / 3, 'rgba(30,30,30,0.25)', Math.max(0.5, 0.2 * u));
      line(c, px + m + (pw - 2 * m) * 0.35, y, px + m + (pw - 2 * m) * 0.35, y + th, 'rgba(30,30,30,0.25)', Math.max(0.5, 0.2 * u));
      y += th + gap;
      para++;
      continue;
    }
    const lines = r.int(2, 3);
    for (let l = 0; l < lines && y < py + ph * 0.7; l++) {
      const indent = l === 0 ? pw * 0.07 : 0;
      const len = (pw - 2 * m - indent) * (l === lines - 1 ? r.range(0.35, 0.75) : 1);
      bar(c, px + m + indent, y, len, lh, '#C9CED6');
      y += gap;
    }
    y += gap * 0.4;
    para++;
  }
  bar(c, px + pw * 0.55, py + ph * 0.78, pw * 0.3, lh, '#C9CED6');
  bar(c, px + pw * 0.55, py + ph * 0.84, pw * 0.25, lh, '#C9CED6');
  c.beginPath();
  const sx = px + pw * 0.15;
  const sy = py + ph * 0.84;
  c.moveTo(sx, sy);
  for (let i = 0; i < 4; i++) c.quadraticCurveTo(sx + (i + 0.5) * pw * 0.06, sy - r.range(2, 5) * u, sx + (i + 1) * pw * 0.06, sy + r.range(-1, 1.5) * u);
  c.strokeStyle = '#2F4C8F';
  c.lineWidth = 0.5 * u;
  c.stroke();
  seal(c, px + pw * 0.7, py + ph * 0.8, Math.min(pw * 0.16, ph * 0.12), r);
  // a paper clip
  c.beginPath();
  const cx = px + pw * 0.12;
  c.moveTo(cx, py + ph * 0.1);
  c.lineTo(cx, py - 0.5 * u + 1);
  c.arc(cx + 1.6 * u, py + 0.5 * u, 1.6 * u, Math.PI, 0);
  c.lineTo(cx + 3.2 * u, py + ph * 0.12);
  c.strokeStyle = '#9AA3AD';
  c.lineWidth = 0.6 * u;
  c.stroke();
};

const warrant: Drawer = (s) => {
  const { c, w, h, u, r } = s;
  const cork = r.chance(0.5);
  if (cork) {
    c.fillStyle = '#B98B5E';
    c.fillRect(0, 0, w, h);
    for (let i = 0; i < 120; i++) circle(c, r.range(0, w), r.range(0, h), r.range(0.3, 0.8) * u, rgba(r.chance(0.5) ? '#8E6440' : '#D4AA7D', 0.6));
  } else {
    c.fillStyle = vgrad(c, 0, h, ['#3A4250', '#262C36']);
    c.fillRect(0, 0, w, h);
  }
  const { px, py, pw, ph } = paper(s, 0.78, '#FBF8F1');
  const m = pw * 0.08;
  const ink = r.chance(0.5) ? '#1F1F1F' : '#A61B1B';
  const cs = Math.min(pw * 0.19, ph * 0.12);
  const gap = cs * 0.25;
  const hx = px + (pw - (3 * cs + 2 * gap)) / 2;
  const hy = py + ph * 0.05;
  for (let i = 0; i < 3; i++) pseudoGlyph(c, hx + i * (cs + gap), hy, cs, r, ink);
  const ruleY = hy + cs + ph * 0.025;
  c.fillStyle = '#D92D20';
  c.fillRect(px + m, ruleY, pw - 2 * m, Math.max(1, ph * 0.008));
  c.fillRect(px + m, ruleY + ph * 0.014, pw - 2 * m, Math.max(0.5, ph * 0.003));
  // photo box with a grey silhouette
  const pbw = pw * 0.3;
  const pbh = pbw * 1.22;
  const pbx = px + m;
  const pby = ruleY + ph * 0.04;
  c.fillStyle = '#DDE1E6';
  c.fillRect(pbx, pby, pbw, pbh);
  c.save();
  c.beginPath();
  c.rect(pbx, pby, pbw, pbh);
  c.clip();
  oval(c, pbx + pbw / 2, pby + pbh * 0.4, pbw * 0.2, pbw * 0.25, '#6B7480');
  c.beginPath();
  c.ellipse(pbx + pbw / 2, pby + pbh * 1.05, pbw * 0.45, pbh * 0.38, 0, 0, TAU);
  c.fillStyle = '#6B7480';
  c.fill();
  text(c, '?', pbx + pbw / 2, pby + pbh * 0.41, pbw * 0.28, '#DDE1E6', { align: 'center', baseline: 'middle', weight: '700' });
  c.restore();
  c.strokeStyle = '#8C96A3';
  c.lineWidth = Math.max(0.5, 0.3 * u);
  c.strokeRect(pbx, pby, pbw, pbh);
  // label: value rows
  const rows = 5;
  const rx = pbx + pbw + pw * 0.06;
  const rw = px + pw - m - rx;
  for (let i = 0; i < rows; i++) {
    const ry = pby + pbh * (0.06 + (i * 0.9) / rows);
    bar(c, rx, ry, rw * 0.24, ph * 0.018, 'rgba(30,30,30,0.7)');
    bar(c, rx + rw * 0.3, ry, rw * r.range(0.4, 0.7), ph * 0.018, '#C9CED6');
  }
  let y = pby + pbh + ph * 0.05;
  while (y < py + ph * 0.9) {
    bar(c, px + m, y, (pw - 2 * m) * (r.chance(0.25) ? r.range(0.4, 0.7) : 1), ph * 0.016, '#CDD1D8');
    y += ph * 0.045;
  }
  text(c, `${r.int(2019, 2025)}.${String(r.int(1, 12)).padStart(2, '0')}.${String(r.int(1, 28)).padStart(2, '0')}`, px + pw * 0.86, py + ph * 0.93, Math.max(2.2 * u, ph * 0.028), 'rgba(30,30,30,0.6)', { align: 'right', baseline: 'middle', maxWidth: pw * 0.5 });
  seal(c, px + pw * 0.74, py + ph * 0.84, Math.min(pw * 0.17, ph * 0.12), r);
  if (cork) for (const x of [px + pw * 0.1, px + pw * 0.9]) {
    circle(c, x, py + ph * 0.025 + u, 1.8 * u, '#E53935');
    circle(c, x - 0.5 * u, py + ph * 0.025 + 0.5 * u, 0.6 * u, 'rgba(255,255,255,0.6)');
  }
};

const qr: Drawer = (s) => {
  const { c, w, h, u, r } = s;
  const hue = r.pick(['#07C160', '#10AEFF', '#FA9D3B', '#8E6CC4', '#FA5151', '#576B95']);
  c.fillStyle = vgrad(c, 0, h, [lighten(hue, 0.55), lighten(hue, 0.25)]);
  c.fillRect(0, 0, w, h);
  const cardH = h * 0.9;
  const cardW = Math.min(w * 0.9, cardH * 0.8);
  const cx0 = (w - cardW) / 2;
  const cy0 = (h - cardH) / 2;
  shadow(c, 'rgba(0,0,0,0.18)', 3 * u, u);
  fillRR(c, cx0, cy0, cardW, cardH, 2.5 * u, '#FFFFFF');
  noShadow(c);
  const headH = cardH * 0.17;
  const av = headH * 0.62;
  fillRR(c, cx0 + cardW * 0.09, cy0 + headH * 0.3, av, av, av * 0.15, hue);
  circle(c, cx0 + cardW * 0.09 + av / 2, cy0 + headH * 0.3 + av / 2, av * 0.22, 'rgba(255,255,255,0.9)');
  bar(c, cx0 + cardW * 0.09 + av + 2.5 * u, cy0 + headH * 0.36, cardW * 0.36, av * 0.26, 'rgba(0,0,0,0.75)');
  bar(c, cx0 + cardW * 0.09 + av + 2.5 * u, cy0 + headH * 0.36 + av * 0.46, cardW * 0.22, av * 0.2, 'rgba(0,0,0,0.3)');
  const size = Math.min(cardW * 0.8, cardH - headH - cardH * 0.15);
  const qx = cx0 + (cardW - size) / 2;
  const qy = cy0 + headH + (cardH - headH - cardH * 0.12 - size) / 2;
  const n = 25;
  const m = size / n;
  const finder = (i: number, j: number) => (i < 8 && j < 8) || (i < 8 && j >= n - 8) || (i >= n - 8 && j < 8);
  const align = (i: number, j: number) => Math.abs(i - 18) <= 2 && Math.abs(j - 18) <= 2;
  const centre = (i: number, j: number) => Math.abs(i - 12) <= 2 && Math.abs(j - 12) <= 2;
  const ink = '#1A1A1A';
  c.beginPath();
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (finder(i, j) || centre(i, j)) continue;
      let dark: boolean;
      if (align(i, j)) dark = Math.max(Math.abs(i - 18), Math.abs(j - 18)) !== 1;
      else if (i === 6) dark = j % 2 === 0;
      else if (j === 6) dark = i % 2 === 0;
      else dark = r.chance(0.5);
      if (dark) c.rect(qx + j * m, qy + i * m, m, m);
    }
  }
  c.fillStyle = ink;
  c.fill();
  for (const [fi, fj] of [[0, 0], [0, n - 7], [n - 7, 0]] as const) {
    const fx = qx + fj * m;
    const fy = qy + fi * m;
    fillRR(c, fx, fy, 7 * m, 7 * m, 1.4 * m, ink);
    fillRR(c, fx + m, fy + m, 5 * m, 5 * m, m, '#FFFFFF');
    fillRR(c, fx + 2 * m, fy + 2 * m, 3 * m, 3 * m, 0.8 * m, ink);
  }
  fillRR(c, qx + 10.2 * m, qy + 10.2 * m, 4.6 * m, 4.6 * m, m, '#FFFFFF');
  fillRR(c, qx + 10.7 * m, qy + 10.7 * m, 3.6 * m, 3.6 * m, 0.8 * m, hue);
  circle(c, qx + 12.5 * m, qy + 12.5 * m, m * 0.9, '#FFFFFF');
  bar(c, cx0 + cardW * 0.3, cy0 + cardH * 0.92 - cardH * 0.02, cardW * 0.4, cardH * 0.025, 'rgba(0,0,0,0.25)');
};

const receipt: Drawer = (s) => {
  const { c, w, h, u, r } = s;
  const bg = r.pick(['#E3EBF2', '#EFE8DE', '#E3EFE7', '#ECE6F2']);
  c.fillStyle = vgrad(c, 0, h, [lighten(bg, 0.3), bg]);
  c.fillRect(0, 0, w, h);
  const pw = Math.min(w * 0.56, h * 0.72);
  const px = (w - pw) / 2;
  const py = h * 0.05;
  const pb = h * 0.95;
  const ph = pb - py;
  const tooth = Math.max(2.4 * u, pw / 18);
  const z = tooth * 0.6;
  shadow(c, 'rgba(0,0,0,0.16)', 3 * u, u);
  c.beginPath();
  c.moveTo(px, py);
  c.lineTo(px + pw, py);
  c.lineTo(px + pw, pb - z);
  const teeth = Math.max(4, Math.round(pw / tooth));
  const tw = pw / teeth;
  for (let i = 0; i < teeth; i++) {
    c.lineTo(px + pw - (i + 0.5) * tw, pb);
    c.lineTo(px + pw - (i + 1) * tw, pb - z);
  }
  c.closePath();
  c.fillStyle = '#FFFFFF';
  c.fill();
  noShadow(c);
  const m = pw * 0.1;
  const cx = px + pw / 2;
  const cr = Math.min(pw * 0.08, ph * 0.05);
  const cy = py + ph * 0.04 + cr;
  circle(c, cx, cy, cr, '#07C160');
  c.beginPath();
  c.moveTo(cx - cr * 0.45, cy + cr * 0.02);
  c.lineTo(cx - cr * 0.1, cy + cr * 0.35);
  c.lineTo(cx + cr * 0.48, cy - cr * 0.3);
  c.strokeStyle = '#FFFFFF';
  c.lineWidth = cr * 0.2;
  c.lineCap = 'round';
  c.lineJoin = 'round';
  c.stroke();
  const items = r.int(3, 4);
  const prices: number[] = [];
  for (let i = 0; i < items; i++) prices.push(Math.round(r.range(8, 2000)) + r.pick([0, 0.5, 0.8, 0.9]));
  const total = prices.reduce((a, b) => a + b, 0);
  const amountPx = Math.min(pw * 0.12, ph * 0.075);
  let y = cy + cr + ph * 0.03;
  text(c, `¥${money(total)}`, cx, y, amountPx, '#191919', { align: 'center', baseline: 'top', weight: '700', maxWidth: pw - 2 * m });
  y += amountPx * 1.25;
  bar(c, cx - pw * 0.18, y, pw * 0.36, ph * 0.02, 'rgba(0,0,0,0.25)');
  y += ph * 0.06;
  const dashed = (yy: number) => {
    c.setLineDash([1.2 * u, 1 * u]);
    line(c, px + m * 0.6, yy, px + pw - m * 0.6, yy, 'rgba(0,0,0,0.25)', Math.max(0.5, 0.3 * u));
    c.setLineDash([]);
  };
  dashed(y);
  y += ph * 0.045;
  const rowPx = Math.min(ph * 0.04, pw * 0.07);
  const rowGap = Math.min(ph * 0.075, (pb - z - ph * 0.24 - y) / (items + 0.5));
  for (const price of prices) {
    bar(c, px + m, y, pw * r.range(0.22, 0.38), rowPx * 0.6, 'rgba(0,0,0,0.2)');
    text(c, money(price), px + pw - m, y + rowPx * 0.3, rowPx, '#4C4C4C', { align: 'right', baseline: 'middle', maxWidth: pw * 0.4 });
    y += rowGap;
  }
  dashed(y);
  y += ph * 0.05;
  bar(c, px + m, y, pw * 0.18, rowPx * 0.7, 'rgba(0,0,0,0.7)');
  text(c, money(total), px + pw - m, y + rowPx * 0.35, rowPx * 1.15, '#191919', { align: 'right', baseline: 'middle', weight: '700', maxWidth: pw * 0.5 });
  // barcode
  const bcy = pb - z - ph * 0.13;
  const bch = ph * 0.08;
  let x = px + m;
  c.beginPath();
  while (x < px + pw - m - 0.6 * u) {
    const bw = r.pick([0.35, 0.35, 0.7, 1.05]) * u;
    if (r.chance(0.65)) c.rect(x, bcy, Math.min(bw, px + pw - m - x), bch);
    x += bw + 0.35 * u;
  }
  c.fillStyle = '#2B2B2B';
  c.fill();
};

const product: Drawer = (s) => {
  const { c, w, h, u, r } = s;
  const hue = r.pick(['#A0C4FF', '#FFD6A5', '#CAFFBF', '#FFC6FF', '#BDB2FF', '#9BF6FF']);
  c.fillStyle = vgrad(c, 0, h, [lighten(hue, 0.5), hue]);
  c.fillRect(0, 0, w, h);
  const floorY = h * 0.82;
  oval(c, w * 0.45, floorY, Math.min(w * 0.36, h * 0.7), h * 0.07, rgba(darken(hue, 0.3), 0.35));
  const kind = variant(s, [
    { id: 'phone', words: ['手机', 'phone', 'iphone', 'mobile', '电话'] },
    { id: 'box', words: ['盒', 'box', '礼盒', 'package', '商品', 'goods'] },
  ]);
  const metal = r.pick(['#3A3A40', '#D8D8DC', '#E8CFA8', '#4B3F72', '#2E4A6B']);
  if (kind === 'phone') {
    const ph = Math.min(h * 0.68, w * 0.78);
    const pw = ph * 0.49;
    const cx = w * 0.45;
    const top = floorY - ph;
    // back of a second phone, showing the camera
    const bx = cx - pw * 0.85;
    shadow(c, 'rgba(0,0,0,0.25)', 3 * u, u);
    fillRR(c, bx, top + ph * 0.05, pw, ph, pw * 0.16, hgrad(c, bx, bx + pw, [darken(metal, 0.08), lighten(metal, 0.18), darken(metal, 0.05)]));
    noShadow(c);
    const cam = pw * 0.42;
    fillRR(c, bx + pw * 0.08, top + ph * 0.09, cam, cam, cam * 0.25, rgba(darken(metal, 0.2), 0.8));
    for (const [ox, oy] of [[0.28, 0.28], [0.28, 0.72], [0.72, 0.5]] as const) {
      circle(c, bx + pw * 0.08 + cam * ox, top + ph * 0.09 + cam * oy, cam * 0.17, '#1A1A1E');
      circle(c, bx + pw * 0.08 + cam * ox, top + ph * 0.09 + cam * oy, cam * 0.09, '#2F3A55');
    }
    // front of the phone
    const fx = cx - pw * 0.05;
    shadow(c, 'rgba(0,0,0,0.3)', 4 * u, 1.5 * u);
    fillRR(c, fx, top, pw, ph, pw * 0.16, '#1B1B1F');
    noShadow(c);
    const inset = pw * 0.05;
    const screen = r.pick([['#7F7FD5', '#86A8E7', '#91EAE4'], ['#FF9A8B', '#FF6A88', '#FF99AC'], ['#43CEA2', '#185A9D', '#185A9D'], ['#F7971E', '#FFD200', '#FFD200']] as const);
    fillRR(c, fx + inset, top + inset, pw - 2 * inset, ph - 2 * inset, pw * 0.12, vgrad(c, top, top + ph, screen));
    circle(c, fx + pw * 0.7, top + ph * 0.35, pw * 0.3, 'rgba(255,255,255,0.18)');
    circle(c, fx + pw * 0.3, top + ph * 0.65, pw * 0.22, 'rgba(255,255,255,0.14)');
    fillRR(c, fx + pw * 0.36, top + inset + pw * 0.05, pw * 0.28, pw * 0.08, pw * 0.04, '#0B0B0D');
    text(c, `${r.int(8, 12)}:${String(r.int(0, 59)).padStart(2, '0')}`, fx + pw / 2, top + ph * 0.28, pw * 0.2, 'rgba(255,255,255,0.95)', { align: 'center', baseline: 'middle', weight: '600' });
    poly(c, [fx + inset, top + ph * 0.55, fx + pw - inset, top + ph * 0.25, fx + pw - inset, top + ph * 0.4, fx + inset, top + ph * 0.7], 'rgba(255,255,255,0.08)');
  } else {
    const bw = Math.min(w * 0.38, h * 0.55);
    const bh = bw * 0.85;
    const d = bw * 0.28;
    const fx = w * 0.45 - bw / 2 - d * 0.4;
    const fy = floorY - bh;
    const box = r.pick(['#FFFFFF', '#2B2D42', '#E63946', '#F1FAEE']);
    const dark = box === '#2B2D42' || box === '#E63946';
    poly(c, [fx, fy, fx + d, fy - d * 0.55, fx + bw + d, fy - d * 0.55, fx + bw, fy], lighten(box, 0.12));
    poly(c, [fx + bw, fy, fx + bw + d, fy - d * 0.55, fx + bw + d, fy + bh - d * 0.55, fx + bw, fy + bh], darken(box, 0.15));
    c.fillStyle = box;
    c.fillRect(fx, fy, bw, bh);
    const ink = dark ? 'rgba(255,255,255,0.85)' : 'rgba(30,30,40,0.75)';
    strokeRR(c, fx + bw * 0.36, fy + bh * 0.16, bw * 0.28, bh * 0.48, bw * 0.05, ink, 0.6 * u);
    circle(c, fx + bw / 2, fy + bh * 0.58, bw * 0.02, ink);
    bar(c, fx + bw * 0.3, fy + bh * 0.74, bw * 0.4, bh * 0.04, ink);
    bar(c, fx + bw * 0.38, fy + bh * 0.82, bw * 0.24, bh * 0.03, dark ? 'rgba(255,255,255,0.45)' : 'rgba(30,30,40,0.35)');
    c.fillStyle = rgba(metal, 0.9);
    c.fillRect(fx, fy + bh * 0.08, bw, bh * 0.03);
  }
  // a discount burst: too good to be true
  const br = Math.min(w, h) * 0.15;
  const bx = w - br * 1.15;
  const by = br * 1.15;
  starPath(c, bx, by, br, br * 0.84, 14);
  c.fillStyle = '#FA5151';
  c.fill();
  text(c, `-${r.int(5, 9)}0%`, bx, by + br * 0.04, br * 0.52, '#FFFFFF', { align: 'center', baseline: 'middle', weight: '800', maxWidth: br * 1.5 });
  const price = `¥${r.pick([99, 199, 299, 399, 599])}`;
  const tagW = br * 1.5;
  fillRR(c, bx - tagW / 2, by + br * 1.15, tagW, br * 0.55, br * 0.27, '#FFFFFF');
  text(c, price, bx, by + br * 1.43, br * 0.36, '#FA5151', { align: 'center', baseline: 'middle', weight: '700', maxWidth: tagW * 0.9 });
};

const car: Drawer = (s) => {
  const { c, w, h, u, r } = s;
  const dusk = r.chance(0.35);
  c.fillStyle = vgrad(c, 0, h * 0.7, dusk ? ['#3B4B7A', '#E9967A'] : ['#8CC8F2', '#E4F3FC']);
  c.fillRect(0, 0, w, h * 0.7);
  let x = 0;
  while (x < w) {
    const bw = r.range(6, 14) * u;
    const bh = r.range(0.1, 0.3) * h;
    c.fillStyle = dusk ? 'rgba(40,45,80,0.55)' : 'rgba(120,150,180,0.35)';
    c.fillRect(x, h * 0.7 - bh, Math.min(bw, w - x), bh);
    x += bw + r.range(0, 2) * u;
  }
  c.fillStyle = '#6E737A';
  c.fillRect(0, h * 0.7, w, h * 0.3);
  c.fillStyle = '#8A9098';
  c.fillRect(0, h * 0.7, w, h * 0.03);
  c.fillStyle = 'rgba(255,255,255,0.8)';
  for (let dx = r.range(0, 8) * u; dx < w; dx += 16 * u) c.fillRect(dx, h * 0.93, Math.min(8 * u, w - dx), Math.min(1.2 * u, h * 0.07));
  const L = Math.min(w * 0.84, h * 1.8);
  const x0 = (w - L) / 2;
  const gy = h * 0.87;
  const color = r.pick(['#D62828', '#F8F9FA', '#1D1D24', '#B8C0CC', '#1F5FAD', '#D9B98C', '#2A7F62']);
  const suv = r.chance(0.35);
  const wr = L * 0.1;
  const bodyBottom = gy - L * 0.07;
  const beltY = gy - L * (suv ? 0.27 : 0.24);
  const roofY = gy - L * (suv ? 0.43 : 0.38);
  oval(c, x0 + L / 2, gy, L * 0.52, L * 0.035, 'rgba(0,0,0,0.3)');
  c.beginPath();
  c.moveTo(x0 + L * 0.03, bodyBottom);
  c.lineTo(x0, beltY + L * 0.06);
  c.quadraticCurveTo(x0, beltY, x0 + L * 0.06, beltY - L * 0.01);
  c.lineTo(x0 + L * (suv ? 0.12 : 0.24), beltY - L * 0.02);
  c.lineTo(x0 + L * (suv ? 0.16 : 0.33), roofY + L * 0.01);
  c.quadraticCurveTo(x0 + L * (suv ? 0.18 : 0.35), roofY, x0 + L * (suv ? 0.24 : 0.38), roofY);
  c.lineTo(x0 + L * 0.6, roofY);
  c.quadraticCurveTo(x0 + L * 0.63, roofY, x0 + L * 0.66, roofY + L * 0.02);
  c.lineTo(x0 + L * 0.76, beltY - L * 0.02);
  c.lineTo(x0 + L * 0.95, beltY + L * 0.01);
  c.quadraticCurveTo(x0 + L, beltY + L * 0.02, x0 + L, beltY + L * 0.08);
  c.lineTo(x0 + L * 0.98, bodyBottom);
  c.closePath();
  c.fillStyle = vgrad(c, roofY, bodyBottom, [lighten(color, 0.25), color, darken(color, 0.2)]);
  c.fill();
  // windows
  const wTop = roofY + L * 0.025;
  const wBot = beltY - L * 0.025;
  const glass = vgrad(c, wTop, wBot, ['#A9C6DE', '#5D7B96']);
  poly(c, [x0 + L * (suv ? 0.18 : 0.355), wBot, x0 + L * (suv ? 0.22 : 0.39), wTop, x0 + L * 0.5, wTop, x0 + L * 0.5, wBot], glass);
  poly(c, [x0 + L * 0.525, wBot, x0 + L * 0.525, wTop, x0 + L * 0.595, wTop, x0 + L * 0.705, wBot], glass);
  poly(c, [x0 + L * 0.4, wBot, x0 + L * 0.44, wTop, x0 + L * 0.47, wTop, x0 + L * 0.43, wBot], 'rgba(255,255,255,0.25)');
  // body details
  line(c, x0 + L * 0.06, beltY + L * 0.015, x0 + L * 0.94, beltY + L * 0.03, 'rgba(255,255,255,0.35)', 0.5 * u);
  line(c, x0 + L * 0.515, beltY, x0 + L * 0.515, bodyBottom - L * 0.03, rgba(darken(color, 0.35), 0.6), 0.35 * u);
  fillRR(c, x0 + L * 0.42, beltY + L * 0.035, L * 0.05, L * 0.012, L * 0.006, rgba(darken(color, 0.35), 0.7));
  fillRR(c, x0 + L * 0.58, beltY + L * 0.035, L * 0.05, L * 0.012, L * 0.006, rgba(darken(color, 0.35), 0.7));
  oval(c, x0 + L * 0.965, beltY + L * 0.045, L * 0.025, L * 0.014, '#FFF3B0');
  fillRR(c, x0 + L * 0.004, beltY + L * 0.03, L * 0.025, L * 0.03, L * 0.008, '#E63946');
  fillRR(c, x0 + L * 0.02, bodyBottom - L * 0.03, L * 0.96, L * 0.03, L * 0.01, rgba(darken(color, 0.4), 0.55));
  for (const wx of [x0 + L * 0.2, x0 + L * 0.8]) {
    circle(c, wx, gy - wr, wr * 1.14, darken(color, 0.55));
    circle(c, wx, gy - wr, wr, '#1F1F23');
    circle(c, wx, gy - wr, wr * 0.6, '#C9CED6');
    for (let k = 0; k < 5; k++) {
      const a = (k / 5) * TAU + 0.3;
      line(c, wx, gy - wr, wx + Math.cos(a) * wr * 0.55, gy - wr + Math.sin(a) * wr * 0.55, '#8C939D', wr * 0.14);
    }
    circle(c, wx, gy - wr, wr * 0.18, '#5B616B');
  }
};

const gift: Drawer = (s) => {
  const { c, w, h, u, r } = s;
  const bg = r.pick(['#FDE2E4', '#E2F0CB', '#DDE1FF', '#FFF1C9']);
  c.fillStyle = vgrad(c, 0, h, [lighten(bg, 0.4), bg]);
  c.fillRect(0, 0, w, h);
  circle(c, w / 2, h * 0.5, Math.min(w, h) * 0.45, rgrad(c, w / 2, h * 0.5, 0, Math.min(w, h) * 0.45, ['rgba(255,255,255,0.7)', 'rgba(255,255,255,0)']));
  const confetti = ['#FF6B6B', '#FFD93D', '#6BCB77', '#4D96FF', '#C77DFF'];
  for (let i = 0; i < 26; i++) {
    const cx = r.range(0.03, 0.97) * w;
    const cy = r.range(0.03, 0.97) * h;
    if (r.chance(0.5)) circle(c, cx, cy, r.range(0.6, 1.3) * u, r.pick(confetti));
    else oval(c, cx, cy, r.range(1.2, 2.2) * u, 0.6 * u, r.pick(confetti), r.range(0, Math.PI));
  }
  const box = r.pick(['#E63946', '#457B9D', '#2A9D8F', '#9B5DE5', '#F15BB5']);
  const ribbon = r.pick(['#FFD166', '#FFFFFF', '#F4D35E']);
  const drawBox = (cx: number, bottom: number, bw: number, col: string, rib: string) => {
    const bh = bw * 0.72;
    const lidH = bh * 0.26;
    const lidW = bw * 1.1;
    const top = bottom - bh;
    oval(c, cx, bottom, bw * 0.62, bw * 0.07, 'rgba(0,0,0,0.15)');
    fillRR(c, cx - bw / 2, top, bw, bh, bw * 0.03, col);
    c.fillStyle = 'rgba(0,0,0,0.1)';
    c.fillRect(cx + bw * 0.15, top, bw * 0.35, bh);
    c.fillStyle = rib;
    c.fillRect(cx - bw * 0.08, top, bw * 0.16, bh);
    const lidY = top - lidH * 0.6;
    fillRR(c, cx - lidW / 2, lidY, lidW, lidH, bw * 0.03, lighten(col, 0.12));
    c.fillStyle = rib;
    c.fillRect(cx - bw * 0.08, lidY, bw * 0.16, lidH);
    c.fillStyle = 'rgba(0,0,0,0.08)';
    c.fillRect(cx - lidW / 2, lidY + lidH * 0.78, lidW, lidH * 0.22);
    // bow
    const bowY = lidY;
    const lr = bw * 0.19;
    oval(c, cx - lr * 0.85, bowY - lr * 0.45, lr, lr * 0.55, rib, -0.45);
    oval(c, cx + lr * 0.85, bowY - lr * 0.45, lr, lr * 0.55, rib, 0.45);
    oval(c, cx - lr * 0.8, bowY - lr * 0.42, lr * 0.5, lr * 0.22, rgba(darken(rib, 0.35), 0.6), -0.45);
    oval(c, cx + lr * 0.8, bowY - lr * 0.42, lr * 0.5, lr * 0.22, rgba(darken(rib, 0.35), 0.6), 0.45);
    fillRR(c, cx - lr * 0.3, bowY - lr * 0.5, lr * 0.6, lr * 0.55, lr * 0.15, darken(rib, 0.08));
  };
  const main = Math.min(w * 0.4, h * 0.52);
  const side = r.chance(0.5) ? -1 : 1;
  drawBox(w / 2 + side * main * 0.72, h * 0.9, main * 0.5, r.pick(['#FFB703', '#8ECAE6', '#FB8500', '#90BE6D']), '#FFFFFF');
  drawBox(w / 2 - side * main * 0.18, h * 0.88, main, box, ribbon);
  for (let i = 0; i < 5; i++) sparkle(c, r.range(0.08, 0.92) * w, r.range(0.06, 0.4) * h, r.range(1.5, 3.2) * u, r.pick(['#FFFFFF', '#FFD166']));
};

function tree(c: Ctx2D, x: number, ground: number, size: number): void {
  c.fillStyle = '#8B6B4A';
  c.fillRect(x - size * 0.08, ground - size * 0.6, size * 0.16, size * 0.6);
  circle(c, x - size * 0.25, ground - size * 0.75, size * 0.32, '#5DA86B');
  circle(c, x + size * 0.25, ground - size * 0.78, size * 0.3, '#4E9A5E');
  circle(c, x, ground - size * 1.05, size * 0.38, '#6BBF78');
}

const hospital: Drawer = (s) => {
  const { c, w, h, u, r } = s;
  c.fillStyle = vgrad(c, 0, h * 0.8, ['#9ED2F5', '#E6F4FC']);
  c.fillRect(0, 0, w, h * 0.8);
  cloud(c, w * r.range(0.1, 0.3), h * 0.14, 6 * u, 'rgba(255,255,255,0.9)');
  cloud(c, w * r.range(0.7, 0.9), h * 0.1, 5 * u, 'rgba(255,255,255,0.85)');
  c.fillStyle = vgrad(c, h * 0.8, h, ['#9BD48A', '#7CC06B']);
  c.fillRect(0, h * 0.8, w, h * 0.2);
  const wall = r.pick(['#F7F9FB', '#F4EFE6', '#EEF3F7']);
  const glassC = r.pick(['#8EC3E6', '#9DD3D8', '#A7B8E8']);
  const bx0 = w * 0.1;
  const bx1 = w * 0.9;
  const top = h * r.range(0.34, 0.42);
  const bottom = h * 0.84;
  shadow(c, 'rgba(0,0,0,0.12)', 3 * u, u);
  c.fillStyle = wall;
  c.fillRect(bx0, top, bx1 - bx0, bottom - top);
  noShadow(c);
  c.fillStyle = darken(wall, 0.08);
  c.fillRect(bx0, top, bx1 - bx0, Math.max(1, 1.4 * u));
  const tw = w * 0.26;
  const tx = w / 2 - tw / 2;
  const ttop = h * r.range(0.1, 0.18);
  shadow(c, 'rgba(0,0,0,0.12)', 3 * u, u);
  c.fillStyle = lighten(wall, 0.5);
  c.fillRect(tx, ttop, tw, bottom - ttop);
  noShadow(c);
  // windows on the wings
  const cols = Math.max(2, Math.floor((tx - bx0 - 2 * u) / (7 * u)));
  const ww = (tx - bx0 - 2 * u) / cols - 2 * u;
  const rows = r.int(3, 4);
  const rh = (bottom - top - 6 * u) / rows;
  for (const wing of [bx0 + 2 * u, tx + tw + 2 * u]) {
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const wx = wing + j * (ww + 2 * u);
        const wy = top + 4 * u + i * rh;
        fillRR(c, wx, wy, ww, rh * 0.6, 0.5 * u, glassC);
        c.fillStyle = 'rgba(255,255,255,0.35)';
        c.fillRect(wx, wy, ww * 0.4, rh * 0.6);
      }
    }
  }
  // tower glass and the red cross
  const crossS = Math.min(tw * 0.5, (top - ttop) * 0.85);
  const csx = w / 2 - crossS / 2;
  const csy = ttop + 2.5 * u;
  fillRR(c, csx, csy, crossS, crossS, crossS * 0.18, '#FFFFFF');
  strokeRR(c, csx, csy, crossS, crossS, crossS * 0.18, 'rgba(0,0,0,0.08)', 0.3 * u);
  c.fillStyle = '#E53935';
  c.fillRect(w / 2 - crossS * 0.13, csy + crossS * 0.15, crossS * 0.26, crossS * 0.7);
  c.fillRect(csx + crossS * 0.15, csy + crossS / 2 - crossS * 0.13, crossS * 0.7, crossS * 0.26);
  const gTop = csy + crossS + 3 * u;
  const gBot = bottom - h * 0.16;
  if (gBot > gTop) {
    c.fillStyle = vgrad(c, gTop, gBot, [glassC, darken(glassC, 0.15)]);
    c.fillRect(tx + tw * 0.18, gTop, tw * 0.64, gBot - gTop);
    for (let yy = gTop + (gBot - gTop) / 4; yy < gBot - 1; yy += (gBot - gTop) / 4) {
      c.fillStyle = 'rgba(255,255,255,0.6)';
      c.fillRect(tx + tw * 0.18, yy, tw * 0.64, Math.max(0.5, 0.3 * u));
    }
  }
  // entrance
  const ew = tw * 0.7;
  const ex = w / 2 - ew / 2;
  const eh = h * 0.12;
  c.fillStyle = '#E53935';
  c.fillRect(ex - 2 * u, bottom - eh - 2.5 * u, ew + 4 * u, 2 * u);
  c.fillStyle = vgrad(c, bottom - eh, bottom, ['#7FB6D9', '#5A93BA']);
  c.fillRect(ex, bottom - eh, ew, eh);
  c.fillStyle = 'rgba(255,255,255,0.8)';
  c.fillRect(w / 2 - 0.3 * u, bottom - eh, 0.6 * u, eh);
  poly(c, [ex - 4 * u, h, ex, bottom, ex + ew, bottom, ex + ew + 4 * u, h], '#D6DADF');
  tree(c, w * 0.06, h * 0.9, Math.min(16 * u, w * 0.1));
  tree(c, w * 0.94, h * 0.92, Math.min(18 * u, w * 0.1));
  if (r.chance(0.5)) {
    // an ambulance parked on the forecourt
    const L = Math.min(w * 0.24, h * 0.42);
    const ax = r.chance(0.5) ? w * 0.03 : w * 0.97 - L;
    const gy = h * 0.97;
    const bodyTop = gy - L * 0.46;
    oval(c, ax + L / 2, gy, L * 0.55, L * 0.04, 'rgba(0,0,0,0.2)');
    fillRR(c, ax, bodyTop, L * 0.72, L * 0.38, L * 0.04, '#FFFFFF');
    c.beginPath();
    c.moveTo(ax + L * 0.7, bodyTop + L * 0.08);
    c.lineTo(ax + L * 0.86, bodyTop + L * 0.08);
    c.lineTo(ax + L, bodyTop + L * 0.22);
    c.lineTo(ax + L, gy - L * 0.1);
    c.lineTo(ax + L * 0.7, gy - L * 0.1);
    c.closePath();
    c.fillStyle = '#FFFFFF';
    c.fill();
    poly(c, [ax + L * 0.76, bodyTop + L * 0.12, ax + L * 0.85, bodyTop + L * 0.12, ax + L * 0.95, bodyTop + L * 0.22, ax + L * 0.76, bodyTop + L * 0.22], '#7FB6D9');
    c.fillStyle = '#E53935';
    c.fillRect(ax, gy - L * 0.2, L, L * 0.05);
    c.fillRect(ax + L * 0.3, bodyTop + L * 0.06, L * 0.08, L * 0.22);
    c.fillRect(ax + L * 0.23, bodyTop + L * 0.13, L * 0.22, L * 0.08);
    fillRR(c, ax + L * 0.04, bodyTop - L * 0.05, L * 0.1, L * 0.05, L * 0.02, '#4D8DF7');
    for (const wx of [ax + L * 0.2, ax + L * 0.8]) {
      circle(c, wx, gy - L * 0.08, L * 0.08, '#2B2B2F');
      circle(c, wx, gy - L * 0.08, L * 0.035, '#C9CED6');
    }
  } else tree(c, w * 0.24, h * 0.95, 10 * u);
};

const luxury: Drawer = (s) => {
  const { c, w, h, u, r } = s;
  const kind = variant(s, [
    { id: 'watch', words: ['表', 'watch', 'rolex'] },
    { id: 'bag', words: ['包', 'bag', 'handbag', 'purse'] },
    { id: 'yacht', words: ['游艇', 'yacht', 'boat', '船', 'cruise'] },
  ]);
  const gold = ['#FFF2B2', '#E0B84C', '#9C7418'] as const;
  if (kind === 'yacht') {
    const hz = h * 0.55;
    const sky = r.pick([['#FF9A76', '#FFD3A5'], ['#5AA9E6', '#D6EEFF'], ['#6A5ACD', '#F8B195']] as const);
    c.fillStyle = vgrad(c, 0, hz, sky);
    c.fillRect(0, 0, w, hz);
    circle(c, w * 0.78, hz * 0.45, 16 * u, 'rgba(255,255,255,0.3)');
    circle(c, w * 0.78, hz * 0.45, 8 * u, 'rgba(255,250,230,0.95)');
    c.fillStyle = vgrad(c, hz, h, ['#2C7DA0', '#013A63']);
    c.fillRect(0, hz, w, h - hz);
    for (let i = 0; i < 14; i++) bar(c, r.range(0, 0.92) * w, r.range(hz + u, h - u), r.range(3, 9) * u, 0.6 * u, 'rgba(255,255,255,0.3)');
    const L = Math.min(w * 0.8, h * 1.6);
    const x0 = (w - L) / 2;
    const wl = h * 0.7;
    oval(c, x0 + L * 0.45, wl + L * 0.02, L * 0.45, L * 0.03, 'rgba(0,0,0,0.25)');
    for (let i = 0; i < 4; i++) bar(c, x0 - L * 0.1 * i + L * 0.02, wl - L * 0.005 + i * L * 0.015, L * 0.12, 0.8 * u, 'rgba(255,255,255,0.7)');
    poly(c, [x0, wl - L * 0.13, x0 + L, wl - L * 0.16, x0 + L * 0.9, wl - L * 0.06, x0 + L * 0.76, wl, x0 + L * 0.05, wl], '#FDFDFD');
    poly(c, [x0 + L * 0.02, wl - L * 0.035, x0 + L * 0.8, wl - L * 0.035, x0 + L * 0.76, wl, x0 + L * 0.05, wl], '#0E2A47');
    poly(c, [x0 + L * 0.1, wl - L * 0.13, x0 + L * 0.15, wl - L * 0.22, x0 + L * 0.68, wl - L * 0.22, x0 + L * 0.8, wl - L * 0.145], '#F4F6F8');
    poly(c, [x0 + L * 0.17, wl - L * 0.15, x0 + L * 0.19, wl - L * 0.2, x0 + L * 0.64, wl - L * 0.2, x0 + L * 0.72, wl - L * 0.15], '#243B55');
    poly(c, [x0 + L * 0.22, wl - L * 0.22, x0 + L * 0.27, wl - L * 0.29, x0 + L * 0.53, wl - L * 0.29, x0 + L * 0.6, wl - L * 0.22], '#EEF1F4');
    poly(c, [x0 + L * 0.28, wl - L * 0.235, x0 + L * 0.3, wl - L * 0.275, x0 + L * 0.52, wl - L * 0.275, x0 + L * 0.56, wl - L * 0.235], '#2F4B6E');
    line(c, x0 + L * 0.4, wl - L * 0.29, x0 + L * 0.4, wl - L * 0.36, '#C9CED6', 0.6 * u);
    oval(c, x0 + L * 0.4, wl - L * 0.36, L * 0.03, L * 0.012, '#E5E8EC');
    for (let i = 0; i < 6; i++) circle(c, x0 + L * (0.15 + i * 0.1), wl - L * 0.085, L * 0.008, '#6C8CA8');
    for (let i = 0; i < 4; i++) sparkle(c, r.range(0.05, 0.95) * w, r.range(hz + 2 * u, h - 2 * u), r.range(1.2, 2.4) * u, 'rgba(255,255,255,0.85)');
    return;
  }
  const bgc = r.pick([['#3A3F4B', '#121418'], ['#2B1D3A', '#0F0A16'], ['#3B1E25', '#140A0D'], ['#1E3A3A', '#0A1414']] as const);
  c.fillStyle = bgc[1];
  c.fillRect(0, 0, w, h);
  circle(c, w / 2, h / 2, Math.max(w, h) * 0.7, rgrad(c, w / 2, h * 0.45, 0, Math.max(w, h) * 0.7, [bgc[0], bgc[1]]));
  if (kind === 'bag') oval(c, w / 2, h * 0.88, Math.min(w * 0.38, h * 0.6), h * 0.05, 'rgba(0,0,0,0.45)');
  if (kind === 'watch') {
    const R = Math.min(w, h) * 0.27;
    const cx = w / 2;
    const cy = h * 0.48;
    const band = r.pick(['metal', 'leather'] as const);
    const bandFill = band === 'metal' ? hgrad(c, cx - R * 0.55, cx + R * 0.55, ['#8C8C8C', '#EDEDED', '#8C8C8C']) : '#5A3A22';
    for (const dir of [-1, 1]) {
      const y0 = dir < 0 ? cy - R * 1.9 : cy + R * 0.5;
      fillRR(c, cx - R * 0.55, y0, R * 1.1, R * 1.4, R * 0.12, bandFill);
      if (band === 'metal') for (let k = 1; k < 6; k++) line(c, cx - R * 0.55, y0 + k * R * 0.24, cx + R * 0.55, y0 + k * R * 0.24, 'rgba(0,0,0,0.25)', 0.3 * u);
      else {
        c.setLineDash([0.8 * u, 0.8 * u]);
        strokeRR(c, cx - R * 0.45, y0 + R * 0.1, R * 0.9, R * 1.2, R * 0.08, 'rgba(255,230,200,0.45)', 0.3 * u);
        c.setLineDash([]);
      }
    }
    fillRR(c, cx + R * 0.95, cy - R * 0.13, R * 0.16, R * 0.26, R * 0.05, gold[1]);
    circle(c, cx, cy, R, rgrad(c, cx - R * 0.3, cy - R * 0.3, R * 0.1, R * 1.2, gold));
    const dial = r.pick(['#101418', '#16264A', '#0E3B2E', '#F4F1EA']);
    const lightDial = dial === '#F4F1EA';
    circle(c, cx, cy, R * 0.86, darken(gold[1], 0.2));
    for (let k = 0; k < 60; k++) {
      const a = (k / 60) * TAU;
      line(c, cx + Math.cos(a) * R * 0.8, cy + Math.sin(a) * R * 0.8, cx + Math.cos(a) * R * 0.85, cy + Math.sin(a) * R * 0.85, 'rgba(255,240,200,0.6)', 0.2 * u);
    }
    circle(c, cx, cy, R * 0.76, rgrad(c, cx, cy - R * 0.2, 0, R * 0.9, [lighten(dial, 0.15), dial]));
    const mark = lightDial ? '#2B2B2B' : gold[0];
    for (let k = 0; k < 12; k++) {
      const a = (k / 12) * TAU - Math.PI / 2;
      const major = k % 3 === 0;
      line(c, cx + Math.cos(a) * R * (major ? 0.52 : 0.58), cy + Math.sin(a) * R * (major ? 0.52 : 0.58), cx + Math.cos(a) * R * 0.68, cy + Math.sin(a) * R * 0.68, mark, major ? R * 0.06 : R * 0.035);
    }
    fillRR(c, cx + R * 0.3, cy - R * 0.07, R * 0.16, R * 0.14, R * 0.02, '#FFFFFF');
    text(c, String(r.int(1, 31)), cx + R * 0.38, cy + R * 0.005, R * 0.11, '#222222', { align: 'center', baseline: 'middle', weight: '700' });
    const ha = r.range(0, TAU);
    const ma = r.range(0, TAU);
    c.lineCap = 'round';
    line(c, cx, cy, cx + Math.cos(ha) * R * 0.36, cy + Math.sin(ha) * R * 0.36, mark, R * 0.07);
    line(c, cx, cy, cx + Math.cos(ma) * R * 0.58, cy + Math.sin(ma) * R * 0.58, mark, R * 0.045);
    const sa = r.range(0, TAU);
    line(c, cx - Math.cos(sa) * R * 0.12, cy - Math.sin(sa) * R * 0.12, cx + Math.cos(sa) * R * 0.64, cy + Math.sin(sa) * R * 0.64, '#E85D2F', R * 0.02);
    circle(c, cx, cy, R * 0.05, mark);
    oval(c, cx - R * 0.25, cy - R * 0.35, R * 0.4, R * 0.16, 'rgba(255,255,255,0.1)', -0.5);
  } else {
    const col = r.pick(['#C98B52', '#2B2B2F', '#B3262E', '#E9DCC4', '#5C6E91']);
    const topY = h * 0.4;
    const botY = h * 0.86;
    const bh = botY - topY;
    const bwBottom = Math.min(w * 0.5, bh * 1.45);
    const bwTop = bwBottom * 0.78;
    const cx = w / 2;
    c.beginPath();
    c.arc(cx, topY, bwTop * 0.3, Math.PI, TAU);
    c.strokeStyle = darken(col, 0.2);
    c.lineWidth = 2.2 * u;
    c.stroke();
    poly(c, [cx - bwTop / 2, topY, cx + bwTop / 2, topY, cx + bwBottom / 2, botY, cx - bwBottom / 2, botY], hgrad(c, cx - bwBottom / 2, cx + bwBottom / 2, [darken(col, 0.1), lighten(col, 0.12), darken(col, 0.15)]));
    c.beginPath();
    c.moveTo(cx - bwTop / 2, topY);
    c.lineTo(cx + bwTop / 2, topY);
    c.lineTo(cx + bwTop / 2 + (bwBottom - bwTop) * 0.2, topY + bh * 0.4);
    c.quadraticCurveTo(cx, topY + bh * 0.55, cx - bwTop / 2 - (bwBottom - bwTop) * 0.2, topY + bh * 0.4);
    c.closePath();
    c.fillStyle = darken(col, 0.08);
    c.fill();
    c.setLineDash([0.8 * u, 0.7 * u]);
    c.beginPath();
    c.moveTo(cx - bwTop / 2 + 1.5 * u, topY + 1.5 * u);
    c.lineTo(cx + bwTop / 2 - 1.5 * u, topY + 1.5 * u);
    c.moveTo(cx - bwBottom / 2 + 2.2 * u, botY - 1.5 * u);
    c.lineTo(cx + bwBottom / 2 - 2.2 * u, botY - 1.5 * u);
    c.strokeStyle = rgba(lighten(col, 0.5), 0.6);
    c.lineWidth = 0.3 * u;
    c.stroke();
    c.setLineDash([]);
    fillRR(c, cx - bwTop * 0.1, topY + bh * 0.42, bwTop * 0.2, bh * 0.12, bh * 0.03, hgrad(c, cx - bwTop * 0.1, cx + bwTop * 0.1, [gold[2], gold[0], gold[1]]));
    circle(c, cx, topY + bh * 0.48, bh * 0.025, gold[2]);
  }
  for (let i = 0; i < 6; i++) {
    const side = i % 2 ? 1 : -1;
    const sx = w / 2 + side * r.range(0.3, 0.44) * w;
    sparkle(c, sx, r.range(0.08, 0.92) * h, r.range(1.2, 3) * u, r.pick(['rgba(255,240,200,0.9)', 'rgba(255,255,255,0.8)']));
  }
};

const office: Drawer = (s) => {
  const { c, w, h, u, r } = s;
  const floorY = h * 0.8;
  const wall = r.pick(['#EEF1F4', '#F3EEE7', '#E9F0EC']);
  c.fillStyle = vgrad(c, 0, floorY, [wall, darken(wall, 0.05)]);
  c.fillRect(0, 0, w, floorY);
  c.fillStyle = vgrad(c, floorY, h, ['#B9936A', '#9E7A54']);
  c.fillRect(0, floorY, w, h - floorY);
  // window with a skyline
  const wx = w * 0.06;
  const wy = h * 0.08;
  const ww = w * 0.52;
  const wh = h * 0.46;
  c.fillStyle = '#FFFFFF';
  c.fillRect(wx, wy, ww, wh);
  const dusk = r.chance(0.4);
  c.fillStyle = vgrad(c, wy, wy + wh, dusk ? ['#40508A', '#F0A07A'] : ['#7DB9E8', '#D8ECFA']);
  c.fillRect(wx + u, wy + u, ww - 2 * u, wh - 2 * u);
  let bx = wx + u;
  while (bx < wx + ww - u) {
    const bw = Math.min(r.range(5, 10) * u, wx + ww - u - bx);
    const bh = r.range(0.3, 0.8) * (wh - 2 * u);
    c.fillStyle = dusk ? '#2D3560' : r.pick(['#8CA6C1', '#7D97B3', '#9DB3C9']);
    c.fillRect(bx, wy + wh - u - bh, bw, bh);
    c.fillStyle = dusk ? 'rgba(255,215,130,0.7)' : 'rgba(255,255,255,0.45)';
    for (let yy = wy + wh - u - bh + 1.5 * u; yy + u < wy + wh - u; yy += 3 * u) c.fillRect(bx + bw * 0.2, yy, bw * 0.6, 0.8 * u);
    bx += bw + 0.8 * u;
  }
  c.fillStyle = '#FFFFFF';
  c.fillRect(wx + ww / 2 - 0.6 * u, wy, 1.2 * u, wh);
  c.fillRect(wx, wy + wh * 0.45, ww, 1.2 * u);
  // a clock
  const clx = w * 0.8;
  const cly = h * 0.2;
  const clr = Math.min(w, h) * 0.08;
  circle(c, clx, cly, clr, '#FFFFFF');
  ring(c, clx, cly, clr, '#3D405B', 0.8 * u);
  const ha = r.range(0, TAU);
  const ma = r.range(0, TAU);
  line(c, clx, cly, clx + Math.cos(ha) * clr * 0.45, cly + Math.sin(ha) * clr * 0.45, '#3D405B', 0.7 * u);
  line(c, clx, cly, clx + Math.cos(ma) * clr * 0.7, cly + Math.sin(ma) * clr * 0.7, '#3D405B', 0.5 * u);
  // plant
  const plx = w * 0.88;
  poly(c, [plx - 5 * u, floorY - 9 * u, plx + 5 * u, floorY - 9 * u, plx + 3.5 * u, floorY + 1 * u, plx - 3.5 * u, floorY + 1 * u], '#E07A5F');
  for (let i = 0; i < 7; i++) {
    const a = -Math.PI / 2 + (i - 3) * 0.38;
    oval(c, plx + Math.cos(a) * 7 * u, floorY - 10 * u + Math.sin(a) * 8 * u, 2.4 * u, 6 * u, i % 2 ? '#4E9A5E' : '#6BBF78', a + Math.PI / 2);
  }
  // desk, monitor, keyboard, mug
  const deskY = h * 0.6;
  const dx0 = w * 0.18;
  const dx1 = w * 0.76;
  c.fillStyle = '#8B6B4A';
  c.fillRect(dx0 + 2 * u, deskY, 2 * u, floorY + 2 * u - deskY);
  c.fillRect(dx1 - 4 * u, deskY, 2 * u, floorY + 2 * u - deskY);
  c.fillStyle = '#A68160';
  c.fillRect(dx1 - 16 * u, deskY + 2 * u, 10 * u, (floorY - deskY) * 0.7);
  bar(c, dx1 - 13 * u, deskY + 5 * u, 4 * u, 0.8 * u, '#6E5238');
  fillRR(c, dx0, deskY - u, dx1 - dx0, 2.6 * u, 0.6 * u, '#C49A6C');
  const mw = Math.min((dx1 - dx0) * 0.42, h * 0.36);
  const mh = mw * 0.6;
  const mx = (dx0 + dx1) / 2 - mw / 2;
  const my = deskY - u - mh - 3 * u;
  c.fillStyle = '#3A3A40';
  c.fillRect(mx + mw / 2 - u, my + mh, 2 * u, 3 * u);
  fillRR(c, mx + mw / 2 - 5 * u, deskY - 1.8 * u, 10 * u, 1.2 * u, 0.5 * u, '#3A3A40');
  fillRR(c, mx, my, mw, mh, u, '#1F1F24');
  const screen = r.pick(['#0FB77E', '#F23D4F', '#10AEFF']);
  fillRR(c, mx + u, my + u, mw - 2 * u, mh - 2 * u, 0.5 * u, '#F5F7FA');
  c.beginPath();
  c.moveTo(mx + 2.5 * u, my + mh - 3 * u);
  const pts = 9;
  for (let i = 1; i <= pts; i++) c.lineTo(mx + 2.5 * u + ((mw - 5 * u) * i) / pts, my + mh - 3 * u - ((mh - 7 * u) * i) / pts + r.range(-1, 1) * u * 1.5);
  c.strokeStyle = screen;
  c.lineWidth = 0.7 * u;
  c.stroke();
  bar(c, mx + 2.5 * u, my + 2.2 * u, mw * 0.3, 1.2 * u, 'rgba(0,0,0,0.3)');
  fillRR(c, mx + mw * 0.1, deskY - 1.4 * u, mw * 0.55, 1.1 * u, 0.4 * u, '#D9DCE1');
  const mugX = dx0 + 5 * u;
  fillRR(c, mugX, deskY - 5 * u, 3.6 * u, 4.2 * u, 0.6 * u, r.pick(['#FFFFFF', '#E63946', '#2A9D8F']));
  ring(c, mugX + 4 * u, deskY - 3 * u, 1.1 * u, '#CCCCCC', 0.5 * u);
  // office chair, seen from behind
  const chx = (dx0 + dx1) / 2 + r.range(-0.08, 0.08) * w;
  fillRR(c, chx - 7 * u, deskY - 2 * u, 14 * u, floorY - deskY - 3 * u, 3 * u, '#2F3340');
  fillRR(c, chx - 5.5 * u, deskY, 11 * u, 1.2 * u, 0.6 * u, 'rgba(255,255,255,0.12)');
  c.fillStyle = '#4A4F5C';
  c.fillRect(chx - 0.8 * u, floorY - 3 * u, 1.6 * u, 3 * u);
  bar(c, chx - 8 * u, floorY - 0.5 * u, 16 * u, 1.4 * u, '#4A4F5C');
  for (const d of [-7, 0, 7]) circle(c, chx + d * u, floorY + 1.6 * u, 1 * u, '#222222');
};

const parcel: Drawer = (s) => {
  const { c, w, h, u, r } = s;
  const floorY = h * 0.76;
  c.fillStyle = vgrad(c, 0, floorY, ['#EDE7DF', '#E0D8CD']);
  c.fillRect(0, 0, w, floorY);
  c.fillStyle = vgrad(c, floorY, h, ['#C9B8A3', '#B4A28C']);
  c.fillRect(0, floorY, w, h - floorY);
  // a door behind
  const dw = Math.min(w * 0.3, h * 0.4);
  const dx = r.chance(0.5) ? w * 0.08 : w * 0.92 - dw;
  const door = r.pick(['#7A5C43', '#4B6A88', '#8C3B3B', '#5F7161']);
  c.fillStyle = '#FFFFFF';
  c.fillRect(dx - 1.2 * u, h * 0.06 - 1.2 * u, dw + 2.4 * u, floorY - h * 0.06 + 1.2 * u);
  c.fillStyle = door;
  c.fillRect(dx, h * 0.06, dw, floorY - h * 0.06);
  strokeRR(c, dx + dw * 0.15, h * 0.12, dw * 0.7, (floorY - h * 0.06) * 0.35, u, 'rgba(255,255,255,0.18)', 0.5 * u);
  circle(c, dx + dw * 0.82, h * 0.45, 1.3 * u, '#E0C068');
  fillRR(c, dx - 2 * u, floorY - 0.2 * u, dw + 4 * u, 2.4 * u, u, '#6E6259');
  // the box
  const bw = Math.min(w * 0.4, h * 0.56);
  const bh = bw * 0.72;
  const depth = bw * 0.36;
  const ddx = depth * 0.75;
  const ddy = -depth * 0.5;
  const fx = w / 2 - (bw + ddx) / 2;
  const fy = h * 0.9 - bh;
  const kraft = r.pick(['#D9A46C', '#CF9B62', '#E0B07A']);
  poly(c, [fx - u, h * 0.9, fx + bw + ddx + 2 * u, h * 0.9 + ddy, fx + bw + ddx + 4 * u, h * 0.9 + 1.2 * u, fx + u, h * 0.9 + 2 * u], 'rgba(0,0,0,0.18)');
  poly(c, [fx, fy, fx + ddx, fy + ddy, fx + bw + ddx, fy + ddy, fx + bw, fy], lighten(kraft, 0.12));
  poly(c, [fx + bw, fy, fx + bw + ddx, fy + ddy, fx + bw + ddx, fy + bh + ddy, fx + bw, fy + bh], darken(kraft, 0.14));
  c.fillStyle = kraft;
  c.fillRect(fx, fy, bw, bh);
  const tape = 'rgba(240,222,180,0.85)';
  const mx = fx + bw / 2;
  const tw = bw * 0.14;
  poly(c, [mx - tw / 2, fy, mx - tw / 2 + ddx, fy + ddy, mx + tw / 2 + ddx, fy + ddy, mx + tw / 2, fy], tape);
  c.fillStyle = tape;
  c.fillRect(mx - tw / 2, fy, tw, bh * 0.28);
  // the shipping label
  const lx = fx + bw * 0.1;
  const ly = fy + bh * 0.38;
  const lw = bw * 0.55;
  const lh = bh * 0.5;
  fillRR(c, lx, ly, lw, lh, 0.6 * u, '#FFFFFF');
  const courier = r.pick(['#E53935', '#1E88E5', '#FB8C00', '#43A047', '#6D4C41']);
  c.fillStyle = courier;
  c.fillRect(lx, ly + 0.6 * u, lw, lh * 0.16);
  c.beginPath();
  let x = lx + lw * 0.08;
  while (x < lx + lw * 0.92) {
    const bwid = r.pick([0.3, 0.3, 0.6, 0.9]) * u;
    if (r.chance(0.65)) c.rect(x, ly + lh * 0.28, Math.min(bwid, lx + lw * 0.92 - x), lh * 0.3);
    x += bwid + 0.3 * u;
  }
  c.fillStyle = '#222222';
  c.fill();
  bar(c, lx + lw * 0.08, ly + lh * 0.68, lw * 0.7, lh * 0.07, 'rgba(0,0,0,0.35)');
  bar(c, lx + lw * 0.08, ly + lh * 0.82, lw * 0.5, lh * 0.07, 'rgba(0,0,0,0.25)');
  // "this way up" arrows on the side
  const ax = fx + bw + ddx * 0.5;
  const ay = fy + bh * 0.5 + ddy * 0.5;
  for (const off of [-1.6 * u, 1.6 * u]) {
    c.beginPath();
    c.moveTo(ax + off, ay + 3 * u);
    c.lineTo(ax + off, ay - 2 * u);
    c.moveTo(ax + off - 1.2 * u, ay - 0.8 * u);
    c.lineTo(ax + off, ay - 2.2 * u);
    c.lineTo(ax + off + 1.2 * u, ay - 0.8 * u);
    c.strokeStyle = 'rgba(60,40,20,0.6)';
    c.lineWidth = 0.5 * u;
    c.stroke();
  }
};

const groupPhoto: Drawer = (s) => {
  const { c, w, h, u, r } = s;
  const setting = variant(s, [
    { id: 'banner', words: ['聚会', 'reunion', 'party', '聚餐', 'dinner', '同学', 'class', '年会'] },
    { id: 'outdoor', words: ['旅游', 'trip', 'outdoor', '户外', '公园', 'park', 'tour'] },
  ]);
  if (setting === 'banner') {
    c.fillStyle = vgrad(c, 0, h, ['#F6E3C6', '#E8C9A0']);
    c.fillRect(0, 0, w, h);
    const bx = w * 0.12;
    const bw = w * 0.76;
    const by = h * 0.05;
    const bh = h * 0.15;
    fillRR(c, bx, by, bw, bh, u, '#C62828');
    const count = r.int(5, 7);
    const gs = Math.min(bh * 0.62, (bw * 0.85) / count / 1.2);
    const gx0 = bx + (bw - count * gs * 1.2 + gs * 0.2) / 2;
    for (let i = 0; i < count; i++) pseudoGlyph(c, gx0 + i * gs * 1.2, by + (bh - gs) / 2, gs, r, '#FFD54F');
    for (const lx of [w * 0.05, w * 0.95]) {
      line(c, lx, 0, lx, h * 0.06, '#8D6E63', 0.4 * u);
      oval(c, lx, h * 0.12, 3.2 * u, 4 * u, '#E53935');
      bar(c, lx - 0.6 * u, h * 0.17, 1.2 * u, 3 * u, '#FFC107');
    }
  } else {
    c.fillStyle = vgrad(c, 0, h * 0.6, ['#8FCBF2', '#E3F3FC']);
    c.fillRect(0, 0, w, h * 0.6);
    ridge(c, w, h * 0.55, h * 0.6, h * 0.04, h * 0.22, 6, r, '#A9C4B0');
    c.fillStyle = '#8CC47A';
    c.fillRect(0, h * 0.55, w, h * 0.45);
    for (let i = 0; i < 6; i++) circle(c, r.range(0, w), h * r.range(0.38, 0.5), r.range(6, 11) * u, rgba(r.pick(['#5DA86B', '#4E9A5E']), 0.85));
  }
  const n = r.int(4, 7);
  // back row on even slots, front row on odd slots: the rows interleave and stay centred
  const slot = (0.88 * w) / n;
  const hr = Math.min(h * 0.1, (2 * slot) / 3.3);
  const x = (i: number) => w * 0.06 + slot * (i + 0.5);
  const members: { cx: number; y: number; hr: number }[] = [];
  for (let i = 0; i < n; i += 2) members.push({ cx: x(i), y: h * 0.4, hr: hr * 0.95 });
  for (let i = 1; i < n; i += 2) members.push({ cx: x(i), y: h * 0.63, hr: hr * 1.05 });
  for (const m of members) {
    const p = randomPerson(r);
    const y = m.y + r.range(-0.15, 0.15) * m.hr;
    person(c, m.cx, y, m.hr, h, p);
    if (r.chance(0.3)) peaceHand(c, m.cx + m.hr * 1.3, y + m.hr * 0.6, m.hr * 0.8, p, m.cx + m.hr * 1.5, y + m.hr * 2.6);
  }
};

const DRAWERS: Record<ArtKind, Drawer> = {
  'profit-chart': profitChart,
  screenshot,
  selfie,
  scenery,
  food,
  document: documentArt,
  warrant,
  qr,
  receipt,
  product,
  car,
  gift,
  hospital,
  luxury,
  office,
  parcel,
  'group-photo': groupPhoto,
};

/**
 * Draws the picture for an image message in the box (0, 0)–(width, height) of the context, in
 * its pixel units (multiply by devicePixelRatio before calling). The same kind and seed always
 * draw the same picture; the caption (alt text) may steer the variant ("watch" vs "yacht").
 */
export function drawArt(ctx: Ctx2D, kind: ArtKind, width: number, height: number, seed: string, caption?: string): void {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  const draw = DRAWERS[kind] ?? screenshot;
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, 0, w, h);
  ctx.clip();
  ctx.globalAlpha = 1;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.setLineDash([]);
  noShadow(ctx);
  draw({ c: ctx, w, h, u: Math.min(w, h) / 100, r: makeRng(`${kind}:${seed}`), cap: (caption ?? '').toLowerCase() });
  ctx.restore();
}

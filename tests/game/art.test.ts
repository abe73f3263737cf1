// The generated pictures, checked in Node with a recording fake of CanvasRenderingContext2D:
// every art kind draws something, stays inside its box, is deterministic per seed and varies
// between seeds; avatars draw their glyph; group avatars lay members out in a grid.
import { describe, expect, it } from 'vitest';
import { ART_KINDS } from '../../src/engine/schema.ts';
import { drawArt, money, type ArtKind } from '../../src/game/art/draw-art.ts';
import { drawAvatar, drawGroupAvatar, groupAvatarLayout, GROUP_TILE } from '../../src/game/art/draw-avatar.ts';

type Matrix = [number, number, number, number, number, number];
interface Box { x0: number; y0: number; x1: number; y1: number }
interface Call { op: string; args: unknown[] }

class FakeGradient {
  readonly stops: [number, string][] = [];
  constructor(readonly log: Call[], readonly kind: string) {}
  addColorStop(offset: number, color: string): void {
    if (!(offset >= 0 && offset <= 1)) throw new Error(`gradient stop out of range: ${offset}`);
    this.stops.push([offset, color]);
    this.log.push({ op: 'addColorStop', args: [offset, color] });
  }
}

/** Records every call and property write; tracks the transform and the current path's bounds. */
class FakeContext {
  readonly calls: Call[] = [];
  /** Device-space boxes of fillRect/strokeRect/rect. */
  readonly rects: { op: string; box: Box }[] = [];
  /** Every fill with the bounds of the path (or rect) it filled and the style in force. */
  readonly fills: { box: Box; style: unknown }[] = [];
  readonly texts: { text: string; x: number; y: number; style: unknown; font: string }[] = [];
  private matrix: Matrix = [1, 0, 0, 1, 0, 0];
  private stack: { matrix: Matrix; props: Record<string, unknown> }[] = [];
  private path: Box | null = null;
  private props: Record<string, unknown> = {
    fillStyle: '#000000', strokeStyle: '#000000', lineWidth: 1, font: '10px sans-serif', textAlign: 'start',
    textBaseline: 'alphabetic', globalAlpha: 1, lineCap: 'butt', lineJoin: 'miter', shadowColor: 'rgba(0,0,0,0)',
    shadowBlur: 0, shadowOffsetX: 0, shadowOffsetY: 0,
  };

  constructor() {
    for (const name of Object.keys(this.props)) {
      Object.defineProperty(this, name, {
        get: () => this.props[name],
        set: (value: unknown) => {
          if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`${name} set to ${value}`);
          if (name === 'globalAlpha' && ((value as number) < 0 || (value as number) > 1)) throw new Error(`globalAlpha ${value}`);
          if (name === 'lineWidth' && !((value as number) > 0)) throw new Error(`lineWidth ${value}`);
          this.props[name] = value;
          this.calls.push({ op: `set ${name}`, args: [value instanceof FakeGradient ? `gradient(${value.kind})` : value] });
        },
      });
    }
  }

  private record(op: string, args: unknown[]): void {
    for (const a of args) {
      if (typeof a === 'number' && !Number.isFinite(a)) throw new Error(`${op} called with ${a}`);
    }
    this.calls.push({ op, args });
  }

  private apply(x: number, y: number): [number, number] {
    const [a, b, c, d, e, f] = this.matrix;
    return [a * x + c * y + e, b * x + d * y + f];
  }

  private boxOf(points: [number, number][]): Box {
    const dev = points.map(([x, y]) => this.apply(x, y));
    return {
      x0: Math.min(...dev.map((p) => p[0])), y0: Math.min(...dev.map((p) => p[1])),
      x1: Math.max(...dev.map((p) => p[0])), y1: Math.max(...dev.map((p) => p[1])),
    };
  }

  private extend(points: [number, number][]): void {
    const b = this.boxOf(points);
    this.path = this.path
      ? { x0: Math.min(this.path.x0, b.x0), y0: Math.min(this.path.y0, b.y0), x1: Math.max(this.path.x1, b.x1), y1: Math.max(this.path.y1, b.y1) }
      : b;
  }

  private rectBox(x: number, y: number, w: number, h: number): Box {
    return this.boxOf([[x, y], [x + w, y], [x, y + h], [x + w, y + h]]);
  }

  save(): void { this.record('save', []); this.stack.push({ matrix: [...this.matrix], props: { ...this.props } }); }
  restore(): void {
    this.record('restore', []);
    const top = this.stack.pop();
    if (!top) throw new Error('restore without save');
    this.matrix = top.matrix;
    this.props = top.props;
  }
  translate(x: number, y: number): void { this.record('translate', [x, y]); this.multiply([1, 0, 0, 1, x, y]); }
  scale(x: number, y: number): void { this.record('scale', [x, y]); this.multiply([x, 0, 0, y, 0, 0]); }
  rotate(a: number): void { this.record('rotate', [a]); this.multiply([Math.cos(a), Math.sin(a), -Math.sin(a), Math.cos(a), 0, 0]); }
  private multiply([a2, b2, c2, d2, e2, f2]: Matrix): void {
    const [a, b, c, d, e, f] = this.matrix;
    this.matrix = [a * a2 + c * b2, b * a2 + d * b2, a * c2 + c * d2, b * c2 + d * d2, a * e2 + c * f2 + e, b * e2 + d * f2 + f];
  }

  beginPath(): void { this.record('beginPath', []); this.path = null; }
  closePath(): void { this.record('closePath', []); }
  moveTo(x: number, y: number): void { this.record('moveTo', [x, y]); this.extend([[x, y]]); }
  lineTo(x: number, y: number): void { this.record('lineTo', [x, y]); this.extend([[x, y]]); }
  quadraticCurveTo(cx: number, cy: number, x: number, y: number): void { this.record('quadraticCurveTo', [cx, cy, x, y]); this.extend([[cx, cy], [x, y]]); }
  bezierCurveTo(c1x: number, c1y: number, c2x: number, c2y: number, x: number, y: number): void {
    this.record('bezierCurveTo', [c1x, c1y, c2x, c2y, x, y]);
    this.extend([[c1x, c1y], [c2x, c2y], [x, y]]);
  }
  arc(x: number, y: number, r: number, a0: number, a1: number, ccw?: boolean): void {
    this.record('arc', [x, y, r, a0, a1, ccw ?? false]);
    if (r < 0) throw new Error('negative radius');
    this.extend([[x - r, y - r], [x + r, y + r]]);
  }
  ellipse(x: number, y: number, rx: number, ry: number, rot: number, a0: number, a1: number, ccw?: boolean): void {
    this.record('ellipse', [x, y, rx, ry, rot, a0, a1, ccw ?? false]);
    if (rx < 0 || ry < 0) throw new Error('negative radius');
    const m = Math.max(rx, ry);
    this.extend([[x - m, y - m], [x + m, y + m]]);
  }
  rect(x: number, y: number, w: number, h: number): void {
    this.record('rect', [x, y, w, h]);
    const box = this.rectBox(x, y, w, h);
    this.rects.push({ op: 'rect', box });
    this.extend([[x, y], [x + w, y + h]]);
  }
  roundRect(x: number, y: number, w: number, h: number, r?: number): void {
    this.record('roundRect', [x, y, w, h, r ?? 0]);
    this.extend([[x, y], [x + w, y + h]]);
  }
  fill(): void { this.record('fill', []); if (this.path) this.fills.push({ box: this.path, style: this.props.fillStyle }); }
  stroke(): void { this.record('stroke', []); }
  clip(): void { this.record('clip', []); }
  fillRect(x: number, y: number, w: number, h: number): void {
    this.record('fillRect', [x, y, w, h]);
    const box = this.rectBox(x, y, w, h);
    this.rects.push({ op: 'fillRect', box });
    this.fills.push({ box, style: this.props.fillStyle });
  }
  strokeRect(x: number, y: number, w: number, h: number): void {
    this.record('strokeRect', [x, y, w, h]);
    this.rects.push({ op: 'strokeRect', box: this.rectBox(x, y, w, h) });
  }
  fillText(text: string, x: number, y: number, maxWidth?: number): void {
    this.record('fillText', maxWidth === undefined ? [text, x, y] : [text, x, y, maxWidth]);
    const [dx, dy] = this.apply(x, y);
    this.texts.push({ text, x: dx, y: dy, style: this.props.fillStyle, font: String(this.props.font) });
  }
  measureText(text: string): TextMetrics {
    this.record('measureText', [text]);
    const px = Number(/([\d.]+)px/.exec(String(this.props.font))?.[1] ?? 10);
    const width = [...text].length * px * 0.9;
    return {
      width, actualBoundingBoxAscent: px * 0.8, actualBoundingBoxDescent: px * 0.15,
      actualBoundingBoxLeft: width / 2, actualBoundingBoxRight: width / 2,
      fontBoundingBoxAscent: px, fontBoundingBoxDescent: px * 0.25,
    } as TextMetrics;
  }
  setLineDash(segments: number[]): void { this.record('setLineDash', [[...segments]]); }
  createLinearGradient(x0: number, y0: number, x1: number, y1: number): FakeGradient {
    this.record('createLinearGradient', [x0, y0, x1, y1]);
    return new FakeGradient(this.calls, 'linear');
  }
  createRadialGradient(x0: number, y0: number, r0: number, x1: number, y1: number, r1: number): FakeGradient {
    this.record('createRadialGradient', [x0, y0, r0, x1, y1, r1]);
    if (r0 < 0 || r1 < 0) throw new Error('negative gradient radius');
    return new FakeGradient(this.calls, 'radial');
  }

  get depth(): number { return this.stack.length; }
}

const asCtx = (fake: FakeContext) => fake as unknown as CanvasRenderingContext2D;

function draw(kind: ArtKind, w: number, h: number, seed: string, caption?: string): FakeContext {
  const fake = new FakeContext();
  drawArt(asCtx(fake), kind, w, h, seed, caption);
  return fake;
}

const SIZES: [number, number][] = [[240, 180], [480, 360], [720, 540], [150, 200], [200, 200], [300, 120], [40, 30]];
const EPS = 0.01;

describe('drawArt', () => {
  it('has a drawer for every art kind', () => {
    expect(ART_KINDS.length).toBeGreaterThan(10);
  });

  for (const kind of ART_KINDS) {
    describe(kind, () => {
      it('draws something at every size without throwing, leaving the context as it found it', () => {
        for (const [w, h] of SIZES) {
          for (const seed of ['a', 'msg-12', '老同学']) {
            const fake = draw(kind, w, h, seed);
            expect(fake.calls.length, `${kind} ${w}x${h}`).toBeGreaterThanOrEqual(40);
            expect(fake.fills.length, `${kind} ${w}x${h}`).toBeGreaterThanOrEqual(8);
            expect(fake.depth).toBe(0);
          }
        }
      });

      it('keeps every rectangle inside the picture', () => {
        for (const [w, h] of SIZES) {
          for (const seed of ['a', 'b', 'c', 'seed-42']) {
            const fake = draw(kind, w, h, seed);
            for (const { op, box } of fake.rects) {
              const where = `${kind} ${w}x${h} seed ${seed}: ${op} ${JSON.stringify(box)}`;
              expect(box.x0, where).toBeGreaterThanOrEqual(-EPS);
              expect(box.y0, where).toBeGreaterThanOrEqual(-EPS);
              expect(box.x1, where).toBeLessThanOrEqual(w + EPS);
              expect(box.y1, where).toBeLessThanOrEqual(h + EPS);
            }
            for (const t of fake.texts) {
              expect(t.x, `${kind} text "${t.text}"`).toBeGreaterThanOrEqual(0);
              expect(t.x, `${kind} text "${t.text}"`).toBeLessThanOrEqual(w);
              expect(t.y, `${kind} text "${t.text}"`).toBeGreaterThanOrEqual(0);
              expect(t.y, `${kind} text "${t.text}"`).toBeLessThanOrEqual(h);
            }
          }
        }
      });

      it('covers the whole picture with its background (nothing transparent at the edges)', () => {
        const fake = draw(kind, 240, 180, 'bg');
        const covers = fake.fills.some(({ box }) => box.x0 <= EPS && box.y0 <= EPS && box.x1 >= 240 - EPS && box.y1 >= 180 * 0.45);
        expect(covers).toBe(true);
      });

      it('draws the same picture for the same seed and another for another seed', () => {
        const a1 = JSON.stringify(draw(kind, 240, 180, 'seed-one').calls);
        const a2 = JSON.stringify(draw(kind, 240, 180, 'seed-one').calls);
        const b = JSON.stringify(draw(kind, 240, 180, 'seed-two').calls);
        expect(a1).toBe(a2);
        expect(b).not.toBe(a1);
        const variety = new Set(['p', 'q', 'r', 's', 't', 'u'].map((seed) => JSON.stringify(draw(kind, 240, 180, seed).calls)));
        expect(variety.size).toBe(6);
      });

      it('keeps words out of the picture: any text is numbers and symbols', () => {
        for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
          for (const t of draw(kind, 240, 180, seed).texts) expect(t.text).toMatch(/^(No\.)?[-+0-9.,:%¥?A-Z ]+$/);
        }
      });
    });
  }

  it('draws the big profit figure and fake account numbers on the profit chart', () => {
    const texts = draw('profit-chart', 480, 360, 'uncle').texts.map((t) => t.text);
    expect(texts.some((t) => /^\+\d+\.\d%$/.test(t))).toBe(true);
    expect(texts.some((t) => /^\+¥[\d,]+\.\d\d$/.test(t))).toBe(true);
  });

  it('lets the caption pick a fitting variant', () => {
    const watch = JSON.stringify(draw('luxury', 240, 180, 'x', 'A gold watch').calls);
    const yacht = JSON.stringify(draw('luxury', 240, 180, 'x', '他的游艇').calls);
    expect(watch).not.toBe(yacht);
    expect(JSON.stringify(draw('luxury', 240, 180, 'x', 'A gold watch').calls)).toBe(watch);
    // a caption that names nothing leaves the seed in charge
    expect(JSON.stringify(draw('luxury', 240, 180, 'x', 'look').calls)).toBe(JSON.stringify(draw('luxury', 240, 180, 'x').calls));
  });

  it('uses nothing but the context it is given', () => {
    const g = globalThis as Record<string, unknown>;
    expect(g.document).toBeUndefined();
    expect(g.window).toBeUndefined();
    for (const kind of ART_KINDS) expect(() => draw(kind, 100, 80, 'x')).not.toThrow();
  });

  it('formats money with thousands separators', () => {
    expect(money(1286400)).toBe('1,286,400.00');
    expect(money(-12.5)).toBe('-12.50');
    expect(money(999, 0)).toBe('999');
  });
});

describe('drawAvatar', () => {
  it('fills a rounded square with the colour and draws the glyph centred in white', () => {
    for (const glyph of ['🍜', '王', '老王', 'A']) {
      const fake = new FakeContext();
      drawAvatar(asCtx(fake), glyph, '#D9822B', 96, 8);
      expect(fake.texts).toHaveLength(1);
      const t = fake.texts[0]!;
      expect(t.text).toBe(glyph);
      expect(t.style).toBe('#FFFFFF');
      expect(Math.abs(t.x - 48)).toBeLessThan(0.5);
      expect(t.y).toBeGreaterThan(48);
      expect(t.y).toBeLessThan(96);
      const px = Number(/([\d.]+)px/.exec(t.font)?.[1]);
      expect(px).toBeLessThanOrEqual(96 * 0.55 + 0.01);
      expect(px).toBeGreaterThan(96 * 0.3);
      const tile = fake.fills[0]!;
      expect(tile.box).toEqual({ x0: 0, y0: 0, x1: 96, y1: 96 });
      expect(fake.calls.some((c) => c.op === 'addColorStop')).toBe(true);
      expect(fake.depth).toBe(0);
    }
  });

  it('shrinks a two-character glyph to fit', () => {
    const one = new FakeContext();
    const two = new FakeContext();
    drawAvatar(asCtx(one), '王', '#5B7A99', 80, 6);
    drawAvatar(asCtx(two), '老王', '#5B7A99', 80, 6);
    const px = (f: FakeContext) => Number(/([\d.]+)px/.exec(f.texts[0]!.font)?.[1]);
    expect(px(two)).toBeLessThan(px(one));
  });

  it('draws at an offset when asked', () => {
    const fake = new FakeContext();
    drawAvatar(asCtx(fake), '🌷', '#E8A87C', 40, 6, 100, 20);
    expect(fake.fills[0]!.box).toEqual({ x0: 100, y0: 20, x1: 140, y1: 60 });
    expect(Math.abs(fake.texts[0]!.x - 120)).toBeLessThan(0.5);
  });
});

describe('drawGroupAvatar', () => {
  const members = ['🍜', '📚', '🌸', '🌷', '王', '李', '🛡️', '⛰️', 'A', 'B'].map((glyph, i) => ({ glyph, color: ['#D9822B', '#8E6CC4', '#E86F8C', '#1A5FB4', '#5B7A99'][i % 5]! }));
  const overlaps = (a: { x0: number; y0: number; x1: number; y1: number }, b: typeof a) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0.01 && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 0.01;

  for (let n = 1; n <= 9; n++) {
    it(`lays out ${n} member${n > 1 ? 's' : ''} in a grid inside the tile without overlap`, () => {
      const size = 96;
      const fake = new FakeContext();
      drawGroupAvatar(asCtx(fake), members.slice(0, n), size, 8);
      expect(fake.fills[0]!.style).toBe(GROUP_TILE);
      expect(fake.fills[0]!.box).toEqual({ x0: 0, y0: 0, x1: size, y1: size });
      expect(fake.texts.map((t) => t.text)).toEqual(members.slice(0, n).map((m) => m.glyph));
      const tiles = fake.fills.slice(1).map((f) => f.box);
      expect(tiles).toHaveLength(n);
      for (const [i, t] of tiles.entries()) {
        expect(t.x0).toBeGreaterThanOrEqual(0);
        expect(t.y0).toBeGreaterThanOrEqual(0);
        expect(t.x1).toBeLessThanOrEqual(size);
        expect(t.y1).toBeLessThanOrEqual(size);
        expect(t.x1 - t.x0).toBeCloseTo(t.y1 - t.y0, 6);
        const glyph = fake.texts[i]!;
        expect(glyph.x).toBeGreaterThan(t.x0);
        expect(glyph.x).toBeLessThan(t.x1);
        expect(glyph.y).toBeGreaterThan(t.y0);
        expect(glyph.y).toBeLessThan(t.y1);
        for (const other of tiles.slice(i + 1)) expect(overlaps(t, other)).toBe(false);
      }
      const cols = n === 1 ? 1 : n <= 4 ? 2 : 3;
      const rowsSeen = new Set(tiles.map((t) => Math.round(t.y0 * 100)));
      expect(rowsSeen.size).toBe(Math.ceil(n / cols));
      // the grid is centred in the tile
      const x0 = Math.min(...tiles.map((t) => t.x0));
      const x1 = Math.max(...tiles.map((t) => t.x1));
      const y0 = Math.min(...tiles.map((t) => t.y0));
      const y1 = Math.max(...tiles.map((t) => t.y1));
      expect(x0).toBeCloseTo(size - x1, 6);
      expect(y0).toBeCloseTo(size - y1, 6);
      expect(fake.depth).toBe(0);
    });
  }

  it('shows at most nine members and survives an empty group', () => {
    const fake = new FakeContext();
    drawGroupAvatar(asCtx(fake), members, 96, 8);
    expect(fake.texts).toHaveLength(9);
    const empty = new FakeContext();
    drawGroupAvatar(asCtx(empty), [], 96, 8);
    expect(empty.texts).toHaveLength(0);
    expect(empty.fills).toHaveLength(1);
    expect(groupAvatarLayout(12, 96)).toHaveLength(9);
  });

  it('puts a short row on top, centred, like WeChat', () => {
    const cells = groupAvatarLayout(5, 90);
    const topRow = cells.filter((c) => c.y === cells[0]!.y);
    expect(topRow).toHaveLength(2);
    const mid = (topRow[0]!.x + topRow[1]!.x + topRow[1]!.size) / 2;
    expect(mid).toBeCloseTo(45, 6);
  });
});

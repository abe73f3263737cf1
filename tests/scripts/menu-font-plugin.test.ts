// The menus' font: one file cut from Noto Sans SC at build time, holding every character the
// interface and the case cards show, in both languages, so Home needs no other font file.
import { describe, expect, it } from 'vitest';
import * as hb from 'harfbuzzjs';
import { buildMenuFont, menuFontCodePoints, menuFontTags } from '../../scripts/build/menu-font-plugin.ts';
import { unicodeRanges } from '../../scripts/build/service-worker-plugin.ts';
import { menuCharacters } from '../../src/game/content-text.ts';
import { readCatalogue, readScenarios, scenarioFiles } from '../../scripts/lib/content-files.ts';

const scenarios = readScenarios(scenarioFiles(), readCatalogue()).models.map((m) => m.scenario);
const points = menuFontCodePoints();
const isEmoji = (c: number) => (c >= 0x1f000 && c <= 0x1faff) || (c >= 0x2600 && c <= 0x27bf) || (c >= 0x2b00 && c <= 0x2bff) || (c >= 0x2300 && c <= 0x23ff) || c === 0xfe0f;

describe('menuFontCodePoints', () => {
  it("holds every character of both languages' menus and case cards, and printable ASCII and Latin-1", () => {
    const wanted = new Set(points);
    for (const lang of ['zh', 'en'] as const) {
      const missing = [...menuCharacters(lang, scenarios)].map((ch) => ch.codePointAt(0)!).filter((c) => !isEmoji(c) && !wanted.has(c));
      expect(missing.map((c) => String.fromCodePoint(c)), lang).toEqual([]);
    }
    // Phaser's font metrics test string, as the game sets it (see src/game/widgets/text.ts).
    for (const ch of '|MÃqgy0123456789') expect(wanted.has(ch.codePointAt(0)!), ch).toBe(true);
  });

  it('leaves emoji to the system colour emoji font', () => {
    expect(points.filter(isEmoji)).toEqual([]);
  });
});

describe('buildMenuFont', () => {
  it('cuts a font with a glyph for every one of its characters, and a unicode-range naming exactly those', async () => {
    const { file, unicodeRange } = await buildMenuFont(points, 'truetype');
    const face = new hb.Face(new hb.Blob(file));
    const inFont = new Set(face.collectUnicodes());
    expect(points.filter((c) => !inFont.has(c)).map((c) => `U+${c.toString(16)}`)).toEqual([]);
    // Nothing else: a font with more glyphs than the menus need is bytes a phone did not need.
    expect([...inFont].filter((c) => !points.includes(c) && c > 0x20).length).toBeLessThan(20);
    const ranged = new Set(unicodeRanges(unicodeRange).flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i)));
    expect([...ranged].sort((a, b) => a - b)).toEqual([...points].sort((a, b) => a - b));
  }, 60_000);

  it('ships as WOFF2, small enough to preload on a phone', async () => {
    const { file } = await buildMenuFont(points);
    expect(new TextDecoder().decode(file.slice(0, 4))).toBe('wOF2');
    expect(file.byteLength).toBeLessThan(160_000);
  }, 60_000);
});

describe('menuFontTags', () => {
  it('preloads the file and declares its face for the characters it holds', () => {
    const [link, style] = menuFontTags('./assets/menu-font-abc.woff2', 'U+20-7e,U+4e00');
    expect(link).toMatchObject({ tag: 'link', attrs: { rel: 'preload', as: 'font', href: './assets/menu-font-abc.woff2', crossorigin: '' } });
    expect(style!.children).toContain("font-family:'RFC Menus'");
    expect(style!.children).toContain('src:url(./assets/menu-font-abc.woff2)');
    expect(style!.children).toContain('unicode-range:U+20-7e,U+4e00;');
  });
});

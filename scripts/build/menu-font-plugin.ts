// A Vite plugin: the menus' font. Every character the interface and the case cards show, in both
// languages (about 600), cut at build time from Noto Sans SC (SIL Open Font License 1.1) into one
// small file that the page preloads, so Home is drawn once, in its font, as soon as the game
// starts. With only the unicode-range pieces, Home needed some twenty files, arriving after it was
// first drawn: Chromium looked up a system fallback for each character meanwhile and set up each
// piece at each size, which made Home's first build and draw the slowest part of the first load.
// Chat content still comes from the pieces, fetched before a case is shown (src/fonts.css).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import subsetFont from 'subset-font';
import { menuCharacters } from '../../src/game/content-text.ts';
import { MENU_FONT_FAMILY } from '../../src/game/theme.ts';
import { readCatalogue, readScenarios, scenarioFiles } from '../lib/content-files.ts';
import { EMOJI, formatRanges, subtract } from '../generate-font-css.ts';

/** The emitted file is assets/menu-font-[hash].woff2. */
export const MENU_FONT_NAME = 'menu-font.woff2';
const DEV_URL = '/@menu-font.woff2';
const SOURCE = createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');

/**
 * The code points the menus' font holds: what menuCharacters lists for both languages, plus
 * printable ASCII and Latin-1 (numbers and names filled in at run time, Phaser's metrics test
 * string '|MÃqgy'), less emoji, which come from the system's colour emoji font as everywhere else.
 */
export function menuFontCodePoints(): number[] {
  const scenarios = readScenarios(scenarioFiles(), readCatalogue()).models.map((m) => m.scenario);
  const points = new Set<number>();
  for (const ch of menuCharacters('zh', scenarios) + menuCharacters('en', scenarios)) points.add(ch.codePointAt(0)!);
  for (let c = 0x20; c <= 0x7e; c++) points.add(c);
  for (let c = 0xa0; c <= 0xff; c++) points.add(c);
  return subtract([...points].sort((a, b) => a - b).map((c) => [c, c] as [number, number]), EMOJI).map(([c]) => c);
}

/** Consecutive code points as [from, to] ranges, for unicode-range. */
function toRanges(points: number[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const c of points) {
    const last = ranges.at(-1);
    if (last && last[1] === c - 1) last[1] = c;
    else ranges.push([c, c]);
  }
  return ranges;
}

export interface MenuFont { file: Uint8Array; unicodeRange: string }

/** `format`: what browsers get is WOFF2; tests read a TrueType copy. */
export async function buildMenuFont(points = menuFontCodePoints(), format: 'woff2' | 'truetype' = 'woff2'): Promise<MenuFont> {
  const file = await subsetFont(readFileSync(SOURCE), String.fromCodePoint(...points), { targetFormat: format });
  return { file, unicodeRange: formatRanges(toRanges(points)) };
}

/** The <head> tags: the font's face (with exactly its characters, so others go straight to the pieces) and its preload. */
export function menuFontTags(url: string, unicodeRange: string) {
  return [
    { tag: 'link', attrs: { rel: 'preload', as: 'font', type: 'font/woff2', href: url, crossorigin: '' }, injectTo: 'head' as const },
    { tag: 'style', children: `@font-face{font-family:'${MENU_FONT_FAMILY}';font-style:normal;font-display:swap;font-weight:400;src:url(${url}) format('woff2');unicode-range:${unicodeRange};}`, injectTo: 'head' as const },
  ];
}

export function menuFont(): Plugin {
  let font: Promise<MenuFont> | null = null;
  const get = () => (font ??= buildMenuFont());
  let base = './';
  let building = false;
  return {
    name: 'red-flag-chat-menu-font',
    configResolved(config) { base = config.base; building = config.command === 'build'; },
    async buildStart() {
      font = null;
      if (building) this.emitFile({ type: 'asset', name: MENU_FONT_NAME, source: (await get()).file });
    },
    watchChange(id) { if (/\.ya?ml$|i18n\.ts$/.test(id)) font = null; },
    configureServer(server) {
      server.middlewares.use(DEV_URL, (_req, res, next) => {
        get().then(({ file }) => { res.setHeader('content-type', 'font/woff2'); res.end(file); }, next);
      });
    },
    transformIndexHtml: {
      order: 'post',
      async handler(_html, ctx) {
        // The game's page only: the workshop dashboard (host.html) draws no menus of the game.
        if (!ctx.filename.endsWith('index.html')) return undefined;
        const { unicodeRange } = await get();
        if (!ctx.bundle) return menuFontTags(DEV_URL, unicodeRange);
        const asset = Object.values(ctx.bundle).find((item) => item.type === 'asset' && item.names.includes(MENU_FONT_NAME));
        if (!asset) throw new Error(`${MENU_FONT_NAME} was not emitted`);
        return menuFontTags(`${base}${asset.fileName}`, unicodeRange);
      },
    },
  };
}

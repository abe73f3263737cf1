// The service worker's precache list: font pieces are picked by the characters the bundle holds.
import { describe, expect, it } from 'vitest';
import type { Rolldown } from 'vite';
import { fontPiecesInUse, swSource, unicodeRanges } from '../../scripts/build/service-worker-plugin.ts';

const chunk = (code: string) => ({ type: 'chunk', code }) as unknown as Rolldown.OutputChunk;
const asset = (source: string | Uint8Array) => ({ type: 'asset', source }) as unknown as Rolldown.OutputAsset;
const face = (file: string, range?: string) => `@font-face{font-family:Noto Sans SC;src:url(./${file})format("woff2");${range ? `unicode-range:${range}` : ''}}`;

describe('unicodeRanges', () => {
  it('reads single code points, ranges and wildcards', () => {
    expect(unicodeRanges('U+4E00-9FFF, U+3001,u+30??')).toEqual([[0x4e00, 0x9fff], [0x3001, 0x3001], [0x3000, 0x30ff]]);
  });
});

describe('fontPiecesInUse', () => {
  const bundle = (code: string) => ({
    'assets/main.js': chunk(code),
    'assets/main.css': asset([face('cjk-a.woff2', 'U+4E00-4EFF'), face('cjk-b.woff2', 'U+9000-90FF'), face('latin.woff2', 'U+0000-00FF'), face('all.woff2'), face('gone.woff2', 'U+0-FFFF')].join('')),
    'assets/cjk-a.woff2': asset(new Uint8Array(1)),
    'assets/cjk-b.woff2': asset(new Uint8Array(1)),
    'assets/latin.woff2': asset(new Uint8Array(1)),
    'assets/all.woff2': asset(new Uint8Array(1)),
  }) as unknown as Rolldown.OutputBundle;

  it('keeps the pieces whose range holds a character of the code, and pieces with no range', () => {
    // 一 is U+4E00; 那 (U+90A3) is not in the code.
    expect(fontPiecesInUse(bundle('const t = "一";'))).toEqual(['assets/all.woff2', 'assets/cjk-a.woff2', 'assets/latin.woff2']);
  });

  it('reads characters a minifier wrote as escapes', () => {
    expect(fontPiecesInUse(bundle('const t = "\\u90a3";'))).toContain('assets/cjk-b.woff2');
    expect(fontPiecesInUse(bundle('const t = "\\u{90a3}";'))).toContain('assets/cjk-b.woff2');
  });

  it('ignores a face whose file is not in the bundle', () => {
    expect(fontPiecesInUse(bundle('x'))).not.toContain('assets/gone.woff2');
  });
});

describe('swSource', () => {
  it('answers from the precache whatever Vary the server sent', () => {
    expect(swSource('v1', ['./'])).toContain('ignoreVary: true');
  });

  it('is valid JavaScript and leaves the workshop server\'s dashboard and API to the network', async () => {
    const listeners: Record<string, (event: unknown) => void> = {};
    const self = { location: { origin: 'http://game.test' }, addEventListener: (type: string, fn: (event: unknown) => void) => { listeners[type] = fn; } };
    // Runs the generated worker with a stand-in `self`; a syntax error fails here.
    const cache = { match: async () => undefined, put: async () => undefined, addAll: async () => undefined };
    const caches = { open: async () => cache, match: async () => undefined, keys: async () => [], delete: async () => true };
    new Function('self', 'caches', 'fetch', swSource('v1', ['./']))(self, caches, async () => new Response('ok'));
    const answered = (path: string) => {
      let responded = false;
      listeners.fetch!({ request: { method: 'GET', url: `http://game.test${path}`, mode: 'navigate' }, respondWith: () => { responded = true; }, waitUntil: () => undefined });
      return responded;
    };
    expect(['/host', '/host.html', '/api/rooms/1/report.csv'].map(answered)).toEqual([false, false, false]);
    expect(answered('/')).toBe(true);
    expect(answered('/j/123456')).toBe(true);
  });
});

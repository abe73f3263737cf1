// A Vite plugin that writes sw.js after the build: it precaches the app shell (HTML, scripts,
// styles, sounds), the menus' font, and the font pieces covering every character the game's code
// and content can show, so the game works offline after the first visit. Pieces no text needs
// (most of the CJK font) are cached only if they are ever fetched.
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import type { Plugin, Rolldown } from 'vite';
import { MENU_FONT_NAME } from './menu-font-plugin.ts';

export function serviceWorker(): Plugin {
  return {
    name: 'red-flag-chat-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((name) => !name.endsWith('.map') && !/\.woff2?$/.test(name));
      const menuFont = Object.values(bundle).filter((item) => item.type === 'asset' && item.names.includes(MENU_FONT_NAME)).map((item) => item.fileName);
      const shell = ['./', ...[...files, ...menuFont, ...fontPiecesInUse(bundle)].map((f) => `./${f}`)];
      const version = createHash('sha256').update(shell.join('\n')).update(Object.values(bundle).map((b) => ('code' in b ? b.code : String(b.source))).join('')).digest('hex').slice(0, 12);
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: swSource(version, shell) });
    },
  };
}

/**
 * The web-font files (split by unicode-range in the bundle's CSS) whose range holds a character
 * that appears in the bundle's scripts, HTML or styles: the texts the game can draw, in both
 * languages, are all in there (scenarios ship as JSON inside their chunks).
 */
export function fontPiecesInUse(bundle: Rolldown.OutputBundle): string[] {
  const used = new Set<number>();
  for (const item of Object.values(bundle)) {
    const text = item.type === 'chunk' ? item.code : typeof item.source === 'string' ? item.source : null;
    if (text === null) continue;
    for (const ch of text) used.add(ch.codePointAt(0)!);
    // A minifier may write characters as escapes.
    for (const m of text.matchAll(/\\u\{([0-9a-fA-F]{1,6})\}|\\u([0-9a-fA-F]{4})/g)) used.add(parseInt(m[1] ?? m[2]!, 16));
  }
  const codePoints = [...used].sort((a, b) => a - b);
  const anyIn = ([from, to]: [number, number]) => {
    let lo = 0;
    let hi = codePoints.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (codePoints[mid]! < from) lo = mid + 1; else hi = mid; }
    return lo < codePoints.length && codePoints[lo]! <= to;
  };
  const pieces = new Set<string>();
  for (const [name, item] of Object.entries(bundle)) {
    if (!name.endsWith('.css') || item.type !== 'asset') continue;
    for (const face of String(item.source).matchAll(/@font-face\s*\{([^}]*)\}/g)) {
      const url = /url\(\s*['"]?([^'")]+\.woff2?)['"]?\s*\)/.exec(face[1]!)?.[1];
      if (!url) continue;
      const file = posix.normalize(posix.join(posix.dirname(name), url));
      if (!(file in bundle)) continue;
      const range = /unicode-range:\s*([^;}]+)/.exec(face[1]!)?.[1];
      if (range === undefined || unicodeRanges(range).some(anyIn)) pieces.add(file);
    }
  }
  return [...pieces].sort();
}

/** "U+4E00-9FFF,U+3001,U+30??" as [from, to] code point pairs. */
export function unicodeRanges(text: string): [number, number][] {
  return text.split(',').map((part) => part.trim().replace(/^U\+/i, '')).filter(Boolean).map((part) => {
    if (part.includes('?')) return [parseInt(part.replace(/\?/g, '0'), 16), parseInt(part.replace(/\?/g, 'F'), 16)];
    const [from, to = from] = part.split('-');
    return [parseInt(from!, 16), parseInt(to!, 16)];
  });
}

export function swSource(version: string, shell: string[]): string {
  return `// Generated at build time by scripts/build/service-worker-plugin.ts
const VERSION = ${JSON.stringify(version)};
const SHELL = 'shell-' + VERSION;
const RUNTIME = 'runtime-v1';
const PRECACHE = ${JSON.stringify(shell)};

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('shell-') && k !== SHELL).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // The workshop server's own pages and API (trainer dashboard, reports) are never the game.
  if (/^\\/(host|api)(\\/|$|\\.html)/.test(new URL(request.url).pathname)) return;
  const isPage = request.mode === 'navigate';
  // A kiosk's settings (kiosk.config.json, served by npm run kiosk) may change: the network first,
  // the last copy when offline, so an offline kiosk keeps its PIN and times.
  if (new URL(request.url).pathname.endsWith('/kiosk.config.json')) {
    event.respondWith(fetch(request).then((response) => {
      if (response.ok) { const copy = response.clone(); caches.open(RUNTIME).then((cache) => cache.put(request.url, copy)); }
      return response;
    }).catch(() => caches.match(request.url).then((cached) => cached || Response.error())));
    return;
  }
  event.respondWith((async () => {
    // ignoreVary: a static host may answer "Vary: Origin", and module scripts and crossorigin
    // styles are requested with an Origin header the precache requests did not have.
    const cached = await caches.match(isPage ? './' : request, { ignoreSearch: isPage, ignoreVary: true });
    if (cached) return cached;
    try {
      const response = await fetch(request);
      if (response.ok && /\\.(woff2?|wav|png|svg)$/.test(new URL(request.url).pathname)) {
        const copy = response.clone();
        caches.open(RUNTIME).then((cache) => cache.put(request, copy));
      }
      return response;
    } catch (error) {
      if (isPage) { const shell = await caches.match('./', { ignoreVary: true }); if (shell) return shell; }
      throw error;
    }
  })());
});
`;
}

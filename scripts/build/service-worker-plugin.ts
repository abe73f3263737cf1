// A Vite plugin that writes sw.js after the build: it precaches the app shell (HTML, scripts,
// styles, sounds) so the game works offline after the first visit, and caches font pieces the
// first time they are used (a phone fetches only the pieces its chats need).
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

export function serviceWorker(): Plugin {
  return {
    name: 'red-flag-chat-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((name) => !name.endsWith('.map') && !/\.woff2?$/.test(name));
      const shell = ['./', ...files.map((f) => `./${f}`)];
      const version = createHash('sha256').update(shell.join('\n')).update(Object.values(bundle).map((b) => ('code' in b ? b.code : String(b.source))).join('')).digest('hex').slice(0, 12);
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: swSource(version, shell) });
    },
  };
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
  const isPage = request.mode === 'navigate';
  event.respondWith((async () => {
    const cached = await caches.match(isPage ? './' : request, { ignoreSearch: isPage });
    if (cached) return cached;
    try {
      const response = await fetch(request);
      if (response.ok && /\\.(woff2?|wav|png|svg)$/.test(new URL(request.url).pathname)) {
        const copy = response.clone();
        caches.open(RUNTIME).then((cache) => cache.put(request, copy));
      }
      return response;
    } catch (error) {
      if (isPage) { const shell = await caches.match('./'); if (shell) return shell; }
      throw error;
    }
  })());
});
`;
}

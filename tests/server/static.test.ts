import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, startTestServer, tempDir, type TestServer } from './helpers.ts';

let t: TestServer;
let base: string;
const INDEX = '<!doctype html><html><head><title>game</title></head><body><script type="module" src="./assets/app.js"></script></body></html>';

beforeAll(async () => {
  base = tempDir('workshop-static-');
  const dist = join(base, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), INDEX);
  writeFileSync(join(dist, 'host.html'), '<!doctype html><title>host</title>');
  writeFileSync(join(dist, 'sw.js'), 'self.x = 1;');
  writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dist, 'assets', 'style.css'), 'body{}');
  writeFileSync(join(dist, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  writeFileSync(join(dist, 'assets', 'sfx.wav'), Buffer.from('RIFF'));
  writeFileSync(join(dist, 'assets', 'shared-1a2b.css'), "@font-face{font-family:Noto Sans SC;src:url(./noto-1.woff2)format('woff2')}");
  writeFileSync(join(base, 'secret.txt'), 'do not serve me');
  t = await startTestServer({ staticDir: dist, dataDir: join(base, 'data') });
});
afterAll(async () => { await t.close(); rmSync(base, { recursive: true, force: true }); });

/** A raw request, so the path is sent exactly as written (fetch would tidy "..") away. */
function raw(path: string): Promise<{ status: number; type: string | undefined; body: string; cache: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: t.server.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode!, type: res.headers['content-type'], body, cache: res.headers['cache-control'] }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serving the built game', () => {
  it('sends files with the right MIME types and caching', async () => {
    const cases: [string, string][] = [
      ['/', 'text/html; charset=utf-8'], ['/index.html', 'text/html; charset=utf-8'], ['/sw.js', 'text/javascript; charset=utf-8'],
      ['/assets/app.js', 'text/javascript; charset=utf-8'], ['/assets/style.css', 'text/css; charset=utf-8'],
      ['/assets/font.woff2', 'font/woff2'], ['/assets/sfx.wav', 'audio/wav'],
    ];
    for (const [path, type] of cases) {
      const r = await raw(path);
      expect(r.status, path).toBe(200);
      expect(r.type, path).toBe(type);
    }
    expect((await raw('/assets/app.js')).cache).toContain('immutable');
    expect((await raw('/index.html')).cache).toBe('no-cache');
    expect((await raw('/sw.js')).cache).toBe('no-cache');
  });

  it('answers page routes with index.html and missing files with 404', async () => {
    expect((await raw('/some/page')).body).toBe(INDEX);
    expect((await raw('/assets/missing.js')).status).toBe(404);
  });

  it('never serves a file outside the folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/%00index.html', '/%E0%A4%A']) {
      const r = await raw(path);
      expect(r.body, path).not.toContain('do not serve me');
      expect([400, 404].includes(r.status) || r.body === INDEX, path).toBe(true);
    }
  });

  it('serves the game at the join link with its assets still at the root', async () => {
    const page = await raw('/j/123456');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<head><base href="/">');
    expect(page.body).toContain('./assets/app.js');
    // A service worker that answers /j/123456 with the cached page makes the browser ask for /j/assets/…
    expect((await raw('/j/assets/app.js')).body).toBe('console.log(1)');
    expect((await raw('/j/../secret.txt')).body).not.toContain('do not serve me');
  });

  it('serves the host page at /host', async () => {
    const page = await raw('/host');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>host</title>');
  });

  it('links the built font stylesheet from the printable report, by its full address', async () => {
    const created = await api(t.url, '/api/rooms', { body: { v: 1, scenarios: ['warm-uncle'] } });
    const html = await api(t.url, `/api/rooms/${created.json.roomId}/report.html`, { token: created.json.hostToken });
    expect(html.text).toContain(`<link rel="stylesheet" href="http://127.0.0.1:${t.server.port}/assets/shared-1a2b.css">`);
  });

  it('says how to build when there is no build', async () => {
    const empty = await startTestServer({ staticDir: join(base, 'nothing-here'), dataDir: join(base, 'data2') });
    const r = await fetch(`${empty.url}/host`);
    expect(r.status).toBe(503);
    expect(await r.text()).toContain('npm run build');
    await empty.close();
  });
});

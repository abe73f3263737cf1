// Offline after the first visit: the production build's service worker precaches what the game
// needs, so with the network gone a reload reaches Home and a case can be started and played,
// Chinese font pieces and the sound sprite included. It builds and serves a production build of its
// own (see production-build.ts: the shared e2e build has no service worker registration).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Request } from 'playwright-core';
import { launch, PHONE, tap, waitForScene } from './browser.ts';
import { snapshot } from './driver.ts';
import { productionBuild } from './production-build.ts';

type Rfc = { __rfc: any; Howler: any };

let browser: Browser;
let site: Awaited<ReturnType<typeof productionBuild>>;
beforeAll(async () => { [browser, site] = await Promise.all([launch(), productionBuild()]); });
afterAll(async () => { await browser?.close(); await site?.close(); });

describe('offline', () => {
  it('after one visit, a reload with no network reaches Home and a case plays, with fonts and sound', async () => {
    const context = await browser.newContext({
      viewport: { width: PHONE.width, height: PHONE.height }, deviceScaleFactor: PHONE.dpr, locale: 'zh-CN', serviceWorkers: 'allow',
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.addInitScript(() => {
      if (localStorage.getItem('rfc.settings') === null) localStorage.setItem('rfc.settings', JSON.stringify({ lang: 'zh', textSize: 'standard', reducedMotion: true, sound: true, volume: 0.6, pacing: 'instant' }));
    });

    // First visit, online: the service worker installs (precaching) and takes control.
    await page.goto(site.url);
    await waitForScene(page, ['Home']);
    const worker = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      const active = registration.active!;
      if (active.state !== 'activated') await new Promise((resolve) => active.addEventListener('statechange', () => { if (active.state === 'activated') resolve(null); }));
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
      return { state: registration.active?.state, controlled: navigator.serviceWorker.controller !== null, caches: await caches.keys() };
    });
    expect(worker.state).toBe('activated');
    expect(worker.controlled).toBe(true);

    // The network goes away.
    await context.setOffline(true);
    expect(await page.evaluate(() => fetch('https://example.invalid/').then(() => 'online', () => 'offline'))).toBe('offline');
    errors.length = 0; // the console's note about that probe
    const failed: string[] = [];
    const offlineRequests: string[] = [];
    page.on('request', (r: Request) => offlineRequests.push(new URL(r.url()).pathname));
    page.on('requestfailed', (r: Request) => failed.push(`${r.url()} (${r.failure()?.errorText ?? 'failed'}, ${r.resourceType()})`));

    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker(), 'the page came from the service worker').toBe(true);
    await waitForScene(page, ['Home']).catch((error: unknown) => {
      throw new Error(`offline reload did not reach Home: ${String(error)}\nfailed requests: ${failed.join(', ') || 'none'}\npage errors: ${errors.join(' | ') || 'none'}`);
    });

    // A case, started and played on the canvas as a player would: the first tap unlocks the sound.
    await tap(page, /卖游戏号/, { timeout: 20_000 });
    await waitForScene(page, ['ChatList']);
    await page.waitForFunction(() => (window as unknown as Rfc).__rfc.app.snapshot.choices.length > 0, undefined, { timeout: 10_000 });
    const first = (await snapshot(page))!;
    const reply = first.choices[0]!;
    await tap(page, first.conversations.find((c) => c.id === reply.conversation)!.title.zh);
    await waitForScene(page, ['Chat']);
    await tap(page, reply.text.zh);
    await page.waitForFunction((id) => (window as unknown as Rfc).__rfc.app.snapshot.entries.some((e: { choice?: string }) => e.choice === id), reply.id, { timeout: 10_000 });

    // Every font piece the case's text needs arrived (from the cache), and so did the sound sprite.
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      const faces = [...document.fonts];
      return { loaded: faces.filter((f) => f.status === 'loaded').length, failed: faces.filter((f) => f.status === 'error').map((f) => `${f.family} ${f.unicodeRange.slice(0, 40)}`) };
    });
    await page.waitForFunction(() => (window as unknown as Rfc).Howler?._howls?.[0]?.state() === 'loaded', undefined, { timeout: 10_000 }).catch(() => undefined);
    const howl = await page.evaluate(() => ({ count: (window as unknown as Rfc).Howler?._howls?.length ?? 0, state: (window as unknown as Rfc).Howler?._howls?.[0]?.state() ?? 'none' }));

    console.log(`offline: ${offlineRequests.length} requests, ${failed.length} failed (${failed.join(', ')}); font faces loaded ${fonts.loaded}, failed ${fonts.failed.length}; sound sprite ${howl.state}; caches ${worker.caches.join(', ')}`);
    expect(failed, 'requests that failed offline').toEqual([]);
    expect(fonts.failed, 'font pieces that could not load offline').toEqual([]);
    expect(fonts.loaded).toBeGreaterThan(0);
    expect(howl).toEqual({ count: 1, state: 'loaded' });
    expect(offlineRequests.some((p) => p.endsWith('.woff2'))).toBe(true);
    expect(errors, 'page errors').toEqual([]);
    await context.close();
  });
});

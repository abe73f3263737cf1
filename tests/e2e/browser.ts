// Real Chromium for end-to-end tests: Debian's /usr/bin/chromium driven by playwright-core.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import type { PlayerAction } from '../../src/engine/index.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
}

export interface Viewport { width: number; height: number; dpr?: number }
export const PHONE: Viewport = { width: 390, height: 844, dpr: 2 };
export const SMALL_PHONE: Viewport = { width: 360, height: 640, dpr: 2 };
export const KIOSK: Viewport = { width: 1080, height: 1920, dpr: 1 };
export const DESKTOP: Viewport = { width: 1280, height: 900, dpr: 1 };

export async function openGame(browser: Browser, viewport: Viewport = PHONE, options: { locale?: string; storage?: Record<string, string>; path?: string; clock?: boolean } = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: viewport.width, height: viewport.height },
    deviceScaleFactor: viewport.dpr ?? 1,
    locale: options.locale ?? 'zh-CN',
    hasTouch: false,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  if (options.storage) {
    await page.addInitScript((entries) => { for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v); }, options.storage);
  }
  // A controllable clock: time flows as usual, and tests can jump ahead (a player hesitating).
  if (options.clock) await page.clock.install();
  await page.goto(new URL(options.path ?? '/', inject('baseUrl')).href);
  await waitForScene(page, ['Home', 'ChatList']);
  return { context, page, errors };
}

export async function waitForScene(page: Page, keys: string[], timeout = 20_000) {
  await page.waitForFunction((k) => k.includes((window as unknown as { __rfc?: { scene(): string } }).__rfc?.scene() ?? ''), keys, { timeout });
}

export async function scene(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { __rfc: { scene(): string } }).__rfc.scene());
}

interface Target { label: string; x: number; y: number; width: number; height: number }

/** Taps the canvas where a visible target with this label is (labels as the player sees them). */
export async function tap(page: Page, label: string | RegExp, options: { timeout?: number; scroll?: number } = {}) {
  const deadline = Date.now() + (options.timeout ?? 10_000);
  for (;;) {
    const targets = await page.evaluate(() => (window as unknown as { __rfc: { targets(): Target[] } }).__rfc.targets());
    const target = targets.find((t) => (typeof label === 'string' ? t.label === label : label.test(t.label)));
    if (target) {
      const box = (await page.locator('#app canvas').boundingBox())!;
      const dpr = await page.evaluate(() => (window as unknown as { __rfc: { metrics: { dpr: number } } }).__rfc.metrics.dpr);
      await page.mouse.click(box.x + target.x / dpr, box.y + target.y / dpr);
      return target;
    }
    if (Date.now() > deadline) throw new Error(`no target ${String(label)} among: ${targets.map((t) => t.label.replace(/\n/g, ' ')).join(' | ')}`);
    // It may be further down a list: scroll a little, as a player would.
    const box = (await page.locator('#app canvas').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.6);
    await page.mouse.wheel(0, options.scroll ?? 250);
    await page.waitForTimeout(100);
  }
}

export async function targets(page: Page): Promise<Target[]> {
  return page.evaluate(() => (window as unknown as { __rfc: { targets(): Target[] } }).__rfc.targets());
}

/** Applies a player action as soon as the engine accepts it (messages arrive asynchronously). */
export async function act(page: Page, action: PlayerAction) {
  const result = await page.evaluate(async (a) => {
    const { app } = (window as unknown as { __rfc: { app: { act(a: unknown): { ok: boolean; reason?: string } } } }).__rfc;
    for (let i = 0; i < 100; i++) {
      const r = app.act(a);
      if (r.ok) return r;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return app.act(a);
  }, action);
  if (!result.ok) throw new Error(`${JSON.stringify(action)} was refused: ${result.reason}`);
}

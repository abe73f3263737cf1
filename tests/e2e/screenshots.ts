// Screenshot comparisons: a page made deterministic (fixed clock and time zone, reduced motion,
// instant pacing, fonts loaded), a shot taken once the screen has stopped changing, and a
// pixelmatch comparison against a committed baseline in tests/e2e/screens/.
//   UPDATE_SCREENSHOTS=1 npx vitest run tests/e2e/screens.test.ts   rewrites the baselines.
// On a mismatch the actual shot and a diff image go to tests/e2e/screens/failures/ (git-ignored).
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { waitForScene, type Viewport } from './browser.ts';

export const SCREENS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'screens');
export const FAILURES_DIR = join(SCREENS_DIR, 'failures');
export const UPDATING = process.env.UPDATE_SCREENSHOTS === '1';

/**
 * pixelmatch's per-pixel colour distance (0..1): below it two pixels count as the same. Tighter
 * than pixelmatch's 0.1, which lets a shade change such as the sent bubble's #95EC69 → #7FD957
 * pass; rendering here is exact from run to run (SwiftShader), and anti-aliased edges are
 * discounted by pixelmatch anyway.
 */
export const PIXEL_THRESHOLD = 0.05;
/** The share of pixels allowed to differ before a screen counts as changed (SCREENSHOT_MAX_DIFF overrides it, e.g. 0 to see every difference). */
export const MAX_DIFF_SHARE = process.env.SCREENSHOT_MAX_DIFF ? Number(process.env.SCREENSHOT_MAX_DIFF) : 0.005;

/** A fixed wall-clock moment (Beijing time 10:00 on a Tuesday), so chat time labels never move. */
export const FIXED_TIME = new Date('2025-03-18T10:00:00+08:00');

export interface ShotSettings { lang: 'zh' | 'en'; textSize?: 'standard' | 'large' | 'care' }

/** A browser context whose pages render the same pixels every run. */
export async function openDeterministic(browser: Browser, viewport: Viewport, settings: ShotSettings): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: viewport.width, height: viewport.height },
    deviceScaleFactor: viewport.dpr ?? 1,
    locale: settings.lang === 'zh' ? 'zh-CN' : 'en-GB',
    timezoneId: 'Asia/Shanghai',
    reducedMotion: 'reduce',
    hasTouch: false,
    // Every test starts from an empty profile; no service worker may answer from an old build.
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const stored = JSON.stringify({ lang: settings.lang, textSize: settings.textSize ?? 'standard', reducedMotion: true, sound: false, volume: 0.6, pacing: 'instant' });
  await page.addInitScript((value) => { if (localStorage.getItem('rfc.settings') === null) localStorage.setItem('rfc.settings', value); }, stored);
  // Date is frozen; timers and animation frames still run in real time.
  await page.clock.setFixedTime(FIXED_TIME);
  await page.goto(inject('baseUrl'));
  await waitForScene(page, ['Home']);
  return { context, page, errors };
}

/**
 * Shoots the screen until it is pixel for pixel its baseline, or until two shots in a row are
 * identical (the screen has settled) and then compares that one within the tolerance: a matching
 * screen costs one shot, and a screen caught mid-change is never judged. With
 * UPDATE_SCREENSHOTS=1 the settled shot becomes the baseline.
 */
export async function expectScreen(page: Page, scene: string, name: string, options: { scale?: 'css' | 'device' } = {}): Promise<Comparison> {
  await waitForScene(page, [scene]);
  let previous: Buffer | null = null;
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.evaluate(async () => { await document.fonts.ready; });
    // Two animation frames: whatever the last event changed has been drawn.
    await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
    const shot = await page.screenshot({ scale: options.scale ?? 'device', animations: 'disabled', caret: 'hide' });
    const settled = previous !== null && shot.equals(previous) && (await page.evaluate(() => document.fonts.status)) === 'loaded';
    if (settled) return compareWithBaseline(name, shot);
    if (!UPDATING && sameAsBaseline(name, shot)) return compareWithBaseline(name, shot);
    previous = shot;
    await page.waitForTimeout(150);
  }
  throw new Error(`the ${scene} screen (${name}) kept changing for 20 shots; something animates or loads forever`);
}

function sameAsBaseline(name: string, shot: Buffer): boolean {
  const baselinePath = join(SCREENS_DIR, `${name}.png`);
  if (!existsSync(baselinePath)) return false;
  const expected = PNG.sync.read(readFileSync(baselinePath));
  const actual = PNG.sync.read(shot);
  return expected.width === actual.width && expected.height === actual.height && expected.data.equals(actual.data);
}

export interface Comparison { name: string; diffShare: number; diffPixels: number; width: number; height: number; updated: boolean }

/** Compares a shot with its baseline (or rewrites the baseline when UPDATE_SCREENSHOTS=1). Throws on a mismatch. */
export function compareWithBaseline(name: string, shot: Buffer): Comparison {
  const baselinePath = join(SCREENS_DIR, `${name}.png`);
  const actual = PNG.sync.read(shot);
  const failureBase = join(FAILURES_DIR, name);
  rmSync(`${failureBase}.actual.png`, { force: true });
  rmSync(`${failureBase}.diff.png`, { force: true });
  if (UPDATING) {
    mkdirSync(SCREENS_DIR, { recursive: true });
    // Re-encoded at the highest compression: baselines live in git.
    writeFileSync(baselinePath, PNG.sync.write(actual, { deflateLevel: 9, filterType: -1 }));
    return { name, diffShare: 0, diffPixels: 0, width: actual.width, height: actual.height, updated: true };
  }
  const where = (p: string) => relative(process.cwd(), p);
  const keepActual = () => { mkdirSync(FAILURES_DIR, { recursive: true }); writeFileSync(`${failureBase}.actual.png`, shot); };
  if (!existsSync(baselinePath)) {
    keepActual();
    throw new Error(`no baseline ${where(baselinePath)} (actual shot: ${where(`${failureBase}.actual.png`)}); run UPDATE_SCREENSHOTS=1 npx vitest run tests/e2e/screens.test.ts and look at the new images before committing them`);
  }
  const expected = PNG.sync.read(readFileSync(baselinePath));
  if (expected.width !== actual.width || expected.height !== actual.height) {
    keepActual();
    throw new Error(`${name}: size ${actual.width}×${actual.height} differs from the baseline's ${expected.width}×${expected.height} (actual: ${where(`${failureBase}.actual.png`)})`);
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const diffPixels = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: PIXEL_THRESHOLD });
  const diffShare = diffPixels / (actual.width * actual.height);
  if (diffShare > MAX_DIFF_SHARE) {
    keepActual();
    writeFileSync(`${failureBase}.diff.png`, PNG.sync.write(diff));
    throw new Error(`${name}: ${(diffShare * 100).toFixed(3)}% of pixels differ (${diffPixels}; allowed ${(MAX_DIFF_SHARE * 100).toFixed(2)}%). Baseline ${where(baselinePath)}, actual ${where(`${failureBase}.actual.png`)}, diff ${where(`${failureBase}.diff.png`)}`);
  }
  return { name, diffShare, diffPixels, width: actual.width, height: actual.height, updated: false };
}

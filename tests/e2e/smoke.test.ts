import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { launch, openGame, PHONE, scene, tap, waitForScene } from './browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

describe('the game in Chromium', () => {
  it('boots to Home, starts a case, shows the chat list and a chat', async () => {
    const { page, context, errors } = await openGame(browser, PHONE);
    expect(await scene(page)).toBe('Home');
    await page.screenshot({ path: '.scratch/home.png' });
    await tap(page, /暖心大叔/);
    await waitForScene(page, ['ChatList']);
    await page.waitForTimeout(3000);
    await page.screenshot({ path: '.scratch/list.png' });
    await tap(page, '相亲相爱一家人');
    await waitForScene(page, ['Chat']);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: '.scratch/chat.png' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it("draws Home's Chinese name in English too (the menus' font holds both languages' characters)", async () => {
    const settings = { 'rfc.settings': JSON.stringify({ lang: 'en', textSize: 'standard', reducedMotion: true, sound: false, volume: 0.5, pacing: 'instant' }) };
    const { page, context, errors } = await openGame(browser, PHONE, { locale: 'en-US', storage: settings });
    await page.evaluate(async () => { await document.fonts.ready; });
    await page.waitForTimeout(1500);
    const box = await page.evaluate(() => {
      const rfc = (window as any).__rfc;
      const title = rfc.game.scene.getScene('Home').children.list.find((o: any) => o.type === 'Text' && o.text === '识骗');
      const b = title.getBounds();
      return { x: b.x / rfc.metrics.dpr, y: b.y / rfc.metrics.dpr, width: b.width / rfc.metrics.dpr, height: b.height / rfc.metrics.dpr };
    });
    const shot = PNG.sync.read(await page.screenshot({ clip: box }));
    let ink = 0;
    for (let i = 0; i < shot.data.length; i += 4) if (shot.data[i]! < 100 && shot.data[i + 1]! < 100 && shot.data[i + 2]! < 100) ink++;
    // Two bold characters cover well over a tenth of their box; a missing font leaves it blank.
    expect(ink / (shot.width * shot.height)).toBeGreaterThan(0.1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fetches the first load\'s fonts before Home is built (the menus\' font; in English, Noto Sans\'s Latin too), and none after', async () => {
    for (const [locale, lang] of [['zh-CN', 'zh'], ['en-US', 'en']] as const) {
      const settings = { 'rfc.settings': JSON.stringify({ lang, textSize: 'standard', reducedMotion: true, sound: false, volume: 0.5, pacing: 'instant' }) };
      const { page, context, errors } = await openGame(browser, PHONE, { locale, storage: settings });
      // Long enough for the cards below the fold and the accessible layer to be built.
      await page.evaluate(async () => { await document.fonts.ready; });
      await page.waitForTimeout(1500);
      const late = await page.evaluate(() => {
        const homeStarted = performance.getEntriesByName('home:create')[0]!.startTime;
        return performance.getEntriesByType('resource')
          .filter((r) => r.name.endsWith('.woff2') && r.startTime > homeStarted)
          .map((r) => `${r.name.split('/').pop()} at ${r.startTime.toFixed(0)} ms (Home started at ${homeStarted.toFixed(0)} ms)`);
      });
      expect(late, lang).toEqual([]);
      // Home and the accessible layer draw from the menus' font alone (English: and Noto Sans's
      // Latin); the pieces of Noto Sans SC wait until a case needs them.
      const fetched = await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.woff2')).map((r) => r.name.split('/').pop()!.replace(/-[\w-]{8}\.woff2$/, '')));
      expect(fetched.sort(), lang).toEqual(lang === 'zh' ? ['menu-font'] : ['menu-font', 'noto-sans-latin-400-normal', 'noto-sans-latin-600-normal']);
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});

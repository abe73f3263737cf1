// Every bundled scenario, played to every one of its endings through the accessible layer
// (keyboard only), alternating Chinese and English. Routes come from the engine's explorer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { exploreScenario, type Lang } from '../../src/engine/index.ts';
import { readCatalogue, readScenarios, scenarioFiles } from '../../scripts/lib/content-files.ts';
import { launch, openGame, PHONE, scene, waitForScene } from './browser.ts';
import { playStep, press, snapshot } from './driver.ts';

const { models } = readScenarios(scenarioFiles(), readCatalogue());
let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const settings = JSON.stringify({ lang: 'zh', textSize: 'standard', reducedMotion: true, sound: false, volume: 0.5, pacing: 'instant' });
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function setLanguage(page: Page, lang: Lang) {
  const current = await page.evaluate(() => (window as unknown as { __rfc: { app: { settings: { lang: string } } } }).__rfc.app.settings.lang);
  if (current !== lang) await press(page, lang === 'zh' ? '中文' : 'English');
}

describe.each(models.map((m) => [m.scenario.id, m] as const))('%s', (id, model) => {
  const routes = Object.entries(exploreScenario(model).routes);
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  beforeAll(async () => { ({ context, page, errors } = await openGame(browser, PHONE, { storage: { 'rfc.settings': settings }, clock: true })); });
  afterAll(async () => { await context?.close(); });

  it.each(routes.map(([ending, route], i) => [ending, (i % 2 === 0 ? 'zh' : 'en') as Lang, route] as const))('reaches "%s" in %s', async (ending, lang, route) => {
    if ((await snapshot(page)) !== null) {
      const current = await page.evaluate(() => (window as unknown as { __rfc: { app: { settings: { lang: string } } } }).__rfc.app.settings.lang);
      await press(page, current === 'zh' ? '主页' : 'Home');
    }
    await waitForScene(page, ['Home']);
    await setLanguage(page, lang);
    await press(page, new RegExp(`^${escape(model.scenario.title[lang])}`));
    await waitForScene(page, ['ChatList']);
    for (const step of route) await playStep(page, lang, step);
    for (let i = 0; i < 100 && (await snapshot(page))?.status !== 'ended'; i++) await page.waitForTimeout(50);
    expect((await snapshot(page))?.ending?.id, `${id}: ${JSON.stringify(route)}`).toBe(ending);
    await press(page, new RegExp(lang === 'zh' ? '^查看复盘' : '^See the debrief'));
    await waitForScene(page, ['Debrief']);
    expect(await scene(page)).toBe('Debrief');
    expect(errors).toEqual([]);
  });
});

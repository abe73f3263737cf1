// Long-pressing a message opens the flag sheet while the finger is still down. Lifting that finger
// must leave the sheet open for the player to choose: it must not pick the red flag (or close the
// sheet) that the sheet happens to have put under it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openGame, SMALL_PHONE, tap, targets, waitForScene } from './browser.ts';
import { snapshot } from './driver.ts';
import { groupChatScenario } from './group-chat.ts';
import { readCatalogue } from '../../scripts/lib/content-files.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const settings = { 'rfc.settings': JSON.stringify({ lang: 'zh', textSize: 'standard', reducedMotion: true, sound: false, volume: 0.5, pacing: 'instant' }) };

const flagSheetOpen = (page: Page) => page.evaluate(() => (window as any).__rfc.game.scene.isActive('Flag') as boolean);

/** Canvas targets of messages from others in the open chat, lowest on screen first. */
async function othersMessages(page: Page) {
  const snap = (await snapshot(page))!;
  const open = await page.evaluate(() => (window as any).__rfc.app.conversation as string);
  const theirs = new Set(snap.entries.filter((e) => e.conversation === open && e.from !== 'player' && e.message).map((e) => `message:${e.message}`));
  const all = await targets(page);
  // Only bubbles whose centre shows above the input bar (a bubble can run on beneath it).
  const inputBarTop = Math.min(...all.filter((t) => t.label === '更多功能' || t.label === '好的').map((t) => t.y - t.height / 2));
  return all.filter((t) => theirs.has(t.label) && t.y < inputBarTop - 10).sort((a, b) => b.y - a.y);
}

describe('long-pressing a message', () => {
  it('opens the flag sheet, and lifting the finger there picks nothing and keeps the sheet open', async () => {
    const { page, context, errors } = await openGame(browser, SMALL_PHONE, { storage: settings });
    // A group chat taller than the screen: messages from others near the top and near the bottom.
    const scenario = groupChatScenario('long-press', [{ messages: 12, reply: { id: 'c-done', zh: '好的', en: 'OK' } }]);
    await page.evaluate((data) => (window as any).__rfc.startCustom(data, 'g'), scenario);
    await waitForScene(page, ['Chat']);
    await page.waitForFunction(() => { const rfc = (window as any).__rfc; rfc.app.session.skip(); return rfc.app.snapshot.choices.length > 0; }, undefined, { timeout: 30_000 });
    await page.waitForTimeout(800);
    const box = (await page.locator('#app canvas').boundingBox())!;
    const dpr = await page.evaluate(() => (window as any).__rfc.metrics.dpr as number);
    // Where the sheet's options appear: opened once with a message's ⚑ button, then cancelled.
    const found = await othersMessages(page);
    await tap(page, found[0]!.label.replace(/^message:/, 'flag:'));
    await page.waitForFunction(() => (window as any).__rfc.game.scene.isActive('Flag'), undefined, { timeout: 5000 });
    const flagNames = new Set(readCatalogue().flags.map((f) => f.name.zh));
    const options = (await targets(page)).filter((t) => flagNames.has(t.label));
    await tap(page, '取消');
    await page.waitForFunction(() => !(window as any).__rfc.game.scene.isActive('Flag'), undefined, { timeout: 3000 });
    // A message under one of the options, and the highest one (under the dimmed backdrop, which closes the sheet).
    const overOption = found.find((m) => options.some((o) => Math.abs(o.y - m.y) < o.height / 2 - 4 && Math.abs(o.x - m.x) < o.width / 2));
    expect(overOption, 'a message where an option of the sheet appears').toBeDefined();
    const height = await page.evaluate(() => (window as any).__rfc.metrics.height as number);
    expect(found.at(-1)!.y, 'a message near the top').toBeLessThan(height * 0.2);
    for (const message of [overOption!, found.at(-1)!]) {
      await page.mouse.move(box.x + message.x / dpr, box.y + message.y / dpr);
      await page.mouse.down();
      await page.waitForFunction(() => (window as any).__rfc.game.scene.isActive('Flag'), undefined, { timeout: 5000 });
      await page.waitForTimeout(200);
      await page.mouse.up();
      await page.waitForTimeout(300);
      expect(await flagSheetOpen(page), `the sheet stays open after lifting the finger at y=${message.y}`).toBe(true);
      expect((await snapshot(page))!.flagged).toEqual([]);
      // The sheet still answers a real tap: Cancel closes it.
      await tap(page, '取消');
      await page.waitForFunction(() => !(window as any).__rfc.game.scene.isActive('Flag'), undefined, { timeout: 3000 });
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

// A screen must never be left running beside the next one, and a frame that throws must not
// freeze the game: Phaser asks for the next frame only after one has run, so one exception would
// otherwise stop it for good (a CI run caught this on the kiosk: the attract loop redrew itself for
// late font pieces in the frame a case started, both screens ran, one removed the other's pictures).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openGame, PHONE, targets, waitForScene } from './browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const settings = { 'rfc.settings': JSON.stringify({ lang: 'zh', textSize: 'standard', reducedMotion: true, sound: false, volume: 0.5, pacing: 'instant' }) };

/** Every running scene, overlays included. */
const running = (page: Page): Promise<string[]> => page.evaluate(() => (window as any).__rfc.game.scene.getScenes(true).map((s: any) => s.scene.key as string));
const frame = (page: Page) => page.evaluate(() => (window as any).__rfc.game.loop.frame as number);

/** Lets the game run a few frames. */
async function frames(page: Page, count: number) {
  const start = await frame(page);
  await page.waitForFunction((target) => (window as any).__rfc.game.loop.frame >= target, start + count);
}

describe('a screen redrawn for late font pieces while the player leaves it', () => {
  it('is left: only the next screen runs', async () => {
    const { page, context, errors } = await openGame(browser, PHONE, { storage: settings });
    await waitForScene(page, ['Home']);
    await frames(page, 3);
    // The move and the redraw in the same frame, the move first, as when the pieces arrive just then.
    await page.evaluate(() => {
      const rfc = (window as any).__rfc;
      rfc.game.scene.getScene('Home').scene.start('Settings');
      rfc.redraw('Home');
    });
    await waitForScene(page, ['Settings']);
    await frames(page, 5);
    expect((await running(page)).filter((key) => key !== 'Toast')).toEqual(['Settings']);
    // Back home, the redraw asked for then does not come back to restart it later.
    await page.evaluate(() => { const w = window as any; w.__homeCreates = 0; w.__rfc.game.scene.getScene('Home').events.on('create', () => w.__homeCreates++); });
    await page.evaluate(() => (window as any).__rfc.goTo('Home'));
    await waitForScene(page, ['Home']);
    await frames(page, 5);
    expect(await page.evaluate(() => (window as any).__homeCreates)).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is redrawn once when it stays', async () => {
    const { page, context, errors } = await openGame(browser, PHONE, { storage: settings });
    await waitForScene(page, ['Home']);
    await page.evaluate(() => { const w = window as any; w.__homeCreates = 0; w.__rfc.game.scene.getScene('Home').events.on('create', () => w.__homeCreates++); });
    await page.evaluate(() => (window as any).__rfc.redraw('Home'));
    await expect.poll(() => page.evaluate(() => (window as any).__homeCreates)).toBe(1);
    await frames(page, 5);
    expect(await page.evaluate(() => (window as any).__homeCreates)).toBe(1);
    expect((await running(page)).filter((key) => key !== 'Toast')).toEqual(['Home']);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a frame that throws', () => {
  async function inChatList(page: Page) {
    await page.evaluate(() => (window as any).__rfc.startCase('warm-uncle', 'practice'));
    await waitForScene(page, ['ChatList']);
    await frames(page, 3);
  }

  it('once (a picture removed under the screen): the screen is drawn again and the game goes on', async () => {
    const { page, context, errors } = await openGame(browser, PHONE, { storage: settings });
    await inChatList(page);
    const pictures = await page.evaluate(() => (window as any).__rfc.game.textures.getTextureKeys().filter((k: string) => k.startsWith('gen:')));
    expect(pictures.length).toBeGreaterThan(0);
    const before = await frame(page);
    await page.evaluate((keys) => { for (const key of keys) (window as any).__rfc.game.textures.remove(key); }, pictures);
    await expect.poll(() => errors.filter((e) => e.includes('a frame failed to draw')).length).toBeGreaterThan(0);
    expect(errors.every((e) => e.includes('recovering: redraw'))).toBe(true);
    // The loop runs on, the list is built again with its pictures, and it still answers taps.
    await frames(page, 10);
    expect(await frame(page)).toBeGreaterThan(before + 10);
    const redrawn = await page.evaluate(() => (window as any).__rfc.game.textures.getTextureKeys().filter((k: string) => k.startsWith('gen:')));
    expect(redrawn.sort()).toEqual([...pictures].sort());
    const failures = errors.length;
    await frames(page, 20);
    expect(errors.length).toBe(failures);
    expect((await targets(page)).some((t) => t.label === '相亲相爱一家人')).toBe(true);
    await context.close();
  });

  it('again and again on one screen: the player is taken home, where the game goes on', async () => {
    const { page, context, errors } = await openGame(browser, PHONE, { storage: settings });
    await inChatList(page);
    // The chat list's drawing fails every frame, however often it is rebuilt.
    await page.evaluate(() => { (window as any).__rfc.game.scene.getScene('ChatList').sys.render = () => { throw new Error('broken screen'); }; });
    await waitForScene(page, ['Home']);
    const steps = errors.filter((e) => e.includes('a frame failed to draw')).map((e) => /recovering: (\w+)/.exec(e)![1]);
    expect(steps.slice(0, 3)).toEqual(['redraw', 'redraw', 'home']);
    await frames(page, 20);
    expect((await running(page)).filter((key) => key !== 'Toast')).toEqual(['Home']);
    expect((await targets(page)).length).toBeGreaterThan(0);
    await context.close();
  });
});

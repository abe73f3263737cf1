import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
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
});

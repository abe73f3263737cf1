// A chat scrolled to its newest message stays there as replies are sent and answers arrive, with
// smooth scrolling on: each new message starts a short scroll, and the next one (or the reply
// panel changing size) must not leave the view stranded part of the way down.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openGame, SMALL_PHONE, tap, waitForScene } from './browser.ts';
import { groupChatScenario } from './group-chat.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const settings = { 'rfc.settings': JSON.stringify({ lang: 'zh', textSize: 'standard', reducedMotion: false, sound: false, volume: 0.5, pacing: 'fast' }) };

const scenario = groupChatScenario('follow', [
  { messages: 10, reply: { id: 'c-go', zh: '继续说', en: 'Go on' } },
  { messages: 4, reply: { id: 'c-done', zh: '好的', en: 'OK' } },
]);

const chatState = (page: Page) => page.evaluate(() => {
  const chat = (window as any).__rfc.game.scene.getScene('Chat');
  return { atBottom: chat.view.isAtBottom(8) as boolean, unseen: chat.unseen as number, scrollY: chat.view.scrollY as number, max: chat.view.maxScroll as number };
});

describe('a chat at its newest message', () => {
  it('follows the reply and the answers that arrive after it, with smooth scrolling on', async () => {
    const { page, context, errors } = await openGame(browser, SMALL_PHONE, { storage: settings });
    await page.evaluate((data) => (window as any).__rfc.startCustom(data, 'g'), scenario);
    await waitForScene(page, ['Chat']);
    await page.waitForFunction(() => (window as any).__rfc.app.snapshot.choices.length > 0, undefined, { timeout: 60_000 });
    await page.waitForTimeout(1000);
    expect(await chatState(page)).toMatchObject({ atBottom: true, unseen: 0 });
    // Reply as a player does, then let the answers arrive at the game's fast pace.
    await tap(page, '继续说');
    await page.waitForFunction(() => (window as any).__rfc.app.snapshot.choices.some((c: { id: string }) => c.id === 'c-done'), undefined, { timeout: 60_000 });
    await page.waitForTimeout(1000);
    const state = await chatState(page);
    expect(state, JSON.stringify(state)).toMatchObject({ atBottom: true, unseen: 0 });
    expect(errors).toEqual([]);
    await context.close();
  });
});

// A tap must never be lost because the screen was updated just before it. Phaser hit-tests a new
// interactive object only from its next frame, so a row, bubble or button rebuilt as a message
// arrives swallows a tap released in between. These tests update the screen and tap in the same
// task, the worst case of a player tapping while messages flow at fast pacing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openGame, PHONE, tap, waitForScene } from './browser.ts';
import { groupChatScenario } from './group-chat.ts';
import { snapshot } from './driver.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const settings = { 'rfc.settings': JSON.stringify({ lang: 'zh', textSize: 'standard', reducedMotion: true, sound: false, volume: 0.5, pacing: 'realtime' }) };

/**
 * Runs `update` in the page, then at once presses and releases the mouse on the target labelled
 * `label`, where it is after the update, with no frame in between. Returns the scene then on top.
 */
async function tapRightAfter(page: Page, update: string, label: string | RegExp): Promise<void> {
  const found = await page.evaluate(({ update, label, pattern }) => {
    const rfc = (window as any).__rfc;
    new Function('rfc', update)(rfc);
    const match = (l: string) => (pattern ? new RegExp(label).test(l) : l === label);
    const target = rfc.targets().find((t: { label: string }) => match(t.label));
    if (!target) return false;
    const canvas = document.querySelector('#app canvas')!;
    const box = canvas.getBoundingClientRect();
    const at = { clientX: box.left + target.x / rfc.metrics.dpr, clientY: box.top + target.y / rfc.metrics.dpr, bubbles: true, cancelable: true, button: 0 };
    canvas.dispatchEvent(new MouseEvent('mousedown', { ...at, buttons: 1 }));
    canvas.dispatchEvent(new MouseEvent('mouseup', { ...at, buttons: 0 }));
    return true;
  }, { update, label: typeof label === 'string' ? label : label.source, pattern: typeof label !== 'string' });
  expect(found, `a target ${String(label)} after the update`).toBe(true);
}

/** Waits until someone is typing (so a skip delivers a message at once) and `label` is on screen. */
async function waitForTypingAnd(page: Page, label: string | RegExp) {
  await page.waitForFunction(({ label, pattern }) => {
    const rfc = (window as any).__rfc;
    const match = (l: string) => (pattern ? new RegExp(label).test(l) : l === label);
    return rfc.app.snapshot.typing !== null && rfc.targets().some((t: { label: string }) => match(t.label));
  }, { label: typeof label === 'string' ? label : label.source, pattern: typeof label !== 'string' }, { timeout: 30_000 });
}

const isActive = (page: Page, key: string) => page.evaluate((k) => (window as any).__rfc.game.scene.isActive(k), key);

describe('a tap right after the screen changed is not lost', () => {
  it('on the chat list, when a message arrives and the rows are redrawn and reordered', async () => {
    const { page, context, errors } = await openGame(browser, PHONE, { storage: settings });
    await tap(page, /暖心大叔/);
    await waitForScene(page, ['ChatList']);
    await waitForTypingAnd(page, '相亲相爱一家人');
    const before = (await snapshot(page))!.entries.length;
    await tapRightAfter(page, 'rfc.app.session.skip()', '相亲相爱一家人');
    // The skip did deliver messages, so the rows were drawn again before the tap.
    expect((await snapshot(page))!.entries.length).toBeGreaterThan(before);
    await waitForScene(page, ['Chat'], 3000);
    const open = await page.evaluate(() => (window as any).__rfc.app.conversation);
    const group = (await snapshot(page))!.conversations.find((c) => c.title.zh === '相亲相爱一家人')!;
    expect(open).toBe(group.id);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('in a chat, on a bubble\'s flag button and on "+", when a message arrives or typing stops', async () => {
    const { page, context, errors } = await openGame(browser, PHONE, { storage: settings });
    await tap(page, /暖心大叔/);
    await waitForScene(page, ['ChatList']);
    await tap(page, '相亲相爱一家人');
    await waitForScene(page, ['Chat']);
    await waitForTypingAnd(page, /^flag:/);
    const flag = (await page.evaluate(() => (window as any).__rfc.targets().find((t: { label: string }) => t.label.startsWith('flag:')).label)) as string;
    const before = (await snapshot(page))!.entries.length;
    await tapRightAfter(page, 'rfc.app.session.skip()', flag);
    expect((await snapshot(page))!.entries.length).toBeGreaterThan(before);
    await page.waitForFunction(() => (window as any).__rfc.game.scene.isActive('Flag'), undefined, { timeout: 3000 });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !(window as any).__rfc.game.scene.isActive('Flag'), undefined, { timeout: 3000 });

    // The input bar: typing stops as the skip delivers what was typed; "+" is pressed at once.
    const reply = (await snapshot(page))!.choices[0];
    if (reply) await tap(page, reply.text.zh);
    await waitForTypingAnd(page, '更多功能');
    await tapRightAfter(page, 'rfc.app.session.skip()', '更多功能');
    expect((await snapshot(page))!.typing).toBeNull();
    await page.waitForFunction(() => (window as any).__rfc.game.scene.isActive('Sheet'), undefined, { timeout: 3000 });
    expect(await isActive(page, 'Sheet')).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on "↓ new messages", when more messages arrive while the player reads further up', async () => {
    const { page, context, errors } = await openGame(browser, PHONE, { storage: settings });
    // A group chat long enough to scroll: 16 messages, a reply, then 8 more.
    const scenario = groupChatScenario('taps-pill', [
      { messages: 16, reply: { id: 'c-go', zh: '继续', en: 'Go on' } },
      { messages: 8, reply: { id: 'c-done', zh: '好的', en: 'OK' } },
    ]);
    await page.evaluate((data) => (window as any).__rfc.startCustom(data, 'g'), scenario);
    await waitForScene(page, ['Chat']);
    // The first 16 at once, then the reply; scrolled to the top, the next ones arrive unseen.
    await page.waitForFunction(() => { const rfc = (window as any).__rfc; rfc.app.session.skip(); return rfc.app.snapshot.choices.length > 0; }, undefined, { timeout: 30_000 });
    await page.evaluate(() => (window as any).__rfc.game.scene.getScene('Chat').view.scrollTo(0));
    await page.evaluate(() => (window as any).__rfc.app.act({ type: 'choose', choice: 'c-go' }));
    await waitForTypingAnd(page, /^↓ /);
    const unseenBefore = await page.evaluate(() => (window as any).__rfc.game.scene.getScene('Chat').unseen as number);
    await tapRightAfter(page, 'rfc.app.session.skip()', /^↓ /);
    await page.waitForFunction(() => (window as any).__rfc.game.scene.getScene('Chat').unseen === 0, undefined, { timeout: 3000 });
    expect(unseenBefore).toBeGreaterThan(0);
    // The tap scrolled to the newest message and the pill went away.
    await page.waitForFunction(() => { const chat = (window as any).__rfc.game.scene.getScene('Chat'); return chat.view.isAtBottom(8) && chat.pill === null; }, undefined, { timeout: 3000 });
    expect(errors).toEqual([]);
    await context.close();
  });
});

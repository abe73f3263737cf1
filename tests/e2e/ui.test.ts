// The game as a player meets it in Chromium: touch play on the canvas, flags, the transfer flow,
// resume after a reload, language switch, layouts, and no leaks when leaving chats.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { KIOSK, launch, openGame, PHONE, SMALL_PHONE, DESKTOP, scene, tap, targets, waitForScene } from './browser.ts';
import { press, snapshot } from './driver.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const settings = (over: Record<string, unknown> = {}) => ({ 'rfc.settings': JSON.stringify({ lang: 'zh', textSize: 'standard', reducedMotion: true, sound: false, volume: 0.5, pacing: 'instant', ...over }) });

async function counts(page: Page) {
  return page.evaluate(() => {
    const w = window as any;
    const count = (list: any[]): number => list.reduce((n, o) => n + 1 + (o.list ? count(o.list) : 0), 0);
    const scenes = w.__rfc.game.scene.getScenes(true);
    return {
      objects: scenes.reduce((n: number, s: any) => n + count(s.children.list), 0),
      textures: w.__rfc.game.textures.getTextureKeys().length,
      listeners: w.__rfc.app.listeners.size,
      inputListeners: scenes.reduce((n: number, s: any) => n + s.input.listenerCount('pointerdown'), 0),
    };
  });
}

describe('playing with touch on the canvas', () => {
  it('replies, flags a message with feedback, transfers through keypad, PIN and risk prompt, and reaches the debrief', async () => {
    const { page, context, errors } = await openGame(browser, PHONE, { storage: settings() });
    await tap(page, /迷你测试骗局|暖心大叔/);
    await waitForScene(page, ['ChatList']);
    // warm-uncle: the family group first.
    await tap(page, '相亲相爱一家人');
    await waitForScene(page, ['Chat']);
    const reply = (await snapshot(page))!.choices[0]!;
    await tap(page, reply.text.zh);
    expect((await snapshot(page))!.entries.some((e) => e.choice === reply.id)).toBe(true);
    // Back to the list and into the uncle's chat.
    await tap(page, '‹ 微信');
    await waitForScene(page, ['ChatList']);
    const uncleChat = (await snapshot(page))!.conversations.find((c) => c.kind === 'private')!;
    await tap(page, uncleChat.title.zh);
    await waitForScene(page, ['Chat']);
    // Flag the first message from the uncle: the flag button, then the red flag.
    const first = (await snapshot(page))!.entries.find((e) => e.conversation === uncleChat.id && e.from !== 'system')!;
    await tap(page, `flag:${first.message}`);
    await waitForScene(page, ['Chat']);
    await tap(page, '陌生人主动搭讪');
    await page.waitForTimeout(300);
    expect((await snapshot(page))!.flagged).toEqual([{ message: first.message, flag: 'unsolicited-contact' }]);
    expect((await snapshot(page))!.feedback?.result).toBe('correct');
    // Block from the safety tools: the scam ends as reported.
    await tap(page, '安全工具');
    await tap(page, /^拉黑/);
    for (let i = 0; i < 40 && (await snapshot(page))!.status !== 'ended'; i++) await page.waitForTimeout(100);
    expect((await snapshot(page))!.ending?.outcome).toBe('reported');
    await tap(page, /查看复盘/);
    await waitForScene(page, ['Debrief']);
    await page.screenshot({ path: '.scratch/debrief.png' });
    // A screen reader gets the same debrief in words: outcome, score, every red flag with its explanation, the script.
    const debrief = await page.evaluate(() => (window as any).__rfc.app.session.debrief());
    const words = page.locator('#a11y-debrief');
    await expect.poll(() => words.isHidden()).toBe(false);
    const read = (await words.textContent())!;
    expect(read).toContain(debrief.outcome.title.zh);
    expect(read).toContain(`${debrief.score.total}/100`);
    expect(debrief.flags.length).toBeGreaterThan(0);
    for (const flag of debrief.flags) expect(read).toContain(flag.explanation.zh);
    for (const stage of debrief.stages.filter((s: any) => s.script)) expect(read).toContain(stage.script.zh);
    expect(await page.locator('#a11y-debrief h3').count()).toBeGreaterThanOrEqual(4);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('pays through the transfer flow: amount keypad, six-digit PIN, risk prompt', async () => {
    const { page, context, errors } = await openGame(browser, PHONE, { storage: settings() });
    // Drive to the first money request with the accessible layer, then pay on the canvas.
    const ids = await page.evaluate(() => (window as any).__rfc.app.scenarios.map((s: any) => s.id));
    expect(ids).toContain('warm-uncle');
    await page.evaluate(() => (window as any).__rfc.startCase('warm-uncle', 'practice', 'pay'));
    await waitForScene(page, ['ChatList']);
    for (let step = 0; step < 30 && !(await snapshot(page))!.transferTo.length; step++) {
      const snap = (await snapshot(page))!;
      const pick = snap.choices.find((c) => /怎么弄|好|行|看|刚|回/.test(c.text.zh)) ?? snap.choices[0];
      if (pick) await page.evaluate((id) => (window as any).__rfc.app.act({ type: 'choose', choice: id }), pick.id);
      await page.waitForTimeout(100);
    }
    const ask = (await snapshot(page))!.transferTo[0]!;
    const conv = (await snapshot(page))!.conversations.find((c) => c.kind === 'private' && c.members[0] === ask.contact)!;
    await page.evaluate((id) => { (window as any).__rfc.app.openConversation(id); (window as any).__rfc.goTo('Chat'); }, conv.id);
    await waitForScene(page, ['Chat']);
    const before = (await snapshot(page))!.balance;
    await tap(page, '更多功能');
    await tap(page, /转账$/);
    await page.waitForTimeout(300);
    expect((await targets(page)).some((t) => t.label === '转账')).toBe(true);
    await tap(page, '转账');
    for (const digit of '123456') await tap(page, digit);
    await tap(page, '继续转账');
    await page.waitForTimeout(500);
    const after = (await snapshot(page))!;
    expect(after.balance).toBe(before - ask.amount!);
    expect(after.entries.some((e) => e.from === 'player' && e.kind === 'transfer' && e.amount === ask.amount)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('resume, language and settings', () => {
  it('a reload mid-typing continues exactly where the player was', async () => {
    const { page, context, errors } = await openGame(browser, PHONE, { storage: settings({ pacing: 'realtime' }) });
    await page.evaluate(() => (window as any).__rfc.startCase('warm-uncle', 'practice', 'resume'));
    await page.waitForFunction(() => (window as any).__rfc.app.snapshot?.typing !== null, undefined, { timeout: 20_000 });
    const before = (await snapshot(page))!;
    await page.reload();
    await waitForScene(page, ['ChatList', 'Chat']);
    const after = (await snapshot(page))!;
    expect(after.entries.map((e) => e.key)).toEqual(before.entries.slice(0, after.entries.length).map((e) => e.key));
    expect(after.scenarioId).toBe('warm-uncle');
    // And it keeps going: the typed message arrives.
    await page.waitForFunction((n) => (window as any).__rfc.app.snapshot.entries.length > n, before.entries.length, { timeout: 20_000 });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a damaged save is discarded with a notice, never a crash', async () => {
    const { page, context, errors } = await openGame(browser, PHONE, { storage: { ...settings(), 'rfc.game': '{"session": {"format": "red-flag-chat/save", "version": 1, "scenarioId": "warm-uncle", "state": 42}}' } });
    expect(await scene(page)).toBe('Home');
    expect(await page.evaluate(() => localStorage.getItem('rfc.game'))).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('switches language at any time, in the middle of a chat', async () => {
    const { page, context } = await openGame(browser, PHONE, { storage: settings() });
    await page.evaluate(() => (window as any).__rfc.startCase('warm-uncle', 'practice', 'lang'));
    await waitForScene(page, ['ChatList']);
    expect((await targets(page)).some((t) => t.label === '相亲相爱一家人')).toBe(true);
    await press(page, 'English');
    await page.waitForFunction(() => (window as any).__rfc.targets().some((t: any) => t.label === 'Family 🏠' || /Family/.test(t.label)), undefined, { timeout: 10_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await context.close();
  });
});

describe('layouts', () => {
  for (const [name, viewport] of [['phone 360×640', SMALL_PHONE], ['phone 390×844', PHONE], ['desktop', DESKTOP], ['kiosk 1080×1920', KIOSK]] as const) {
    it(`${name}: every tappable target is at least 44 CSS px and on screen`, async () => {
      const { page, context, errors } = await openGame(browser, viewport, { storage: settings() });
      await page.screenshot({ path: `.scratch/layout-${name.split(' ')[0]}-home.png` });
      const dpr = await page.evaluate(() => (window as any).__rfc.metrics.dpr);
      const size = await page.evaluate(() => ({ w: (window as any).__rfc.metrics.width, h: (window as any).__rfc.metrics.height }));
      for (const t of await targets(page)) {
        expect(Math.min(t.width, t.height) / dpr, t.label).toBeGreaterThanOrEqual(43.5);
        expect(t.x).toBeGreaterThanOrEqual(0);
        expect(t.x).toBeLessThanOrEqual(size.w);
      }
      await page.evaluate(async () => { await (window as any).__rfc.startCase('warm-uncle', 'practice', 'layout'); (window as any).__rfc.app.openConversation('family'); await (window as any).__rfc.goTo('Chat'); });
      await waitForScene(page, ['Chat']);
      await page.waitForTimeout(500);
      await page.screenshot({ path: `.scratch/layout-${name.split(' ')[0]}-chat.png` });
      for (const t of await targets(page)) {
        if (t.label.startsWith('message:')) continue; // the bubble itself: its size is its text
        expect(Math.min(t.width, t.height) / dpr, t.label).toBeGreaterThanOrEqual(43.5);
        expect(t.x + t.width / 2, t.label).toBeLessThanOrEqual(size.w + 1);
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe('long play', () => {
  it('leaves no objects, textures or listeners behind when leaving chats and restarting', async () => {
    const { page, context } = await openGame(browser, PHONE, { storage: settings() });
    const cycle = async (i: number) => {
      await page.evaluate((seed) => (window as any).__rfc.startCase('warm-uncle', 'practice', seed), `leak-${i % 2}`);
      await waitForScene(page, ['ChatList']);
      await page.evaluate(() => { (window as any).__rfc.app.openConversation('family'); (window as any).__rfc.goTo('Chat'); });
      await waitForScene(page, ['Chat']);
      await page.evaluate(() => { (window as any).__rfc.app.close(); (window as any).__rfc.goTo('Home'); });
      await waitForScene(page, ['Home']);
      // The cards below the fold are built a few per frame after the first one: count a whole Home.
      await page.waitForFunction(() => (window as any).__rfc.game.scene.getScene('Home').building === false);
      await page.waitForTimeout(100);
    };
    // Counted once nothing changes any more: a toast still fading, or Home redrawn for font pieces
    // that arrived late (slow on a loaded machine), would otherwise be counted half-way.
    const settledCounts = async () => {
      let last = await counts(page);
      for (let attempt = 0; attempt < 40; attempt++) {
        await page.waitForTimeout(250);
        await page.waitForFunction(() => (window as any).__rfc.game.scene.getScene('Home').building === false);
        const now = await counts(page);
        if (JSON.stringify(now) === JSON.stringify(last)) return now;
        last = now;
      }
      throw new Error(`the counts never settled: ${JSON.stringify(last)}`);
    };
    for (let i = 0; i < 3; i++) await cycle(i);
    const early = await settledCounts();
    for (let i = 3; i < 15; i++) await cycle(i);
    const late = await settledCounts();
    expect(late.objects).toBe(early.objects);
    expect(late.listeners).toBe(early.listeners);
    expect(late.inputListeners).toBe(early.inputListeners);
    expect(late.textures).toBeLessThanOrEqual(early.textures);
    await context.close();
  });
});

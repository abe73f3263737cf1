// Screenshot comparisons of the main screens at phone size (390×844 @2x) and kiosk size
// (1080×1920), in Chinese and a few in English, against baselines in tests/e2e/screens/.
// One play per size and language: a fixed seed, instant pacing, a frozen clock and reduced motion,
// so every run draws the same pixels. See tests/e2e/screens/README.md to update the baselines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { act, KIOSK, launch, PHONE, tap, targets, type Viewport } from './browser.ts';
import { expectScreen, openDeterministic, UPDATING } from './screenshots.ts';

type Screen = 'home' | 'chat-list' | 'chat' | 'flag-sheet' | 'transfer-keypad' | 'debrief' | 'settings';

interface Group { name: string; viewport: Viewport; lang: 'zh' | 'en'; scale: 'css' | 'device'; screens: Screen[] }

const GROUPS: Group[] = [
  { name: 'phone-zh', viewport: PHONE, lang: 'zh', scale: 'css', screens: ['home', 'chat-list', 'chat', 'flag-sheet', 'transfer-keypad', 'debrief', 'settings'] },
  { name: 'kiosk-zh', viewport: KIOSK, lang: 'zh', scale: 'device', screens: ['home', 'chat', 'flag-sheet', 'debrief'] },
  { name: 'phone-en', viewport: PHONE, lang: 'en', scale: 'css', screens: ['home', 'chat', 'flag-sheet', 'debrief'] },
];

// Phone shots are stored at CSS size (390×844): layout, wrapping, clipping and colours show as
// well as at 2x, at a third of the bytes. One stays at device pixels (780×1688) to catch a
// regression in high-DPI rendering (blurry text would not show once scaled down).
const DEVICE_PIXELS = ['phone-zh-chat'];

// task-rebate, seed "shots": six replies in, the recruiter's chat holds screenshots, a red packet,
// a transfer card and a link card, the richest mix of message kinds in the casebook.
const SCENARIO = 'task-rebate';
const SEED = 'shots';
const REPLIES = ['c-lunch-ok', 'c-hr-how', 'c-hs-office', 'c-ft-done', 'c-p1-done', 'c-co-address'];
const CHAT = 'hr';

type Rfc = { __rfc: any };

async function overlayActive(page: Page, key: string) {
  await page.waitForFunction((k) => (window as unknown as Rfc).__rfc.game.scene.isActive(k), key, { timeout: 10_000 });
}

async function overlayGone(page: Page, key: string) {
  await page.waitForFunction((k) => !(window as unknown as Rfc).__rfc.game.scene.isActive(k), key, { timeout: 10_000 });
}

/** Brings the game to a screen; the play carries on from screen to screen in the order of Screen. */
const reach: Record<Screen, (page: Page, lang: 'zh' | 'en') => Promise<string>> = {
  home: async () => 'Home',
  'chat-list': async (page) => {
    if (await page.evaluate(() => (window as unknown as Rfc).__rfc.app.snapshot === null)) await startPlay(page);
    await page.evaluate(async () => { const { app, goTo } = (window as unknown as Rfc).__rfc; app.openConversation(null); await goTo('ChatList'); });
    return 'ChatList';
  },
  chat: async (page) => {
    if (await page.evaluate(() => (window as unknown as Rfc).__rfc.app.snapshot === null)) await startPlay(page);
    await page.evaluate(async (id) => { const { app, goTo } = (window as unknown as Rfc).__rfc; app.openConversation(id); await goTo('Chat'); }, CHAT);
    return 'Chat';
  },
  'flag-sheet': async (page) => {
    // The flag button of the lowest message on screen, as a player would tap it.
    const flags = (await targets(page)).filter((t) => t.label.startsWith('flag:'));
    expect(flags.length, 'flag buttons on the chat screen').toBeGreaterThan(0);
    const lowest = flags.reduce((a, b) => (b.y > a.y ? b : a));
    await tapNow(page, lowest.label);
    await overlayActive(page, 'Flag');
    return 'Chat';
  },
  'transfer-keypad': async (page, lang) => {
    await closeOverlay(page, 'Flag', lang);
    await tapNow(page, lang === 'zh' ? '更多功能' : 'More');
    await tapNow(page, lang === 'zh' ? /转账$/ : /Transfer$/);
    await overlayActive(page, 'Transfer');
    for (const digit of '520') {
      // Each key press rebuilds the keypad, and Phaser makes new buttons tappable only on its next
      // frame: tapNow waits for frames first (a slow machine would otherwise drop the tap).
      await tapNow(page, digit);
    }
    return 'Chat';
  },
  debrief: async (page, lang) => {
    await closeOverlay(page, 'Flag', lang);
    await closeOverlay(page, 'Transfer', lang);
    // One red flag spotted, the rest missed: the timeline shows both.
    const flag = await page.evaluate((conversation) => {
      const { app } = (window as unknown as Rfc).__rfc;
      for (const entry of app.snapshot.entries) {
        const flags = entry.conversation === conversation && entry.message ? app.current.messages.get(entry.message)?.def.flags : undefined;
        if (flags?.length) return { message: entry.message as string, flag: flags[0] as string };
      }
      return null;
    }, CHAT);
    if (!flag) throw new Error(`no message carrying a red flag in ${CHAT}`);
    await act(page, { type: 'flag', ...flag });
    await act(page, { type: 'block', contact: CHAT });
    await page.waitForFunction(() => (window as unknown as Rfc).__rfc.app.snapshot?.status === 'ended', undefined, { timeout: 10_000 });
    await page.evaluate(async () => { await (window as unknown as Rfc).__rfc.goTo('Debrief'); });
    return 'Debrief';
  },
  settings: async (page) => {
    await page.evaluate(async () => { await (window as unknown as Rfc).__rfc.goTo('Settings'); });
    return 'Settings';
  },
};

/** Three animation frames: Phaser has handled the last input and stepped at least once since. */
async function nextFrames(page: Page) {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => resolve())))));
}

/** Taps once the game has drawn a frame since the last change (see the keypad above). */
async function tapNow(page: Page, label: string | RegExp) {
  await nextFrames(page);
  await tap(page, label);
}

async function startPlay(page: Page) {
  await page.evaluate(async ({ id, seed }) => { await (window as unknown as Rfc).__rfc.startCase(id, 'practice', seed); }, { id: SCENARIO, seed: SEED });
  for (const choice of REPLIES) await act(page, { type: 'choose', choice });
}

async function closeOverlay(page: Page, key: string, lang: 'zh' | 'en') {
  if (!(await page.evaluate((k) => (window as unknown as Rfc).__rfc.game.scene.isActive(k), key))) return;
  // The cancel button, not Escape: Escape also reaches the chat underneath, which goes back.
  await tapNow(page, key === 'Flag' ? (lang === 'zh' ? '取消' : 'Cancel') : (lang === 'zh' ? '✕ 取消' : '✕ Cancel'));
  await overlayGone(page, key);
}

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

describe.each(GROUPS)('$name', ({ name, viewport, lang, scale, screens }) => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  beforeAll(async () => { ({ context, page, errors } = await openDeterministic(browser, viewport, { lang })); });
  afterAll(async () => {
    await context?.close();
  });

  it.each(screens)(`%s${UPDATING ? ' (updating the baseline)' : ''}`, async (screen) => {
    const scene = await reach[screen](page, lang);
    const result = await expectScreen(page, scene, `${name}-${screen}`, { scale: DEVICE_PIXELS.includes(`${name}-${screen}`) ? 'device' : scale });
    console.log(`${result.name}: ${result.width}×${result.height}, ${(result.diffShare * 100).toFixed(3)}% differ${result.updated ? ' (baseline written)' : ''}`);
    expect(errors).toEqual([]);
  });
});

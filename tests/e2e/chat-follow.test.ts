// A chat scrolled to its newest message stays there as replies are sent and answers arrive, with
// smooth scrolling on: each new message starts a short scroll, and the next one (or the reply
// panel changing size) must not leave the view stranded part of the way down.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openGame, SMALL_PHONE, tap, waitForScene } from './browser.ts';
import { loadScenario } from '../../src/engine/index.ts';
import { readCatalogue } from '../../scripts/lib/content-files.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const settings = { 'rfc.settings': JSON.stringify({ lang: 'zh', textSize: 'standard', reducedMotion: false, sound: false, volume: 0.5, pacing: 'fast' }) };

const message = (id: string, i: number) => `      - {id: ${id}${i}, kind: text, from: ${i % 2 ? 'a' : 'b'}, text: {zh: "第${i}条消息，说一说今天的安排。", en: "Message ${i} about today's plans."}}`;
const yaml = [
  'id: follow', 'title: {zh: 跟随, en: Follow}', 'summary: {zh: 测试。, en: A test.}', 'scamType: genuine', 'difficulty: easy', 'minutes: 1', 'wallet: 100',
  'variants: {n: [1, 2]}', 'contacts:', '  a: {name: {zh: 小王, en: Wang}, role: genuine, avatar: {color: "#3A7BD5", glyph: 王}}',
  '  b: {name: {zh: 小李, en: Li}, role: genuine, avatar: {color: "#D5803A", glyph: 李}}',
  'conversations:', '  g: {kind: group, title: {zh: 测试群, en: Test group}, members: [a, b]}', 'start: first', 'nodes:',
  '  first:', '    in: g', '    messages:', ...Array.from({ length: 10 }, (_, i) => message('m', i)),
  '    choices:', '      - {id: c-go, text: {zh: 继续说, en: Go on}, goto: second}',
  '  second:', '    in: g', '    messages:', ...Array.from({ length: 4 }, (_, i) => message('n', i)),
  '    choices:', '      - {id: c-done, text: {zh: 好的, en: OK}, goto: end}',
  '  end:', '    messages: []', '    ending: done',
  'endings:', '  done: {outcome: resolved, title: {zh: 结束, en: Done}, debrief: {zh: 结束了。, en: The end.}}',
].join('\n');

const chatState = (page: Page) => page.evaluate(() => {
  const chat = (window as any).__rfc.game.scene.getScene('Chat');
  return { atBottom: chat.view.isAtBottom(8) as boolean, unseen: chat.unseen as number, scrollY: chat.view.scrollY as number, max: chat.view.maxScroll as number };
});

describe('a chat at its newest message', () => {
  it('follows the reply and the answers that arrive after it, with smooth scrolling on', async () => {
    const { page, context, errors } = await openGame(browser, SMALL_PHONE, { storage: settings });
    const scenario = loadScenario(yaml, 'follow.yaml', readCatalogue()).scenario;
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

// After a case ends: back from the debrief shows the chat list, where every chat can be re-read
// (read-only) and the debrief is one tap away; the accessible layer's debrief offers the canvas's
// buttons, and its chat log flags only what the canvas lets a player flag.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { exploreScenario, type SessionSnapshot } from '../../src/engine/index.ts';
import { readCatalogue, readScenarios, scenarioFiles } from '../../scripts/lib/content-files.ts';
import { launch, openGame, PHONE, scene, tap, targets, waitForScene } from './browser.ts';
import { playStep, press, snapshot } from './driver.ts';

const settings = { 'rfc.settings': JSON.stringify({ lang: 'zh', textSize: 'standard', reducedMotion: true, sound: false, volume: 0.5, pacing: 'instant' }) };
const model = readScenarios(scenarioFiles(), readCatalogue()).models.find((m) => m.scenario.id === 'warm-uncle')!;
// Two steps: a reply in the family group, then the uncle blocked (which leaves his chat open).
const route = exploreScenario(model).routes.reported!;

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/** Plays warm-uncle to its end through the accessible layer; the uncle's chat is open as it ends. */
async function playToEnd(page: Page): Promise<SessionSnapshot> {
  await press(page, /^暖心大叔/);
  await waitForScene(page, ['ChatList']);
  for (const step of route) await playStep(page, 'zh', step);
  await page.waitForFunction(() => (window as any).__rfc.app.snapshot?.status === 'ended', undefined, { timeout: 10_000 });
  await waitForScene(page, ['Chat']);
  return (await snapshot(page))!;
}

const uncleChat = (snap: SessionSnapshot) => snap.conversations.find((c) => c.kind === 'private' && c.members.includes('uncle'))!;

describe('after the end of a case', () => {
  it('back from the debrief shows the chat list; its chats can be re-read, and the debrief and Home are a tap away', async () => {
    const { page, context, errors } = await openGame(browser, PHONE, { storage: settings });
    const ended = await playToEnd(page);
    // Leaving a chat that has just ended shows the debrief first.
    await tap(page, '‹ 微信');
    await waitForScene(page, ['Debrief']);

    // Back from the debrief: the chat list, and it stays.
    await tap(page, '‹ 微信');
    await waitForScene(page, ['ChatList']);
    await page.waitForTimeout(500);
    expect(await scene(page)).toBe('ChatList');

    // A chat of the finished case: its messages, and no replies (the input bar says it is over).
    const chat = uncleChat(ended);
    await tap(page, chat.title.zh);
    await waitForScene(page, ['Chat']);
    const lastBubble = [...ended.entries].reverse().find((e) => e.conversation === chat.id && e.kind !== 'system' && e.kind !== 'recall' && !e.recalled)!;
    const labels = (await targets(page)).map((t) => t.label);
    expect(labels).toContain(`message:${lastBubble.message ?? lastBubble.key}`);
    expect(labels).toContain('聊天已结束 · 查看复盘');
    expect(labels).not.toContain('更多功能');
    expect((await snapshot(page))!.choices).toEqual([]);

    // Back to the list (not the debrief), then to the debrief again, and Home from the list.
    await tap(page, '‹ 微信');
    await waitForScene(page, ['ChatList']);
    await page.waitForTimeout(500);
    expect(await scene(page)).toBe('ChatList');
    await tap(page, '查看复盘');
    await waitForScene(page, ['Debrief']);
    await tap(page, '‹ 微信');
    await waitForScene(page, ['ChatList']);
    await tap(page, '‹ 主页');
    await waitForScene(page, ['Home']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the accessible debrief offers next case and the result card; system lines have no flag button', async () => {
    const { page, context, errors } = await openGame(browser, PHONE, { storage: settings });
    const ended = await playToEnd(page);

    // The uncle's chat in the log: his messages can be flagged, system lines (added, blocked) cannot.
    const chat = uncleChat(ended);
    const entries = ended.entries.filter((e) => e.conversation === chat.id);
    expect(entries.some((e) => e.kind === 'system')).toBe(true);
    const flagButtons = (key: string) => page.locator(`#a11y-log li[data-key="${key}"]`).getByRole('button', { name: /^标记可疑: / }).count();
    for (const entry of entries) {
      const canvasFlags = entry.from !== 'player' && entry.kind !== 'system' && entry.kind !== 'recall' && !entry.recalled;
      expect(await flagButtons(entry.key), `${entry.kind} ${entry.key}`).toBe(canvasFlags ? 1 : 0);
    }

    await press(page, /^查看复盘/);
    await waitForScene(page, ['Debrief']);
    const controls = page.locator('#a11y-controls');
    for (const name of ['再玩一次', '下一个案例', '保存成绩卡', '主页']) expect(await controls.getByRole('button', { name, exact: true }).count(), name).toBe(1);

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), press(page, '保存成绩卡')]);
    expect(download.suggestedFilename()).toMatch(/^red-flag-chat-warm-uncle-\d+\.png$/);

    const next = await page.evaluate(() => {
      const { app } = (window as any).__rfc;
      const ids = app.scenarios.map((s: { id: string }) => s.id);
      return ids[(ids.indexOf('warm-uncle') + 1) % ids.length] as string;
    });
    await press(page, '下一个案例');
    await page.waitForFunction((id) => (window as any).__rfc.app.snapshot?.scenarioId === id, next, { timeout: 10_000 });
    await waitForScene(page, ['ChatList']);
    expect(errors).toEqual([]);
    await context.close();
  });
});

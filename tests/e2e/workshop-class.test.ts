// A whole class in one Chromium: the trainer's dashboard (/host) on a projector-sized screen and
// three participants on phones, against the real workshop server (the built game, a SQLite file in
// a temp folder, real sockets). The trainer creates the room by clicking the page's controls, the
// phones join from the link the page shows, the trainer starts, pauses and resumes from the page,
// the phones play to an ending in different ways (one pays the scammer, one flags red flags, one
// walks away), the dashboard's counters are checked against the server's report and against the
// phones' own debriefs, and the trainer ends the session: the phones say so and the PIN is dead.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Debrief, SessionSnapshot } from '../../src/engine/index.ts';
import { ws } from '../../src/game/workshop/strings.ts';
import { startWorkshopServer, type WorkshopServer } from '../../src/server/server.ts';
import type { ReportData, ScenarioInfo } from '../../src/workshop/protocol.ts';
import { DESKTOP, launch, PHONE, tap, waitForScene } from './browser.ts';
import { press, snapshot } from './driver.ts';
import { escapeRegExp, GENEROUS_LIMITS, openPhone, reply, until, waitView, workshop, type Player } from './workshop-phones.ts';

// The shortest scam case a trainer can pick (4 minutes): the genuine one (old-classmate) is
// shorter but has no red flags and no scammer to pay, so the counters would have nothing to show.
const SCENARIO = 'game-trade';
const MODE_LABEL = '练习（每标一次就有反馈）';
const SHOTS = '.scratch/workshop-class';
// A phone's viewport, drawn at one device pixel per CSS pixel: four software-rendered pages share
// two loaded cores here, and the 2× canvas makes every step of play about 2.5 times slower.
const SCREEN = { ...PHONE, dpr: 1 };

let browser: Browser;
let server: WorkshopServer;
let dataDir: string;
let hostContext: BrowserContext;
let host: Page;
const hostErrors: string[] = [];
const confirms: string[] = [];
let scenario: ScenarioInfo;
let pin = '';
let joinUrl = '';

/** How each phone plays: who pays what is asked, who flags messages, which reply it takes. */
interface Style { pays: boolean; flags: number; order: 'first' | 'last' }
const phones: { player: Player; nickname: string; style: Style }[] = [];

beforeAll(async () => {
  browser = await launch();
  dataDir = mkdtempSync(join(tmpdir(), 'workshop-class-e2e-'));
  server = await startWorkshopServer({ port: 0, dataDir, staticDir: inject('distDir'), log: () => undefined, limits: GENEROUS_LIMITS });
  scenario = ((await (await fetch(`${server.url}/api/scenarios`)).json()) as { scenarios: ScenarioInfo[] }).scenarios.find((s) => s.id === SCENARIO)!;
  hostContext = await browser.newContext({ viewport: { width: DESKTOP.width, height: DESKTOP.height }, locale: 'zh-CN' });
  host = await hostContext.newPage();
  host.on('pageerror', (e) => hostErrors.push(String(e)));
  host.on('console', (m) => { if (m.type() === 'error') hostErrors.push(m.text()); });
  host.on('dialog', (dialog) => { confirms.push(dialog.message()); void dialog.accept(); });
});

afterAll(async () => {
  for (const { player } of phones) await player.context.close().catch(() => undefined);
  await hostContext?.close().catch(() => undefined);
  await browser?.close();
  await server?.close().catch(() => undefined);
  rmSync(dataDir, { recursive: true, force: true });
});

// ---- the host page, read as the trainer sees it -----------------------------------------------

const counter = async (label: string) => (await host.locator('.counter', { hasText: label }).locator('.value').textContent())!.trim();
const yuan = (shown: string) => Number(shown.replace(/[¥,]/g, ''));

/** Each red flag bar on the live dashboard: its name → "spotted / seen". */
async function flagBars(): Promise<Record<string, string>> {
  const rows = await host.locator('.flags .bars li').evaluateAll((lis) => lis.map((li) => [li.querySelector('.bar-label')!.textContent!, li.querySelector('.bar-value')!.textContent!]));
  return Object.fromEntries(rows);
}

async function report(): Promise<ReportData> {
  // The token the page was given when it created the room (it keeps it to come back after a reload).
  const session = JSON.parse((await host.evaluate(() => localStorage.getItem('rfc-host-session')))!) as { roomId: string; hostToken: string };
  const response = await fetch(`${server.url}/api/rooms/${session.roomId}/report.json`, { headers: { authorization: `Bearer ${session.hostToken}` } });
  expect(response.status).toBe(200);
  return response.json() as Promise<ReportData>;
}

// ---- the phones, played through the accessible layer ------------------------------------------

const debriefOf = (page: Page) => page.evaluate(() => (window as unknown as { __rfc: { app: { session: { debrief(): Debrief } } } }).__rfc.app.session.debrief());

/** A message on screen that shows a red flag this phone has not flagged yet, with that flag. */
function flaggable(page: Page, done: string[]) {
  return page.evaluate((skip) => {
    const { app } = (window as unknown as { __rfc: { app: { snapshot: SessionSnapshot; current: { messages: ReadonlyMap<string, { flags: string[] }> } } } }).__rfc;
    for (const e of app.snapshot.entries) {
      if (!e.message || e.from === 'player' || e.recalled || skip.includes(e.message)) continue;
      const flag = app.current.messages.get(e.message)?.flags[0];
      if (flag) return { key: e.key, message: e.message, flag, conversation: e.conversation };
    }
    return null;
  }, done);
}

/** Opens the message's chat, presses its own "flag" button, then the red flag's name. */
async function flag(p: Player, target: { key: string; message: string; flag: string; conversation: string }) {
  const snap = (await snapshot(p.page))!;
  const title = snap.conversations.find((c) => c.id === target.conversation)!.title[p.lang];
  await press(p.page, new RegExp(`^${p.lang === 'zh' ? '微信' : 'Chats'}：${escapeRegExp(title)}( \\(\\d+\\))?$`));
  const button = p.page.locator(`#a11y li[data-key="${target.key}"]`).getByRole('button', { name: p.lang === 'zh' ? /^标记可疑: / : /^Flag as suspicious: / });
  await button.focus();
  await p.page.keyboard.press('Enter');
  const name = await p.page.evaluate((id) => (window as unknown as { __rfc: { app: { catalogue: { flags: { id: string; name: Record<string, string> }[] } } } }).__rfc.app.catalogue.flags.find((f) => f.id === id)!.name, target.flag);
  await press(p.page, name[p.lang]!);
  await until(`${p.name}'s flag to be taken`, () => snapshot(p.page), (s) => s!.flagged.some((f) => f.message === target.message));
}

/** Pays what the first payee asks (as much as the wallet holds), through the transfer dialog. */
async function pay(p: Player, snap: SessionSnapshot) {
  const payee = snap.transferTo[0]!;
  const name = snap.contacts.find((c) => c.id === payee.contact)!.name[p.lang];
  const amount = Math.min(payee.amount ?? 100, snap.balance);
  await press(p.page, p.lang === 'zh' ? `转账给 ${name}` : `Transfer to ${name}`);
  await p.page.locator('#a11y-dialog input').fill(String(amount));
  await press(p.page, p.lang === 'zh' ? '继续转账' : 'Pay anyway');
  await until(`${p.name}'s payment to be taken`, () => snapshot(p.page), (s) => s!.balance < snap.balance);
}

/** Plays to an ending in this phone's style; a reply not taken before, so it never goes round a loop. */
async function playThrough(p: Player, style: Style) {
  const tried = new Set<string>();
  const flagged: string[] = [];
  for (let step = 0; step < 80; step++) {
    const snap = (await until(`${p.name} to have something to do`, () => snapshot(p.page),
      (s) => s !== null && !s.paused && (s.status === 'ended' || s.choices.length > 0 || (style.pays && s.transferTo.length > 0)), 60_000))!;
    if (snap.status === 'ended') return;
    if (flagged.length < style.flags) {
      const target = await flaggable(p.page, flagged);
      if (target) { flagged.push(target.message); await flag(p, target); continue; }
    }
    if (style.pays && snap.transferTo.length) { await pay(p, snap); continue; }
    const ids = snap.choices.map((c) => c.id);
    const order = style.order === 'last' ? ids.reverse() : ids;
    const choice = order.find((id) => !tried.has(id)) ?? order[0]!;
    tried.add(choice);
    await reply(p, () => choice);
  }
  throw new Error(`${p.name}'s play did not end`);
}

describe('a class: the trainer\'s page and three phones in one browser', { timeout: 240_000 }, () => {
  it('creates a room from the page: one short case, practice mode; the PIN, QR code and link shown', async () => {
    await host.goto(`${server.url}/host`);
    const ours = host.getByRole('checkbox', { name: new RegExp(escapeRegExp(scenario.title.zh)) });
    await ours.waitFor();
    // The case's length as the trainer reads it on the page.
    expect(await host.locator('.case', { hasText: scenario.title.zh }).locator('.case-meta').textContent()).toContain(`${scenario.minutes} 分钟`);
    if (!(await ours.isChecked())) await ours.click();
    await expect.poll(() => ours.isChecked()).toBe(true);
    const boxes = host.getByRole('checkbox');
    for (let i = 0; i < await boxes.count(); i++) {
      const box = boxes.nth(i);
      const label = await box.evaluate((n) => n.closest('label')?.textContent ?? '');
      if (await box.isChecked() && !label.includes(scenario.title.zh)) {
        await box.click();
        await expect.poll(() => box.isChecked()).toBe(false);
      }
    }
    await expect.poll(() => host.getByRole('heading', { name: /^选择案例/ }).textContent()).toContain('已选 1 个案例');
    await host.getByRole('radio', { name: MODE_LABEL }).click();
    await expect.poll(() => host.getByRole('radio', { name: MODE_LABEL }).isChecked()).toBe(true);

    await host.getByRole('button', { name: '创建房间' }).click();
    const pinShown = host.getByLabel(/^房间号 /);
    await pinShown.waitFor();
    pin = (await pinShown.textContent())!.replace(/\s/g, '');
    expect(pin).toMatch(/^\d{6}$/);
    expect(await host.getByRole('img', { name: '扫码加入' }).count()).toBe(1);
    joinUrl = (await host.locator('.join-url strong').textContent())!;
    // The link names this server (by the name phones on the network would use for it).
    expect(new URL(joinUrl).pathname).toBe(`/j/${pin}`);
    expect(new URL(joinUrl).port).toBe(new URL(server.url).port);
    expect(await host.getByRole('button', { name: '开始', exact: true }).isDisabled()).toBe(true);
  });

  it('takes three phones from the link on the page to the lobby; the page counts them', async () => {
    const people = [
      { name: 'payer', nickname: '小林', lang: 'zh', style: { pays: true, flags: 0, order: 'first' } },
      { name: 'flagger', nickname: '阿梅', lang: 'zh', style: { pays: false, flags: 2, order: 'last' } },
      { name: 'walker', nickname: 'Robin', lang: 'en', style: { pays: false, flags: 0, order: 'first' } },
    ] as const;
    // The class joins at once, each from the link on the projector.
    phones.push(...await Promise.all(people.map(async (person) => {
      const player = await openPhone(browser, joinUrl, person.name, person.lang, 'instant', SCREEN);
      await waitView(player, 'form');
      expect(await player.page.inputValue('#rfc-ws-pin')).toBe(pin);
      await player.page.getByLabel(person.lang === 'zh' ? '昵称' : 'Nickname').fill(person.nickname);
      await player.page.getByRole('button', { name: person.lang === 'zh' ? '加入' : 'Join', exact: true }).click();
      await waitView(player, 'lobby');
      expect((await workshop(player.page)).you!.nickname).toBe(person.nickname);
      return { player, nickname: person.nickname, style: person.style };
    })));
    await expect.poll(() => host.getByRole('heading', { name: /^参与者/ }).textContent(), { timeout: 20_000 }).toBe('参与者 3');
    for (const { nickname } of phones) expect(await host.getByRole('button', { name: `移出 ${nickname}` }).count()).toBe(1);
    await host.screenshot({ path: `${SHOTS}/host-lobby.png` });
  });

  it('starts from the page: every phone enters the case the trainer chose, in the mode chosen', async () => {
    await host.getByRole('button', { name: '开始', exact: true }).click();
    for (const { player } of phones) {
      await waitView(player, null);
      await waitForScene(player.page, ['ChatList', 'Chat']);
      const snap = (await snapshot(player.page))!;
      expect(snap.scenarioId).toBe(SCENARIO);
      expect(snap.mode).toBe('practice');
    }
    await expect.poll(() => host.locator('header .status').textContent()).toBe('进行中');
    expect(await counter('已加入')).toBe('3');
    await expect.poll(() => counter('完成的局')).toBe('0 / 3');
    for (const { player } of phones) await reply(player);
  });

  it('pauses from the page: each phone shows the discussion overlay and refuses to act; resumes from the page', async () => {
    await host.getByRole('button', { name: '暂停讨论' }).click();
    for (const { player } of phones) await waitView(player, 'pause');
    await host.getByRole('status').filter({ hasText: '讨论时间' }).waitFor();
    expect(await host.locator('header .status').textContent()).toBe('进行中 · 已暂停');
    for (const { player } of phones) {
      expect(await player.page.textContent('#rfc-workshop h1')).toBe(ws('pauseTitle', player.lang));
      expect(await player.page.evaluate(() => ['app', 'a11y'].map((id) => (document.getElementById(id) as HTMLElement).inert))).toEqual([true, true]);
      expect((await snapshot(player.page))!.paused).toBe(true);
      const before = (await snapshot(player.page))!.entries.length;
      const refused = await player.page.evaluate(() => (window as any).__rfc.app.act({ type: 'call-96110' }));
      expect(refused).toEqual({ ok: false, reason: 'the game is paused' });
      expect((await snapshot(player.page))!.entries.length).toBe(before);
    }
    await phones[2]!.player.page.screenshot({ path: `${SHOTS}/phone-pause-en.png` });

    await host.getByRole('button', { name: '继续' }).click();
    for (const { player } of phones) {
      await waitView(player, null);
      expect((await snapshot(player.page))!.paused).toBe(false);
    }
    await expect.poll(() => host.getByRole('status').filter({ hasText: '讨论时间' }).count()).toBe(0);
  });

  it('plays to an ending on every phone; the page\'s live counters match the server\'s report and the phones\' own debriefs', async () => {
    await Promise.all(phones.map(({ player, style }) => playThrough(player, style)));
    await expect.poll(() => counter('完成的局'), { timeout: 30_000 }).toBe('3 / 3');
    const r = await report();
    const debriefs = await Promise.all(phones.map(({ player }) => debriefOf(player.page)));

    // What the phones did: only the payer sent money to a scammer; the flagger spotted something.
    const sent = debriefs.map((d) => d.money.sentToScammers);
    expect(sent[0]).toBeGreaterThan(0);
    expect(sent.slice(1)).toEqual([0, 0]);
    expect(debriefs[1]!.flags.filter((f) => f.status !== 'missed').length).toBeGreaterThan(0);

    // The server's report agrees with the phones...
    expect(r.participants).toBe(3);
    expect(r.plays.map((p) => p.finished)).toEqual([true, true, true]);
    expect(r.transferred).toBe(sent.filter((s) => s > 0).length);
    expect(r.totalSent).toBe(sent.reduce((a, b) => a + b, 0));
    for (const [i, { player }] of phones.entries()) {
      const number = (await workshop(player.page)).you!.number;
      expect(r.plays.find((p) => p.number === number)!.score, player.name).toBe(debriefs[i]!.score.total);
    }
    const byPhones: Record<string, { spotted: number; shown: number }> = {};
    for (const d of debriefs) {
      for (const f of d.flags) {
        const row = (byPhones[f.name.zh] ??= { spotted: 0, shown: 0 });
        row.shown++;
        if (f.status !== 'missed') row.spotted++;
      }
    }
    const byReport = Object.fromEntries(r.flags.map((f) => [f.name.zh, `${f.before + f.after} / ${f.shown}`]));
    expect(byReport).toEqual(Object.fromEntries(Object.entries(byPhones).map(([name, f]) => [name, `${f.spotted} / ${f.shown}`])));

    // ...and so does the trainer's page.
    expect(await counter('已加入')).toBe(String(r.participants));
    expect(await counter('完成的局')).toBe(`${r.plays.filter((p) => p.finished).length} / ${r.plays.length}`);
    expect(await counter('转账给骗子的人')).toBe(String(r.transferred));
    expect(yuan(await counter('共转给骗子'))).toBe(Math.round(r.totalSent));
    expect(await flagBars()).toEqual(byReport);
    for (const [i, { nickname }] of phones.entries()) {
      expect(await host.locator('.tile', { hasText: nickname }).locator('.money').count(), nickname).toBe(sent[i]! > 0 ? 1 : 0);
    }
    await host.screenshot({ path: `${SHOTS}/host-live-finished.png` });

    // The page's class debrief counts the same three plays.
    await host.getByRole('tab', { name: '课堂总结' }).click();
    await host.getByRole('heading', { name: '危险信号：转账前 / 转账后识破' }).waitFor();
    await expect.poll(() => host.locator('.debrief .bars.stacked li').count()).toBe(r.flags.length);
    const endings = await host.locator('.debrief table tr td.n').allTextContents();
    expect(endings.reduce((sum, cell) => sum + Number.parseInt(cell, 10), 0)).toBe(3);
    await host.getByRole('tab', { name: '实时看板' }).click();
  });

  it('ends from the page: the phones show the end screen and the PIN no longer joins', async () => {
    await host.getByRole('button', { name: '结束活动' }).click();
    await expect.poll(() => host.locator('header .status').textContent()).toBe('已结束');
    expect(confirms).toEqual([expect.stringContaining('房间号作废')]);
    for (const { player } of phones) {
      await waitView(player, 'ended');
      expect(await player.page.textContent('#rfc-workshop h1')).toBe(ws('endedTitle', player.lang));
      expect((await workshop(player.page)).stored).toBeNull();
    }
    await phones[0]!.player.page.screenshot({ path: `${SHOTS}/phone-ended-zh.png` });

    // Back on Home, someone tries the code again: it is refused.
    const { page } = phones[0]!.player;
    await page.getByRole('button', { name: '回到主页' }).click();
    await waitForScene(page, ['Home']);
    await tap(page, '加入课堂');
    await waitView(phones[0]!.player, 'form');
    await page.fill('#rfc-ws-pin', pin);
    await page.getByRole('button', { name: '加入', exact: true }).click();
    await expect.poll(() => page.textContent('#rfc-ws-error')).toBe(ws('error_pin-unknown', 'zh'));
    expect((await workshop(page)).phase).not.toBe('in');

    const unexpected = (errors: string[]) => errors.filter((e) => !/WebSocket connection|ERR_CONNECTION_REFUSED|Failed to load resource/.test(e));
    for (const { player } of phones) expect(unexpected(player.errors), player.name).toEqual([]);
    expect(unexpected(hostErrors)).toEqual([]);
  });
});

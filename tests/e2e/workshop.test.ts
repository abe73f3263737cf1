// A workshop in Chromium against the real server: the built game served by the workshop server on
// a loopback port with a SQLite file in a temp folder, a host driving the room through the client
// library over real sockets, and three participants on their own phones (browser contexts). They
// join by PIN, play their assigned case, freeze for the discussion pause, come back after a reload
// (their save, or a rebuild from the server's log), keep playing through a server restart, and the
// server's score for a finished play is the one the player's debrief shows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import WebSocket from 'ws';
import { startWorkshopServer, type WorkshopServer } from '../../src/server/server.ts';
import { createRoom, WorkshopClient, type WebSocketConstructor } from '../../src/workshop/client.ts';
import type { CreateRoomResponse, ParticipantRow, ReportData } from '../../src/workshop/protocol.ts';
import { launch, PHONE, scene, tap, waitForScene } from './browser.ts';
import { playStep, press, snapshot } from './driver.ts';
import { GENEROUS_LIMITS, openPhone, reply, until, waitView, workshop, type Player } from './workshop-phones.ts';

const SCENARIO = 'old-classmate';
const SHOTS = '.scratch/workshop';

let browser: Browser;
let server: WorkshopServer;
let dataDir: string;
let port = 0;
let room: CreateRoomResponse;
let host: WorkshopClient;
const rows = new Map<string, ParticipantRow>();

const players: Record<'a' | 'b' | 'c', Player> = {} as never;

async function startServer() {
  server = await startWorkshopServer({
    port, dataDir, staticDir: inject('distDir'), log: () => undefined,
    limits: GENEROUS_LIMITS,
  });
  port = server.port;
}

const openPlayer = (name: string, lang: 'zh' | 'en', pacing: 'instant' | 'fast') => openPhone(browser, `${server.url}/j/${room.pin}`, name, lang, pacing);

/** Someone who opens the game itself (no join link), in Chinese. */
async function openLatecomer(): Promise<Player> {
  const context = await browser.newContext({ viewport: { width: PHONE.width, height: PHONE.height }, deviceScaleFactor: PHONE.dpr, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}/`);
  await waitForScene(page, ['Home']);
  return { name: 'late', page, context, errors, lang: 'zh' };
}

/** Plays on to an ending: a reply when there is one, else the payment asked for. */
async function playToTheEnd(p: Player) {
  for (let i = 0; i < 60; i++) {
    const snap = (await until('something to do', () => snapshot(p.page), (s) => s !== null && !s.paused && (s.status === 'ended' || s.choices.length > 0 || s.transferTo.length > 0)))!;
    if (snap.status === 'ended') return;
    if (snap.choices.length) { await reply(p); continue; }
    const payee = snap.transferTo[0]!;
    await playStep(p.page, p.lang, { type: 'transfer', contact: payee.contact, amount: payee.amount ?? 100 });
    await until('the payment to be taken', () => snapshot(p.page), (s) => s!.balance < snap.balance);
  }
  throw new Error('the play did not end');
}

const seedOf = (page: Page) => page.evaluate(() => (window as unknown as { __rfc: { app: { session: { save(): { state: { seed: string } } } | null } } }).__rfc.app.session?.save().state.seed ?? null);
const playsInStorage = async () => server.storage.plays(room.roomId);
const storedPlay = async (p: Player) => {
  const number = (await workshop(p.page)).you!.number;
  const person = (await server.storage.participants(room.roomId)).find((x) => x.number === number)!;
  return (await playsInStorage()).find((x) => x.participantId === person.id)!;
};
const hostDo = (body: Record<string, unknown>) => host.request({ ...body, hostToken: room.hostToken } as never);

beforeAll(async () => {
  browser = await launch();
  dataDir = mkdtempSync(join(tmpdir(), 'workshop-e2e-'));
  await startServer();
  room = await createRoom(server.url, { scenarios: [SCENARIO], mode: 'challenge', lateJoin: 'allow' });
  host = new WorkshopClient({
    url: `${server.url.replace('http', 'ws')}/ws`, WebSocket: WebSocket as unknown as WebSocketConstructor,
    hello: { type: 'hello', role: 'host', roomId: room.roomId, hostToken: room.hostToken }, minDelayMs: 200, maxDelayMs: 1000,
    onMessage: (m) => {
      if (m.type === 'host-welcome') for (const r of m.participants) rows.set(r.id, r);
      if (m.type === 'participant') rows.set(m.participant.id, m.participant);
    },
  });
});

afterAll(async () => {
  host?.close();
  for (const p of Object.values(players)) await p.context.close().catch(() => undefined);
  await browser?.close();
  await server?.close().catch(() => undefined);
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a workshop, seen from the participants\' phones', () => {
  it('joins by PIN from the link: the form (PIN filled in, a suggested nickname), a wrong PIN refused in the player\'s words, then the lobby', async () => {
    players.a = await openPlayer('a', 'zh', 'instant');
    const { page } = players.a;
    await waitView(players.a, 'form');
    expect(await page.inputValue('#rfc-ws-pin')).toBe(room.pin);
    await until('a suggested nickname', () => page.inputValue('#rfc-ws-nickname'), (v) => v.length > 0);
    expect(await page.locator('#app').evaluate((n) => (n as HTMLElement).inert)).toBe(true);
    await page.screenshot({ path: `${SHOTS}/join-zh.png` });

    const wrong = room.pin === '000000' ? '999999' : '000000';
    await page.fill('#rfc-ws-pin', wrong);
    await page.getByRole('button', { name: '加入', exact: true }).click();
    await expect.poll(() => page.textContent('#rfc-ws-error')).toContain('没有找到这个课堂');
    expect(await page.getAttribute('#rfc-ws-pin', 'aria-invalid')).toBe('true');
    await page.screenshot({ path: `${SHOTS}/join-error-zh.png` });

    await page.fill('#rfc-ws-pin', room.pin.replace(/(\d{3})/, '$1 '));
    await page.fill('#rfc-ws-nickname', '小林');
    await page.getByLabel('昵称').press('Enter');
    await waitView(players.a, 'lobby');
    const state = await workshop(page);
    expect(state.you!.nickname).toBe('小林');
    expect(JSON.parse(state.stored!).token).toMatch(/^[A-Za-z0-9_-]{8,}$/);
    expect(await page.textContent('#rfc-workshop')).toContain('等待主持人开始');
    // Taps on the workshop's screens never reach the canvas below: no case was started by them.
    expect(await scene(page)).toBe('Home');
    expect(await snapshot(page)).toBeNull();
    expect(await page.locator('.rfc-ws-live').first().textContent()).toContain('等待主持人开始');
    await page.screenshot({ path: `${SHOTS}/lobby-zh.png` });

    players.b = await openPlayer('b', 'zh', 'fast');
    await waitView(players.b, 'form');
    await until('a suggested nickname', () => players.b.page.inputValue('#rfc-ws-nickname'), (v) => v.length > 0);
    await players.b.page.getByRole('button', { name: '加入', exact: true }).click();
    await waitView(players.b, 'lobby');

    players.c = await openPlayer('c', 'en', 'instant');
    await waitView(players.c, 'form');
    expect(await players.c.page.textContent('#rfc-workshop h1')).toBe('Join a workshop');
    await players.c.page.screenshot({ path: `${SHOTS}/join-en.png` });
    await players.c.page.fill('#rfc-ws-nickname', 'Robin');
    await players.c.page.getByRole('button', { name: 'Join', exact: true }).click();
    await waitView(players.c, 'lobby');
    expect(await players.c.page.textContent('#rfc-workshop')).toContain('Waiting for the trainer');
    await players.c.page.screenshot({ path: `${SHOTS}/lobby-en.png` });

    await until('the host to see three people', async () => [...rows.values()].filter((r) => r.connected).length, (n) => n === 3);
  });

  it('takes the before quiz the host opens: answers sent, the server\'s score shown; closing it frees whoever did not answer', async () => {
    await hostDo({ type: 'host:quiz', phase: 'before', state: 'open' });
    for (const p of Object.values(players)) await waitView(p, 'quiz');
    const { page } = players.a;
    const items = await page.locator('.rfc-ws-quiz li').count();
    expect(items).toBeGreaterThanOrEqual(6);
    await page.screenshot({ path: `${SHOTS}/quiz-zh.png` });
    await players.c.page.screenshot({ path: `${SHOTS}/quiz-en.png` });
    // Submitting with answers missing says how many.
    await page.getByRole('button', { name: '是诈骗' }).first().click();
    await page.getByRole('button', { name: '提交' }).click();
    await expect.poll(() => page.textContent('#rfc-ws-error')).toBe(`还有 ${items - 1} 条没回答`);
    for (let i = 0; i < items; i++) await page.locator('.rfc-ws-quiz li').nth(i).getByRole('button', { name: i % 2 ? '是正常消息' : '是诈骗' }).click();
    await page.getByRole('button', { name: '提交' }).click();
    await waitView(players.a, 'quiz-done');
    const number = (await workshop(page)).you!.number;
    const person = (await server.storage.participants(room.roomId)).find((x) => x.number === number)!;
    const record = (await server.storage.quizzes(room.roomId)).find((q) => q.participantId === person.id && q.phase === 'before')!;
    expect(record.answers).toHaveLength(items);
    const { hits, scams, falseAlarms, genuine } = record.score;
    expect(await page.textContent('#rfc-ws-body')).toBe(`已提交：认出了 ${hits}/${scams} 条诈骗，误判了 ${falseAlarms}/${genuine} 条正常消息。`);
    await page.getByRole('button', { name: '好的' }).click();
    await waitView(players.a, 'lobby');
    await hostDo({ type: 'host:quiz', phase: 'before', state: 'done' });
    await waitView(players.b, 'lobby');
    await waitView(players.c, 'lobby');
  });

  it('starts when the host starts: each plays the assigned case with the server\'s seed, and the server follows along', async () => {
    await hostDo({ type: 'host:start' });
    const stored = await playsInStorage();
    expect(stored).toHaveLength(3);
    for (const p of Object.values(players)) {
      await waitView(p, null);
      await waitForScene(p.page, ['ChatList', 'Chat']);
      const mine = await storedPlay(p);
      expect(await seedOf(p.page)).toBe(mine.seed);
      expect((await snapshot(p.page))!.scenarioId).toBe(SCENARIO);
      expect((await snapshot(p.page))!.mode).toBe('challenge');
    }
    for (const p of Object.values(players)) { await reply(p); await reply(p); }
    // Each action is reported at once: the server's log is the page's log.
    for (const p of Object.values(players)) {
      const log = await p.page.evaluate(() => (window as any).__rfc.app.session.save().state.log);
      await until(`${p.name}'s actions on the server`, async () => (await storedPlay(p)).log.length, (n) => n === log.length);
      expect((await storedPlay(p)).log).toEqual(log);
    }
  });

  it('takes a latecomer from Home\'s button after the start, straight into a case of their own', async () => {
    const late = await openLatecomer();
    try {
      await tap(late.page, '加入课堂');
      await waitView(late, 'form');
      expect(await late.page.inputValue('#rfc-ws-pin')).toBe('');
      await late.page.fill('#rfc-ws-pin', room.pin);
      await late.page.getByRole('button', { name: '加入', exact: true }).click();
      await waitView(late, null);
      await waitForScene(late.page, ['ChatList', 'Chat']);
      expect(await seedOf(late.page)).toBe((await storedPlay(late)).seed);
      expect((await workshop(late.page)).plan).toBe('fresh');
      expect(late.errors).toEqual([]);
    } finally {
      await late.context.close();
    }
  });

  it('freezes every chat under the discussion overlay while the host pauses, and lets it run on after', async () => {
    const b = players.b;
    await hostDo({ type: 'host:pause' });
    for (const p of Object.values(players)) await waitView(p, 'pause');
    expect(await players.a.page.textContent('#rfc-workshop h1')).toBe('请抬头，跟主持人一起讨论');
    expect(await players.c.page.textContent('#rfc-workshop h1')).toBe('Heads up: discussion time');
    for (const p of Object.values(players)) {
      expect(await p.page.evaluate(() => ['app', 'a11y'].map((id) => (document.getElementById(id) as HTMLElement).inert))).toEqual([true, true]);
      expect((await snapshot(p.page))!.paused).toBe(true);
      // Nothing can be done in the chat: the app refuses, the canvas is covered.
      const refused = await p.page.evaluate(() => (window as any).__rfc.app.act({ type: 'call-96110' }));
      expect(refused).toEqual({ ok: false, reason: 'the game is paused' });
    }
    await players.a.page.screenshot({ path: `${SHOTS}/pause-zh.png` });
    await players.c.page.screenshot({ path: `${SHOTS}/pause-en.png` });
    // B plays at the "fast" pace: time stands still, no message arrives during the pause.
    const frozen = (await snapshot(b.page))!;
    await b.page.waitForTimeout(2500);
    const later = (await snapshot(b.page))!;
    expect(later.gameTime).toBe(frozen.gameTime);
    expect(later.entries.length).toBe(frozen.entries.length);
    const before = (await snapshot(b.page))!.entries.length;

    await hostDo({ type: 'host:resume' });
    for (const p of Object.values(players)) await waitView(p, null);
    expect((await snapshot(b.page))!.paused).toBe(false);
    expect(await b.page.evaluate(() => (document.getElementById('app') as HTMLElement).inert)).toBe(false);
    await reply(b);
    expect((await snapshot(b.page))!.entries.length).toBeGreaterThan(before);
  });

  it('comes back to the same place after a reload mid-chat (the saved game)', async () => {
    const b = players.b;
    await reply(b);
    const before = (await snapshot(b.page))!;
    const seed = await seedOf(b.page);
    const where = await scene(b.page);
    await b.page.reload();
    await waitForScene(b.page, ['ChatList', 'Chat']);
    await until('B back in the room', () => workshop(b.page), (w) => w.phase === 'in' && w.plan !== null);
    const after = (await snapshot(b.page))!;
    expect((await workshop(b.page)).plan).toBe('continue');
    expect(await seedOf(b.page)).toBe(seed);
    expect(await scene(b.page)).toBe(where);
    expect(after.entries.slice(0, before.entries.length).map((e) => e.key)).toEqual(before.entries.map((e) => e.key));
    expect(after.entries.filter((e) => e.from === 'player').length).toBe(before.entries.filter((e) => e.from === 'player').length);
    await reply(b);
    const log = await b.page.evaluate(() => (window as any).__rfc.app.session.save().state.log);
    await until('B\'s reply on the server', async () => (await storedPlay(b)).log.length, (n) => n === log.length);
    expect((await storedPlay(b)).log).toEqual(log);
  });

  it('rebuilds the play from the server\'s log when the device lost its save', async () => {
    const c = players.c;
    await reply(c);
    const log = await c.page.evaluate(() => (window as any).__rfc.app.session.save().state.log);
    await until('C\'s reply on the server', async () => (await storedPlay(c)).log.length, (n) => n === log.length);
    const server_ = await storedPlay(c);
    const before = (await snapshot(c.page))!;
    // The save goes, and the game is not running: only the server knows where C was.
    await c.page.evaluate(() => { (window as any).__rfc.app.close(true); localStorage.removeItem('rfc.game'); });
    await c.page.reload();
    await until('C rebuilt', () => workshop(c.page), (w) => w.plan === 'rebuild');
    await waitForScene(c.page, ['ChatList']);
    const after = (await snapshot(c.page))!;
    expect(await seedOf(c.page)).toBe(server_.seed);
    expect(after.entries.slice(0, server_.delivered).map((e) => [e.key, e.text?.en])).toEqual(before.entries.slice(0, server_.delivered).map((e) => [e.key, e.text?.en]));
    expect(after.entries.filter((e) => e.from === 'player').map((e) => e.key)).toEqual(before.entries.filter((e) => e.from === 'player').map((e) => e.key));
    // Playing on continues the server's log: the next report is taken.
    await reply(c);
    const next = await c.page.evaluate(() => (window as any).__rfc.app.session.save().state.log);
    await until('C\'s next reply on the server', async () => (await storedPlay(c)).log.length, (n) => n === next.length);
    expect((await storedPlay(c)).log).toEqual(next);
    expect((await workshop(c.page)).stats!.refused).toBe(0);
  });

  it('shows "offline, will retry" while the server is down, and delivers what was played meanwhile when it is back', async () => {
    const a = players.a;
    await server.close();
    await until('the offline pill', () => workshop(a.page), (w) => w.offline, 15_000);
    await a.page.screenshot({ path: `${SHOTS}/offline-zh.png` });
    await reply(a);
    const log = await a.page.evaluate(() => (window as any).__rfc.app.session.save().state.log);
    expect(JSON.parse((await workshop(a.page)).stored!).pending.log.length).toBe(log.length);
    await startServer();
    await until('back online', () => workshop(a.page), (w) => !w.offline && w.phase === 'in', 30_000);
    await until('A\'s offline reply on the server', async () => (await storedPlay(a)).log.length, (n) => n === log.length, 20_000);
    expect((await storedPlay(a)).log).toEqual(log);
    await until('nothing left waiting', () => workshop(a.page), (w) => JSON.parse(w.stored!).pending === null);
  });

  it('finishes: the server\'s score for the play is the one the debrief shows, and the debrief says to wait for the trainer', async () => {
    const a = players.a;
    await playToTheEnd(a);
    const shown = await a.page.locator('#a11y').getByRole('button', { name: /^查看复盘：/ }).textContent();
    await press(a.page, /^查看复盘：/);
    await waitForScene(a.page, ['Debrief'], 20_000);
    const score = Number(/得分 (\d+)/.exec(shown ?? '')?.[1]);
    expect(Number.isFinite(score)).toBe(true);
    await until('the result on the server', async () => (await storedPlay(a)).finished, (f) => f === true);
    const response = await fetch(`${server.url}/api/rooms/${room.roomId}/report.json`, { headers: { authorization: `Bearer ${room.hostToken}` } });
    const report = await response.json() as ReportData;
    const number = (await workshop(a.page)).you!.number;
    const row = report.plays.find((p) => p.number === number)!;
    expect(row.finished).toBe(true);
    expect(row.score).toBe(score);
    expect((await storedPlay(a)).summary!.score).toBe(score);
    // Back to touch: the accessible panel closes when it loses focus, and the debrief's own button is tapped.
    await a.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await a.page.waitForTimeout(500);
    await a.page.screenshot({ path: `${SHOTS}/debrief-zh.png` });
    await tap(a.page, '完成，等待主持人', { timeout: 30_000, scroll: 600 });
    await waitView(a, 'done');
    await a.page.screenshot({ path: `${SHOTS}/done-zh.png` });
  });

  it('tells a removed participant, and everyone when the host ends the session; the device forgets the room', async () => {
    const c = players.c;
    const number = (await workshop(c.page)).you!.number;
    const id = [...rows.values()].find((r) => r.number === number)!.id;
    await hostDo({ type: 'host:remove', participantId: id });
    await waitView(c, 'removed');
    expect(await c.page.textContent('#rfc-workshop h1')).toBe('You were removed from the workshop');
    expect((await workshop(c.page)).stored).toBeNull();

    await hostDo({ type: 'host:end' });
    for (const p of [players.a, players.b]) {
      await waitView(p, 'ended');
      expect(await p.page.textContent('#rfc-workshop h1')).toBe('本场已结束，谢谢参与');
      expect((await workshop(p.page)).stored).toBeNull();
    }
    await players.b.page.screenshot({ path: `${SHOTS}/ended-zh.png` });
    await players.b.page.getByRole('button', { name: '回到主页' }).click();
    await waitForScene(players.b.page, ['Home']);
    await waitView(players.b, null);
    expect(await players.b.page.evaluate(() => (window as any).__rfc.app.hasSavedGame())).toBe(false);

    const unexpected = (p: Player) => p.errors.filter((e) => !/WebSocket connection|ERR_CONNECTION_REFUSED|Failed to load resource/.test(e));
    for (const p of Object.values(players)) expect(unexpected(p), p.name).toEqual([]);
  });
});

// The host dashboard in real Chromium against the real server: a trainer creates a room, watches
// people join (real sockets), removes one, starts, pauses, reads the debrief, exports CSV, reloads
// and ends. The page is built here on its own (no game, no Phaser), which takes a few seconds.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/content-files.ts';
import { launch } from '../e2e/browser.ts';
import { api, joinRoom, model, participantSocket, playScenario, startTestServer, tempDir, type TestServer, type TestSocket } from './helpers.ts';

let t: TestServer;
let browser: Browser;
let page: Page;
let outDir: string;
const errors: string[] = [];

beforeAll(async () => {
  outDir = tempDir('workshop-host-page-');
  await build({
    configFile: false, root: ROOT, base: './', logLevel: 'warn',
    build: { outDir, emptyOutDir: true, rolldownOptions: { input: { host: join(ROOT, 'host.html') } } },
  });
  t = await startTestServer({ staticDir: outDir });
  browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('dialog', (dialog) => void dialog.accept());
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await t?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const people: { nickname: string; participantId: string; socket: TestSocket }[] = [];
let pin = '';

// A real browser beside other test files on 2 cores: generous limits (each test takes ~1 s alone).
describe('the host dashboard', { timeout: 120_000 }, () => {
  it('creates a room and shows its PIN, QR code and link big', async () => {
    await page.goto(`${t.url}/host`);
    const title = model('warm-uncle').scenario.title.zh;
    await page.locator('.case').first().waitFor();
    // Tick warm-uncle only (the first case in the list starts ticked).
    if (await page.locator('.case.chosen', { hasText: title }).count() === 0) {
      await page.locator('.case', { hasText: title }).click();
      await page.locator('.case.chosen', { hasText: title }).waitFor();
    }
    for (let n = await page.locator('.case.chosen').count(); n > 1; n--) {
      await page.locator('.case.chosen').filter({ hasNotText: title }).first().click();
      await expect.poll(() => page.locator('.case.chosen').count()).toBe(n - 1);
    }
    await expect.poll(() => page.locator('.case.chosen').count()).toBe(1);
    await page.getByRole('button', { name: '创建房间' }).click();
    await page.locator('.pin').waitFor();
    pin = (await page.locator('.pin').textContent())!.replace(/\s/g, '');
    expect(pin).toMatch(/^\d{6}$/);
    expect(await page.locator('.qr svg').count()).toBe(1);
    expect(await page.locator('.join-url').textContent()).toContain(`/j/${pin}`);
    const fontSize = await page.locator('.pin').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThan(60);
  });

  it('shows people as they join, and removes one', async () => {
    for (const nickname of ['小林', 'Anna', 'troll']) {
      const joined = await joinRoom(t.url, pin, nickname);
      people.push({ nickname, participantId: joined.participantId, socket: (await participantSocket(t, joined.token)).socket });
    }
    await expect.poll(() => page.locator('.tile').count()).toBe(3);
    await page.getByRole('button', { name: '移出 troll' }).click();
    expect((await people[2]!.socket.nextOfType('removed')).type).toBe('removed');
    await expect.poll(() => page.locator('.tile').count()).toBe(2);
    expect(await page.locator('.tiles').textContent()).not.toContain('troll');
  });

  it('starts the room, and counts results and money live', async () => {
    await page.getByRole('button', { name: '开始', exact: true }).click();
    for (const [i, person] of people.slice(0, 2).entries()) {
      const play = (await person.socket.nextOfType('welcome')).plays[0]!;
      const last = playScenario(model(play.scenario), play.seed, play.mode, { pay: i === 1, spotAll: i === 0 }).at(-1)!;
      expect((await person.socket.request({ type: 'result', scenario: play.scenario, delivered: last.delivered, log: last.log })).type).toBe('ack');
    }
    await expect.poll(() => page.locator('.counter', { hasText: '完成的局' }).locator('.value').textContent()).toBe('2 / 2');
    expect(await page.locator('.counter', { hasText: '转账给骗子的人' }).locator('.value').textContent()).toBe('1');
    expect(await page.locator('.flags .bars li').count()).toBeGreaterThan(3);
    expect(await page.locator('.tile .money').count()).toBe(1);
  });

  it('pauses and resumes everyone', async () => {
    await page.getByRole('button', { name: '暂停讨论' }).click();
    expect((await people[0]!.socket.next((m) => m.type === 'room' && m.room.paused)).type).toBe('room');
    await page.locator('.discuss').waitFor();
    await page.getByRole('button', { name: '继续' }).click();
    expect((await people[0]!.socket.next((m) => m.type === 'room' && !m.room.paused)).type).toBe('room');
    await expect.poll(() => page.locator('.discuss').count()).toBe(0);
  });

  it('switches to English, shows the class debrief and exports CSV with a BOM', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('header h1').textContent()).toBe('Red Flag Chat · Host');
    await page.getByRole('tab', { name: 'Class debrief' }).click();
    await page.getByText('Red flags: spotted before / after a transfer').waitFor();
    expect(await page.locator('.debrief .bars li').count()).toBeGreaterThan(3);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Plays' }).click()]);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]!.startsWith('participant,scenario,')).toBe(true);
    expect(bytes.toString('utf8')).not.toContain('小林');
  });

  it('comes back to the same room after a reload, and ends it: the PIN is dead', async () => {
    await page.reload();
    await page.getByRole('tab', { name: 'Live' }).click();
    await page.locator('.pin').waitFor();
    expect((await page.locator('.pin').textContent())!.replace(/\s/g, '')).toBe(pin);
    await page.getByRole('button', { name: 'End session' }).click();
    await page.getByText('Ended').first().waitFor();
    const late = await api(t.url, '/api/join', { body: { v: 1, pin, nickname: 'late' } });
    expect(late.json.code).toBe('pin-unknown');
    for (const p of people) p.socket.close();
    expect(errors).toEqual([]);
  });
});

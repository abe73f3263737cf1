// Kiosk mode in Chromium, served the way an exhibition runs it (scripts/kiosk.ts's server: the
// built game, the checked config, the kiosk's saved state), with a controlled clock: attract loop →
// play → "still there?" → reset that leaves no trace; a touch cancels the countdown; the debrief
// hold; the admin PIN and its lockout; counters as CSV; the periodic reload only between visitors.
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { KIOSK, launch, scene, tap, targets, waitForScene } from './browser.ts';
import { press, snapshot } from './driver.ts';
import { t } from '../../src/game/i18n.ts';
import { bundledScenarios, createKioskServer } from '../../scripts/kiosk.ts';
import { productionBuild } from './production-build.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const PIN = '135790';
const BASE_CONFIG = {
  pin: PIN, language: 'zh', pacing: 'instant', idleSeconds: 30, countdownSeconds: 10, debriefSeconds: 20,
  scenarios: ['warm-uncle', 'fake-friend', 'prize-red-packet'], pinAttempts: 5, lockoutMinutes: 10, reloadHours: 6,
};

interface Kiosk { url: string; dir: string; server: Server }
const running: { kiosk: Kiosk; context: BrowserContext }[] = [];
afterEach(async () => {
  for (const { kiosk, context } of running.splice(0)) {
    await context.close();
    await new Promise((done) => kiosk.server.close(done));
    // The page's last beacon (its state, sent as it goes away) may still be being written.
    rmSync(kiosk.dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  }
});

/** A kiosk server on a free port with this config, and a fresh data folder. */
async function startKiosk(config: Record<string, unknown>, dist?: string): Promise<Kiosk> {
  const dir = mkdtempSync(join(tmpdir(), 'rfc-kiosk-e2e-'));
  writeFileSync(join(dir, 'kiosk.config.json'), JSON.stringify(config));
  let distDir: string | undefined = dist;
  try { distDir ??= (inject as (key: string) => string | undefined)('distDir'); } catch { /* older harness: dist/ */ }
  const server = createKioskServer({ dist: distDir ?? 'dist', configPath: join(dir, 'kiosk.config.json'), dataDir: join(dir, 'data'), scenarios: bundledScenarios(), onExit: () => undefined, log: () => undefined });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, dir, server };
}

async function openKiosk(kiosk: Kiosk, options: { lang?: string; serviceWorkers?: boolean; viewport?: { width: number; height: number } } = {}): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: KIOSK.width, height: KIOSK.height }, deviceScaleFactor: 1, locale: options.lang ?? 'zh-CN', acceptDownloads: true, serviceWorkers: options.serviceWorkers ? 'allow' : 'block' });
  running.push({ kiosk, context });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.clock.install();
  await page.goto(`${kiosk.url}?mode=kiosk`);
  await waitForScene(page, ['KioskAttract']);
  return { page, context, errors };
}

const kioskState = (page: Page) => page.evaluate(() => {
  const k = (window as any).__kiosk;
  return { phase: k.phase as string, resets: k.resets as number, countdown: !document.getElementById('kiosk-countdown')!.hidden };
});

/** Everything the browser keeps for this page: every storage key, every database. */
const storage = (page: Page) => page.evaluate(async () => ({
  local: Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)!])),
  session: Object.keys(sessionStorage),
  databases: (await indexedDB.databases()).map((d) => d.name),
}));

async function beginVisit(page: Page) {
  await tap(page, '点一下开始 · Touch to start');
  await waitForScene(page, ['Home']);
  expect((await kioskState(page)).phase).toBe('visitor');
}

async function playSomeMessages(page: Page) {
  await tap(page, '暖心大叔');
  await waitForScene(page, ['ChatList']);
  await tap(page, '相亲相爱一家人');
  await waitForScene(page, ['Chat']);
  // At fast pacing the first replies come once the group's messages have arrived.
  await page.waitForFunction(() => (window as any).__rfc.app.snapshot.choices.length > 0, undefined, { timeout: 20_000 });
  const reply = (await snapshot(page))!.choices[0]!;
  await tap(page, reply.text.zh);
  await page.waitForFunction((id) => (window as any).__rfc.app.snapshot.entries.some((e: any) => e.choice === id), reply.id);
}

/** Jumps the page's clock ahead, in steps so the kiosk's timer runs on the way. */
async function wait(page: Page, ms: number, step = 1000) {
  for (let left = ms; left > 0; left -= step) await page.clock.fastForward(Math.min(step, left));
  await page.waitForTimeout(50);
}

const text = (page: Page, selector: string) => page.locator(selector).textContent();

/** The kiosk's own idea of the quiet time: when the visitor last touched, when the countdown is due. */
const idleTimes = (page: Page) => page.evaluate(() => ({ now: Date.now(), ...(window as any).__kiosk.idleTimes() }) as { now: number; quietSince: number; countdownAt: number });

/**
 * Jumps to just before the countdown is due, checks it is not showing, then just after, checks it
 * is. (Real time flows under the page clock too, so the jumps are measured from the page's clock.)
 */
async function throughQuietTime(page: Page) {
  const { now, countdownAt } = await idleTimes(page);
  await wait(page, countdownAt - now - 3000, 5000);
  expect((await kioskState(page)).countdown).toBe(false);
  await wait(page, 4000);
  expect((await kioskState(page)).countdown).toBe(true);
}

describe('kiosk: a visit from attract loop to reset', () => {
  it('attract → play → "still there?" → reset leaves no trace of the visitor anywhere', async () => {
    const kiosk = await startKiosk(BASE_CONFIG);
    const { page, errors } = await openKiosk(kiosk);
    // Silent until touched, in the configured language.
    expect(await page.evaluate(() => (window as any).__rfc.app.settings)).toMatchObject({ sound: false, lang: 'zh', pacing: 'instant' });
    await page.screenshot({ path: '.scratch/kiosk-attract.png' });
    await beginVisit(page);
    expect(await page.evaluate(() => (window as any).__rfc.app.settings.sound)).toBe(true);
    // The picker: the rotation only, every target big, the buttons in the lower half.
    const picker = await targets(page);
    expect(picker.map((t) => t.label).sort()).toEqual(['English', '暖心大叔', '生日这天的大红包', '冒充熟人', '结束', '随机来一个'].sort());
    for (const t of picker) expect(Math.min(t.width, t.height), t.label).toBeGreaterThanOrEqual(96);
    for (const label of ['English', '结束', '随机来一个']) expect(picker.find((t) => t.label === label)!.y).toBeGreaterThan(KIOSK.height / 2);
    await playSomeMessages(page);

    // Traces a visitor leaves: the saved game, a language switch, and whatever a page might keep.
    await page.evaluate(() => (window as any).__rfc.app.updateSettings({ lang: 'en' }));
    await page.evaluate(async () => {
      sessionStorage.setItem('visitor-note', 'x');
      await new Promise((done) => { const r = indexedDB.open('visitor-db'); r.onupgradeneeded = () => r.result.createObjectStore('s'); r.onsuccess = () => { r.result.close(); done(null); }; });
    });
    const during = await storage(page);
    expect(Object.keys(during.local)).toEqual(expect.arrayContaining(['rfc.game', 'rfc.settings']));
    expect(during.session).toEqual(['visitor-note']);
    expect(during.databases).toEqual(['visitor-db']);

    // Quiet for the idle time (30 s from the last touch): the countdown; quiet through it: the reset.
    const quiet = await idleTimes(page);
    expect(quiet.countdownAt - quiet.quietSince).toBe(30_000);
    await throughQuietTime(page);
    await expect.poll(() => page.locator('#kiosk-countdown .kc-title').textContent()).toBe('Still there?');
    expect(Number(await page.locator('#kiosk-countdown .kc-number').textContent())).toBeLessThanOrEqual(10);
    await page.screenshot({ path: '.scratch/kiosk-countdown.png' });
    await wait(page, 11_000);
    await waitForScene(page, ['KioskAttract']);
    await expect.poll(async () => (await kioskState(page)).resets).toBe(1);
    expect(await kioskState(page)).toEqual({ phase: 'attract', resets: 1, countdown: false });

    // Nothing of the visitor: every key is the kiosk's own, no session keys, no databases.
    const after = await storage(page);
    for (const key of Object.keys(after.local)) expect(key, `localStorage key ${key}`).toMatch(/^rfc-kiosk\./);
    expect(after.session).toEqual([]);
    expect(after.databases).toEqual([]);
    // Only anonymous sums are kept.
    const counters = JSON.parse(after.local['rfc-kiosk.counters']!);
    expect(counters).toMatchObject({ plays: 1, completions: 0, scenarios: { 'warm-uncle': { plays: 1, completions: 0 } } });
    expect(JSON.stringify(counters)).not.toMatch(/choice|seed|entries/);
    // In memory: no session, the kiosk's language and silence again, no pictures of the last case.
    const memory = await page.evaluate(() => {
      const w = window as any;
      return {
        session: w.__rfc.app.session, best: w.__rfc.app.bestScore('warm-uncle'), settings: w.__rfc.app.settings,
        textures: w.__rfc.game.textures.getTextureKeys().filter((k: string) => k.startsWith('gen:') && !/attract|kiosk-wallpaper/.test(k)),
        log: document.getElementById('a11y-log')?.children.length ?? 0,
      };
    });
    expect(memory).toMatchObject({ session: null, best: null, settings: { lang: 'zh', sound: false }, textures: [], log: 0 });
    expect(errors).toEqual([]);
  });

  it('a touch during the countdown cancels it, lands on nothing underneath, and the visit goes on', async () => {
    const kiosk = await startKiosk({ ...BASE_CONFIG, pacing: 'fast' });
    const { page, errors } = await openKiosk(kiosk);
    await beginVisit(page);
    await playSomeMessages(page);
    // Messages keep arriving while the visitor does nothing: that is not "in use".
    const before = (await snapshot(page))!;
    await throughQuietTime(page);
    expect((await snapshot(page))!.entries.length).toBeGreaterThan(before.entries.length);
    const entries = (await snapshot(page))!.entries.length;
    // Touch where a reply might be: the layer takes it.
    const touchedAt = (await idleTimes(page)).now;
    await page.mouse.click(KIOSK.width / 2, KIOSK.height - 60);
    await expect.poll(async () => (await kioskState(page)).countdown).toBe(false);
    const now = (await snapshot(page))!;
    expect(now.entries.filter((e) => e.from === 'player')).toHaveLength(before.entries.filter((e) => e.from === 'player').length);
    expect(now.entries.length).toBeGreaterThanOrEqual(entries);
    expect(await scene(page)).toBe('Chat');
    // The quiet time starts again from that touch.
    const again = await idleTimes(page);
    expect(again.quietSince).toBeGreaterThanOrEqual(touchedAt);
    expect(again.countdownAt - again.quietSince).toBe(30_000);
    await throughQuietTime(page);
    expect(await kioskState(page)).toMatchObject({ phase: 'visitor', resets: 0 });
    expect(errors).toEqual([]);
  });

  it('after the ending the debrief stays its own time, counts the ending, then resets', async () => {
    const kiosk = await startKiosk(BASE_CONFIG);
    const { page, errors } = await openKiosk(kiosk);
    await beginVisit(page);
    await tap(page, '暖心大叔');
    await waitForScene(page, ['ChatList']);
    // Reply in the family group until the uncle writes, then block him: the scam ends as reported.
    for (let step = 0; step < 30; step++) {
      const snap = (await snapshot(page))!;
      if (snap.conversations.some((c) => c.kind === 'private' && snap.entries.some((e) => e.conversation === c.id))) break;
      if (snap.choices[0]) await page.evaluate((id) => (window as any).__rfc.app.act({ type: 'choose', choice: id }), snap.choices[0].id);
      await page.waitForTimeout(100);
    }
    await page.evaluate(() => {
      const app = (window as any).__rfc.app;
      const uncle = app.snapshot.conversations.find((c: any) => c.kind === 'private').members[0];
      app.act({ type: 'block', contact: uncle });
    });
    await page.waitForFunction(() => (window as any).__rfc.app.snapshot?.status === 'ended');
    await waitForScene(page, ['Debrief']);
    const counters = JSON.parse((await storage(page)).local['rfc-kiosk.counters']!);
    expect(counters).toMatchObject({ plays: 1, completions: 1, outcomes: { reported: 1 } });
    expect(Object.values(counters.flags).every((f: any) => f.shown >= 1)).toBe(true);
    // The debrief's own quiet time (20 s here), counted from the end.
    const hold = await idleTimes(page);
    expect(hold.countdownAt - hold.quietSince).toBe(20_000);
    await throughQuietTime(page);
    await wait(page, 11_000);
    await waitForScene(page, ['KioskAttract']);
    expect(errors).toEqual([]);
  });

  it('"Done" on the picker resets at once, and the next visitor starts fresh', async () => {
    const kiosk = await startKiosk(BASE_CONFIG);
    const { page } = await openKiosk(kiosk);
    await beginVisit(page);
    await tap(page, 'English');
    await page.waitForFunction(() => (window as any).__rfc.targets().some((t: any) => t.label === 'Done'));
    await tap(page, 'Done');
    await waitForScene(page, ['KioskAttract']);
    await expect.poll(async () => (await kioskState(page)).resets).toBe(1);
    await beginVisit(page);
    expect((await targets(page)).some((t) => t.label === '随机来一个')).toBe(true);
    await tap(page, '随机来一个');
    await waitForScene(page, ['ChatList']);
    expect(['warm-uncle', 'fake-friend', 'prize-red-packet']).toContain((await snapshot(page))!.scenarioId);
  });
});

describe('kiosk: a case started from the keyboard layer', () => {
  it('counts as a visit: watched by the idle timer and reset like any other', async () => {
    const kiosk = await startKiosk(BASE_CONFIG);
    const { page, errors } = await openKiosk(kiosk);
    await page.evaluate(() => (window as any).__rfc.startCase('fake-friend', 'practice'));
    await waitForScene(page, ['ChatList']);
    expect((await kioskState(page)).phase).toBe('visitor');
    await throughQuietTime(page);
    await wait(page, 11_000);
    await waitForScene(page, ['KioskAttract']);
    expect(await page.evaluate(() => (window as any).__rfc.app.session)).toBeNull();
    expect(errors).toEqual([]);
  });
});

describe('kiosk: a screen that keeps failing to draw', () => {
  it("ends the visit and brings the attract loop back, so the kiosk never freezes", async () => {
    const kiosk = await startKiosk(BASE_CONFIG);
    const { page, errors } = await openKiosk(kiosk);
    await beginVisit(page);
    await tap(page, '冒充熟人');
    await waitForScene(page, ['ChatList']);
    await page.evaluate(() => { (window as any).__rfc.game.scene.getScene('ChatList').sys.render = () => { throw new Error('broken screen'); }; });
    await waitForScene(page, ['KioskAttract']);
    await expect.poll(async () => (await kioskState(page)).resets).toBe(1);
    expect(await page.evaluate(() => (window as any).__rfc.app.session)).toBeNull();
    expect(errors.filter((e) => e.includes('a frame failed to draw')).map((e) => /recovering: (\w+)/.exec(e)![1]).slice(0, 3)).toEqual(['redraw', 'redraw', 'home']);
    // The next visitor plays as usual.
    await beginVisit(page);
    await tap(page, '暖心大叔');
    await waitForScene(page, ['ChatList']);
  });
});

describe('kiosk: the accessible keyboard layer', () => {
  const buttons = (page: Page) => page.locator('#a11y-controls button').allTextContents();

  it('offers what the picker offers, no more; a case chosen with the keyboard begins a visit', async () => {
    const kiosk = await startKiosk(BASE_CONFIG);
    const { page, errors } = await openKiosk(kiosk);
    // The cases on rotation, "surprise me" and the language: not every case, the quiz, a saved game or a mode.
    await expect.poll(async () => (await buttons(page)).sort()).toEqual(['English', '暖心大叔', '生日这天的大红包', '冒充熟人', '随机来一个'].sort());
    await press(page, '冒充熟人');
    await waitForScene(page, ['ChatList']);
    expect(await kioskState(page)).toMatchObject({ phase: 'visitor', resets: 0 });
    expect(await page.evaluate(() => { const app = (window as any).__rfc.app; return { sound: app.settings.sound, id: app.snapshot.scenarioId, mode: app.mode }; }))
      .toEqual({ sound: true, id: 'fake-friend', mode: 'practice' });
    // Home leads to the kiosk's picker, where "done" ends the visit.
    await press(page, t('home', 'zh'));
    await waitForScene(page, ['Home']);
    await expect.poll(async () => (await buttons(page)).sort()).toEqual(['English', '暖心大叔', '生日这天的大红包', '冒充熟人', '结束', '随机来一个'].sort());
    await press(page, '结束');
    await waitForScene(page, ['KioskAttract']);
    await expect.poll(async () => (await kioskState(page)).resets).toBe(1);
    expect(await buttons(page)).not.toContain('结束');
    expect(errors).toEqual([]);
  });
});

describe('kiosk: a landscape screen', () => {
  it("the game's own top-left corner starts a visit; the screen's corner opens the keypad", async () => {
    const kiosk = await startKiosk(BASE_CONFIG);
    const { page, errors } = await openKiosk(kiosk, { viewport: { width: 1920, height: 1080 } });
    const box = (await page.locator('#app canvas').boundingBox())!;
    expect(box.x).toBeGreaterThan(300);
    await page.mouse.click(box.x + 30, box.y + 30);
    await waitForScene(page, ['Home']);
    expect((await kioskState(page)).phase).toBe('visitor');
    await page.evaluate(() => (window as any).__kiosk.endVisitor());
    await waitForScene(page, ['KioskAttract']);
    for (let i = 0; i < 5; i++) await page.mouse.click(25, 25);
    await page.locator('#kiosk-admin .kp').waitFor();
    expect(errors).toEqual([]);
  });
});

describe('kiosk: reduced motion', () => {
  it('with reduced motion the attract loop and the countdown do not move, and messages still change', async () => {
    const kiosk = await startKiosk({ ...BASE_CONFIG, reducedMotion: true });
    const { page, errors } = await openKiosk(kiosk);
    const attract = () => page.evaluate(() => {
      const scene = (window as any).__rfc.game.scene.getScene('KioskAttract');
      return { tweens: scene.tweens.getTweens().length, texts: scene.children.list.flatMap((o: any) => (o.list ?? [o])).filter((o: any) => typeof o.text === 'string').map((o: any) => o.text).join('|') };
    });
    const before = await attract();
    expect(before.tweens).toBe(0);
    expect(before.texts).toContain('这条消息，你会信吗？');
    // The next message, in English, without any movement.
    await page.clock.fastForward(5000);
    await page.waitForFunction(() => (window as any).__rfc.game.scene.getScene('KioskAttract').children.list.flatMap((o: any) => (o.list ?? [o])).some((o: any) => o.text === 'Would you fall for this?'), undefined, { timeout: 15_000 });
    expect((await attract()).tweens).toBe(0);
    await beginVisit(page);
    const { now, countdownAt } = await idleTimes(page);
    await wait(page, countdownAt - now + 1000, 5000);
    expect(await page.locator('#kiosk-countdown').getAttribute('class')).toBe('still');
    expect(errors).toEqual([]);
  });
});

describe('kiosk: periodic reload', () => {
  it('reloads only while the attract loop shows, never during a visit', { timeout: 300_000 }, async () => {
    const kiosk = await startKiosk({ ...BASE_CONFIG, reloadHours: 0.5 });
    const { page } = await openKiosk(kiosk);
    await page.evaluate(() => { (window as any).__loadMarker = 1; });
    await beginVisit(page);
    await tap(page, '暖心大叔');
    await waitForScene(page, ['ChatList']);
    // A visitor who keeps touching for 35 minutes keeps the page.
    const start = (await idleTimes(page)).now;
    while ((await idleTimes(page)).now - start < 35 * 60_000) {
      await page.clock.fastForward(25_000);
      await page.mouse.click(KIOSK.width / 2, 10);
    }
    expect(await page.evaluate(() => (window as any).__loadMarker)).toBe(1);
    expect((await kioskState(page)).phase).toBe('visitor');
    // They leave: the reset, then the reload on the attract loop.
    const reloaded = page.waitForEvent('load');
    await wait(page, 45_000);
    await reloaded;
    await waitForScene(page, ['KioskAttract']);
    expect(await page.evaluate(() => (window as any).__loadMarker)).toBeUndefined();
  });
});

describe('kiosk: hidden admin', () => {
  const openPad = async (page: Page) => {
    for (let i = 0; i < 5; i++) await page.mouse.click(25, 25);
    await page.locator('#kiosk-admin .kp').waitFor();
  };
  const enter = async (page: Page, pin: string) => {
    for (const d of pin) await page.locator(`#kiosk-admin [data-digit="${d}"]`).click();
    await page.locator('#kiosk-admin .kp-ok').click();
  };

  it('opens with the PIN; five wrong PINs lock it, through a reload, until the lockout ends', async () => {
    const kiosk = await startKiosk(BASE_CONFIG);
    let { page } = await openKiosk(kiosk);
    // Taps in the corner never start a visit.
    await openPad(page);
    expect((await kioskState(page)).phase).toBe('admin');
    await page.screenshot({ path: '.scratch/kiosk-pin.png' });
    for (let i = 1; i <= 4; i++) {
      await enter(page, '111111');
      await expect.poll(() => text(page, '#kiosk-admin .kp-message')).toBe(`密码不对，还可以试 ${5 - i} 次`);
    }
    await enter(page, '222222');
    await expect.poll(() => text(page, '#kiosk-admin .kp-message')).toBe('错误次数太多，请 10 分钟后再试');
    expect(await page.locator('#kiosk-admin [data-digit="1"]').isDisabled()).toBe(true);
    // Still locked after a reload (the kiosk reloads every few hours).
    await page.reload();
    await waitForScene(page, ['KioskAttract']);
    await openPad(page);
    await expect.poll(() => text(page, '#kiosk-admin .kp-message')).toBe('错误次数太多，请 10 分钟后再试');
    // And after the browser itself restarts (incognito: the kiosk server kept it).
    ({ page } = await openKiosk(kiosk));
    await openPad(page);
    await expect.poll(() => text(page, '#kiosk-admin .kp-message')).toMatch(/^错误次数太多/);
    // Nobody at the keypad for two minutes: it closes by itself. After the lockout, it opens again.
    await wait(page, 10 * 60_000, 60_000);
    await waitForScene(page, ['KioskAttract']);
    expect((await kioskState(page)).phase).toBe('attract');
    expect(await page.locator('#kiosk-admin').count()).toBe(0);
    await openPad(page);
    await expect.poll(() => text(page, '#kiosk-admin .kp-message')).toBe('');
    await enter(page, PIN);
    await page.locator('#kiosk-admin .ka').waitFor();
    expect(await page.locator('#kiosk-admin .ka-warning').count()).toBe(0);
  });

  it('a visitor who opens the keypad by tapping the corner gets the visit back on closing it', async () => {
    const kiosk = await startKiosk(BASE_CONFIG);
    const { page, errors } = await openKiosk(kiosk);
    await beginVisit(page);
    await tap(page, '暖心大叔');
    await waitForScene(page, ['ChatList']);
    // Five quick taps where the back button is: the first goes back to the picker, the fifth opens the keypad.
    await openPad(page);
    expect(await scene(page)).toBe('Home');
    await page.locator('#kiosk-admin .ka-close').click();
    await expect.poll(async () => (await kioskState(page)).phase).toBe('visitor');
    expect(await page.locator('#kiosk-admin').count()).toBe(0);
    expect(await scene(page)).toBe('Home');
    expect((await kioskState(page)).resets).toBe(0);
    // The quiet time starts again, and the game answers touches again.
    const { now, countdownAt } = await idleTimes(page);
    expect(countdownAt - now).toBeGreaterThan(25_000);
    await page.waitForTimeout(400);
    await tap(page, '暖心大叔');
    await waitForScene(page, ['ChatList']);
    expect(errors).toEqual([]);
  });

  it('the panel changes times and rotation, exports the counters as CSV and closes to the attract loop', async () => {
    const kiosk = await startKiosk({ ...BASE_CONFIG, idleSeconds: 'soon' });
    const { page, errors } = await openKiosk(kiosk);
    // One play to count.
    await beginVisit(page);
    await tap(page, '暖心大叔');
    await waitForScene(page, ['ChatList']);
    await page.evaluate(() => (window as any).__kiosk.endVisitor());
    await waitForScene(page, ['KioskAttract']);
    await openPad(page);
    await enter(page, PIN);
    const panel = page.locator('#kiosk-admin .ka');
    await panel.waitFor();
    // The config's bad value is shown by name, with the default kept.
    expect(await text(page, '#kiosk-admin .ka-warning')).toContain('"idleSeconds" 应为 10 到 600 之间的整数（秒），而不是 "soon"；沿用 45');
    expect(await text(page, '#kiosk-admin [data-counter="plays"]')).toBe('开始 1 次 · 玩到结局 0 次');
    await page.screenshot({ path: '.scratch/kiosk-admin.png' });
    // Idle time 45 → 50 s, kept across a reload.
    await panel.getByRole('button', { name: '无操作多久后提醒 +5' }).click();
    await expect.poll(() => text(page, '#kiosk-admin [data-key="idleSeconds"]')).toBe('50 秒');
    expect((await page.evaluate(() => (window as any).__kiosk.config.idleSeconds))).toBe(50);
    // Take a scenario off the rotation.
    await panel.getByRole('button', { name: '✓ 冒充熟人' }).click();
    await expect.poll(() => panel.getByRole('button', { name: '冒充熟人', exact: true }).count()).toBe(1);
    // The CSV: UTF-8 with a byte-order mark, the play counted, nothing about anyone.
    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: '导出 CSV' }).click();
    const file = await (await download).path();
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8');
    expect(csv).toContain('\r\nplays,,开始游玩,Plays started,1,,\r\n');
    expect(csv).toContain('scenario_plays,warm-uncle,暖心大叔,');
    expect((await download).suggestedFilename()).toMatch(/^red-flag-chat-kiosk-\d{4}-\d{2}-\d{2}\.csv$/);
    await panel.getByRole('button', { name: '关闭' }).click();
    await waitForScene(page, ['KioskAttract']);
    expect((await kioskState(page)).phase).toBe('attract');
    await page.reload();
    await waitForScene(page, ['KioskAttract']);
    expect(await page.evaluate(() => (window as any).__kiosk.config.idleSeconds)).toBe(50);
    await beginVisit(page);
    expect((await targets(page)).map((t) => t.label)).not.toContain('冒充熟人');
    expect(errors).toEqual([]);
  });
});

describe('kiosk: offline', () => {
  it('after the first start, a reload with no network keeps the kiosk, its settings and its PIN, and a case plays', { timeout: 240_000 }, async () => {
    // The shared e2e build leaves out the service worker's registration (see production-build.ts).
    const site = await productionBuild();
    try {
      const kiosk = await startKiosk({ ...BASE_CONFIG, pin: '8642', idleSeconds: 25 }, site.outDir);
      const { page, context, errors } = await openKiosk(kiosk, { serviceWorkers: true });
      const controlled = await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller) await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
        return navigator.serviceWorker.controller !== null;
      });
      expect(controlled).toBe(true);
      // The config is fetched again under the service worker's control, so it keeps a copy.
      await page.reload();
      await waitForScene(page, ['KioskAttract']);
      await context.setOffline(true);
      await new Promise((done) => kiosk.server.close(done));
      errors.length = 0;
      const reloaded = await page.reload();
      expect(reloaded?.fromServiceWorker()).toBe(true);
      await waitForScene(page, ['KioskAttract']);
      expect(await page.evaluate(() => ({ pin: (window as any).__kiosk.config.pin, idle: (window as any).__kiosk.config.idleSeconds }))).toEqual({ pin: '8642', idle: 25 });
      await beginVisit(page);
      await tap(page, '冒充熟人');
      await waitForScene(page, ['ChatList']);
      await page.waitForFunction(() => (window as any).__rfc.app.snapshot?.entries.length > 0);
      const fonts = await page.evaluate(async () => { await document.fonts.ready; return [...document.fonts].filter((f) => f.status === 'error').length; });
      expect(fonts).toBe(0);
      expect(errors.filter((e) => !/kiosk-state|ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
    } finally {
      await site.close();
    }
  });
});

// npm run kiosk (scripts/kiosk.ts): its options, the config report, the staleness check, the real
// HTTP server (game files, checked config, saved state, exit), the browser kept open by a real
// child process, and the command itself started as the technician would.
import { afterEach, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import {
  bundledScenarios, checkState, createKioskServer, describeConfig, distIsStale, exportCounters, keepBrowserOpen, KIOSK_FLAGS, loadKioskConfig, parseKioskArgs,
} from '../../scripts/kiosk.ts';
import { KIOSK_MESSAGES, USAGE, type Bilingual } from '../../scripts/lib/kiosk-messages.ts';
import { emptyCounters, recordCompletion, recordPlay } from '../../src/kiosk/counters.ts';

const temporary: string[] = [];
const tempDir = () => { const dir = mkdtempSync(join(tmpdir(), 'rfc-kiosk-test-')); temporary.push(dir); return dir; };
afterEach(() => { for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true }); });

describe('npm run kiosk options', () => {
  it('has sensible defaults, $CHROMIUM included', () => {
    expect(parseKioskArgs([], {})).toMatchObject({ config: 'kiosk.config.json', port: 8090, host: '127.0.0.1', data: 'kiosk-data', dist: 'dist', build: true, browser: true, chromium: '/usr/bin/chromium' });
    expect(parseKioskArgs([], { CHROMIUM: '/opt/chrome' }).chromium).toBe('/opt/chrome');
  });

  it('reads every option, with a space or =', () => {
    expect(parseKioskArgs(['--config', 'a.json', '--port=9000', '--no-browser', '--no-build', '--data', 'd', '--dist=out', '--chromium', '/c', '--chromium-flags', '--a  --b=1'], {}))
      .toMatchObject({ config: 'a.json', port: 9000, browser: false, build: false, data: 'd', dist: 'out', chromium: '/c', chromiumFlags: ['--a', '--b=1'] });
  });

  it('refuses a bad port, a missing value and an unknown option, by name, in Chinese and English', () => {
    expect(() => parseKioskArgs(['--port', 'eighty'], {})).toThrow('--port 要填 0 到 65535 之间的数字\n--port takes a number from 0 to 65535');
    expect(() => parseKioskArgs(['--config'], {})).toThrow('--config 后面要跟一个值\n--config needs a value');
    expect(() => parseKioskArgs(['--kiosk'], {})).toThrow(/^不认识的选项 --kiosk\nunknown option --kiosk\n\n用法：/);
    expect(parseKioskArgs(['--export-csv', 'out.csv'], {}).exportCsv).toBe('out.csv');
  });

  it('launches Chromium with the kiosk flags of the conventions', () => {
    for (const flag of ['--kiosk', '--incognito', '--noerrdialogs', '--disable-pinch', '--overscroll-history-navigation=0', '--autoplay-policy=no-user-gesture-required']) expect(KIOSK_FLAGS).toContain(flag);
  });
});

describe('what the command says, in Chinese and English', () => {
  const cjk = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it('has every message in both languages, with the same placeholders', () => {
    for (const [key, { zh, en }] of Object.entries(KIOSK_MESSAGES)) {
      expect(zh, key).toMatch(cjk);
      expect(en, key).not.toMatch(cjk);
      expect(placeholders(zh), key).toEqual(placeholders(en));
    }
  });

  it('explains every option in both languages', () => {
    const [zh, en] = USAGE.split('\n\nUsage: ');
    expect(zh).toMatch(/^用法：/);
    for (const option of ['--config', '--port', '--host', '--data', '--dist', '--no-build', '--no-browser', '--chromium ', '--chromium-flags', '--check', '--export-csv']) {
      expect(zh, option).toContain(`\n  ${option}`);
      expect(en, option).toContain(`\n  ${option}`);
    }
  });
});

describe('the config report', () => {
  const scenarios = bundledScenarios();

  it('knows the bundled scenarios and which are short', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(12);
    expect(scenarios.find((s) => s.id === 'warm-uncle')).toEqual({ id: 'warm-uncle', short: true });
  });

  it('names each bad value, keeps its default, and warns about the default PIN', () => {
    const dir = tempDir();
    const file = join(dir, 'kiosk.config.json');
    writeFileSync(file, JSON.stringify({ idleSeconds: 'soon', scenarios: ['warm-uncle', 'nope'], language: 'en' }));
    const loaded = loadKioskConfig(file, scenarios);
    expect(loaded.config).toMatchObject({ idleSeconds: 45, scenarios: ['warm-uncle'], language: 'en' });
    const lines = describeConfig('kiosk.config.json', loaded);
    // Each in Chinese, then in English.
    const at = lines.indexOf('kiosk.config.json："idleSeconds" 应为 10 到 600 之间的整数（秒），而不是 "soon"；沿用 45');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(lines[at + 1]).toBe('kiosk.config.json: "idleSeconds" must be a whole number of seconds from 10 to 600, not "soon"; keeping 45');
    expect(lines).toContain('kiosk.config.json："scenarios"：未知的场景 "nope" 已略去');
    expect(lines).toContain('kiosk.config.json: "scenarios": unknown scenario "nope" left out');
    expect(lines).toContain('注意：管理密码还是默认的 2468。请在 kiosk.config.json 里设置 "pin"。');
    expect(lines).toContain('Warning: the admin PIN is the default (2468). Set "pin" in kiosk.config.json.');
    expect(lines[lines.length - 2]).toBe('当前设置：语言 英文，练习模式，消息节奏 快速，音量 60%，无操作 45 秒后倒计时 15 秒，复盘页停留 60 秒，每 6 小时重新加载一次，场景：warm-uncle。');
    expect(lines[lines.length - 1]).toMatch(/^Settings: language en, practice mode, .* reload every 6 h, scenarios: warm-uncle\.$/);
    expect(lines).toHaveLength(8);
  });

  it('without a file says so and uses every default', () => {
    const loaded = loadKioskConfig(join(tempDir(), 'missing.json'), scenarios);
    expect(loaded.found).toBe(false);
    const lines = describeConfig('kiosk.config.json', { ...loaded, config: { ...loaded.config, reloadHours: 0 } });
    expect(lines[0]).toMatch(/^没有找到 kiosk\.config\.json：全部使用内置默认值/);
    expect(lines[1]).toMatch(/^No kiosk\.config\.json: using the built-in defaults/);
    expect(lines.slice(-2)).toEqual([
      '当前设置：语言 中文，练习模式，消息节奏 快速，音量 60%，无操作 45 秒后倒计时 15 秒，复盘页停留 60 秒，从不定时重新加载，场景：全部短场景。',
      'Settings: language zh, practice mode, fast pacing, volume 60%, idle 45 s + countdown 15 s, debrief 60 s, no periodic reload, scenarios: all short ones.',
    ]);
  });
});

describe('dist staleness', () => {
  it('is stale when missing or older than any source, fresh otherwise', () => {
    const dir = tempDir();
    const dist = join(dir, 'dist');
    const src = join(dir, 'src');
    mkdirSync(join(src, 'deep'), { recursive: true });
    writeFileSync(join(src, 'deep', 'a.ts'), 'x');
    expect(distIsStale(dist, [src])).toBe(true);
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), '<html>');
    const now = Date.now() / 1000;
    utimesSync(join(src, 'deep', 'a.ts'), now - 100, now - 100);
    utimesSync(join(src, 'deep'), now - 100, now - 100);
    utimesSync(src, now - 100, now - 100);
    utimesSync(join(dist, 'index.html'), now - 50, now - 50);
    expect(distIsStale(dist, [src])).toBe(false);
    utimesSync(join(src, 'deep', 'a.ts'), now, now);
    expect(distIsStale(dist, [src])).toBe(true);
  });
});

describe('the kiosk server', () => {
  async function serve() {
    const dir = tempDir();
    mkdirSync(join(dir, 'dist', 'assets'), { recursive: true });
    writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><title>kiosk</title>');
    writeFileSync(join(dir, 'dist', 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(dir, 'kiosk.config.json'), JSON.stringify({ pin: '482916', idleSeconds: 5 }));
    const exits: number[] = [];
    const logs: Bilingual[] = [];
    const server = createKioskServer({ dist: join(dir, 'dist'), configPath: join(dir, 'kiosk.config.json'), dataDir: join(dir, 'data'), scenarios: bundledScenarios(), onExit: () => exits.push(1), log: (m) => logs.push(m) });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return { dir, server, base, exits, logs, close: () => new Promise((done) => { server.closeAllConnections(); server.close(done); }) };
  }

  it('serves the game, and the config checked, with what was wrong', async () => {
    const k = await serve();
    try {
      const page = await fetch(`${k.base}/?mode=kiosk`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>kiosk</title>');
      expect(await (await fetch(`${k.base}/assets/app.js`)).text()).toBe('console.log(1)');
      expect((await fetch(`${k.base}/assets/missing.js`)).status).toBe(404);
      // The config file lies next to dist/, not in it: no way up.
      const escape = await fetch(`${k.base}/..%2fkiosk.config.json`);
      expect(escape.status).toBe(400);
      expect(await escape.text()).not.toContain('482916');
      const config = await fetch(`${k.base}/kiosk.config.json`);
      expect(config.headers.get('content-type')).toMatch(/json/);
      const body = await config.json() as Record<string, unknown>;
      expect(body).toMatchObject({ pin: '482916', idleSeconds: 45, countdownSeconds: 15 });
      expect(body._problems).toEqual([{ en: '"idleSeconds" must be a whole number of seconds from 10 to 600, not 5; keeping 45', zh: '"idleSeconds" 应为 10 到 600 之间的整数（秒），而不是 5；沿用 45' }]);
      // The terminal hears of it once, in both languages.
      await fetch(`${k.base}/kiosk.config.json`);
      expect(k.logs).toEqual([{ zh: `${join(k.dir, 'kiosk.config.json')}："idleSeconds" 应为 10 到 600 之间的整数（秒），而不是 5；沿用 45`, en: `${join(k.dir, 'kiosk.config.json')}: "idleSeconds" must be a whole number of seconds from 10 to 600, not 5; keeping 45` }]);
      // An edited file applies at the next request.
      writeFileSync(join(k.dir, 'kiosk.config.json'), JSON.stringify({ idleSeconds: 30 }));
      expect(await (await fetch(`${k.base}/kiosk.config.json`)).json()).toMatchObject({ idleSeconds: 30, _problems: [] });
    } finally { await k.close(); }
  });

  it('keeps the kiosk state in a file: only kiosk keys, never anything else', async () => {
    const k = await serve();
    try {
      expect(await (await fetch(`${k.base}/kiosk-state.json`)).json()).toEqual({ savedAt: 0, entries: {} });
      const state = { savedAt: 1234, entries: { 'rfc-kiosk.counters': '{"plays":3}', 'rfc-kiosk.pin': '{"failures":1,"lockedUntil":0}' } };
      expect((await fetch(`${k.base}/kiosk-state.json`, { method: 'PUT', body: JSON.stringify(state) })).status).toBe(200);
      expect(JSON.parse(readFileSync(join(k.dir, 'data', 'state.json'), 'utf8'))).toEqual(state);
      expect(await (await fetch(`${k.base}/kiosk-state.json`)).json()).toEqual(state);
      // A visitor's key, a number, not JSON: refused, and the file is as it was.
      for (const bad of [{ savedAt: 5, entries: { 'rfc.game': '{}' } }, { savedAt: 5, entries: { 'rfc-kiosk.x': 1 } }, 'nonsense']) {
        const response = await fetch(`${k.base}/kiosk-state.json`, { method: 'PUT', body: typeof bad === 'string' ? bad : JSON.stringify(bad) });
        expect(response.status).toBe(400);
      }
      expect(JSON.parse(readFileSync(join(k.dir, 'data', 'state.json'), 'utf8'))).toEqual(state);
      // navigator.sendBeacon posts.
      const later = { savedAt: 2000, entries: { 'rfc-kiosk.counters': '{"plays":4}' } };
      expect((await fetch(`${k.base}/kiosk-state.json`, { method: 'POST', body: JSON.stringify(later) })).status).toBe(200);
      expect(await (await fetch(`${k.base}/kiosk-state.json`)).json()).toEqual(later);
      expect((await fetch(`${k.base}/kiosk-state.json`, { method: 'DELETE' })).status).toBe(405);
      expect((await fetch(`${k.base}/kiosk-state.json`, { method: 'PUT', body: 'x'.repeat(600 * 1024) }).catch(() => ({ status: 'reset' }))).status).not.toBe(200);
    } finally { await k.close(); }
  });

  it('a damaged state file reads as empty', async () => {
    const k = await serve();
    try {
      mkdirSync(join(k.dir, 'data'), { recursive: true });
      writeFileSync(join(k.dir, 'data', 'state.json'), '{"savedAt": "x"');
      expect(await (await fetch(`${k.base}/kiosk-state.json`)).json()).toEqual({ savedAt: 0, entries: {} });
    } finally { await k.close(); }
  });

  it('tells the launcher when the admin leaves kiosk mode', async () => {
    const k = await serve();
    try {
      expect((await fetch(`${k.base}/kiosk-exit`, { method: 'POST' })).status).toBe(200);
      expect(k.exits).toEqual([1]);
      expect(k.logs).toEqual([{ zh: '管理员退出了展台模式。', en: 'The admin left kiosk mode.' }]);
      expect((await fetch(`${k.base}/kiosk-exit`)).status).toBe(200); // a GET is just the game's page
      expect(k.exits).toEqual([1]);
    } finally { await k.close(); }
  });

  it('checks state files strictly', () => {
    expect(checkState({ savedAt: 1, entries: {} })).toEqual({ savedAt: 1, entries: {} });
    expect(checkState({ savedAt: Number.NaN, entries: {} })).toBeNull();
    expect(checkState({ savedAt: 1, entries: [] })).toBeNull();
    expect(checkState(null)).toBeNull();
  });
});

describe('keeping the browser open', () => {
  /** A stand-in browser: a shell script that writes its arguments down, then exits or waits. */
  function fakeBrowser(dir: string, behaviour: 'exit' | 'wait') {
    const file = join(dir, 'browser.sh');
    writeFileSync(file, `#!/bin/sh\necho "$@" >> "${join(dir, 'launches.txt')}"\n${behaviour === 'wait' ? 'exec sleep 60' : 'exit 3'}\n`);
    chmodSync(file, 0o755);
    return file;
  }

  it('starts it again whenever it exits, waiting longer while it keeps failing at once', async () => {
    const dir = tempDir();
    const logs: Bilingual[] = [];
    const loop = keepBrowserOpen(fakeBrowser(dir, 'exit'), ['--kiosk', '--incognito'], 'http://127.0.0.1:1/?mode=kiosk', (l) => logs.push(l), { quickExitMs: 10_000, firstDelayMs: 20, maxDelayMs: 80 });
    await expect.poll(() => loop.launches, { timeout: 5000 }).toBeGreaterThanOrEqual(4);
    await loop.stop();
    const launches = readFileSync(join(dir, 'launches.txt'), 'utf8').trim().split('\n');
    expect(launches[0]).toBe('--kiosk --incognito http://127.0.0.1:1/?mode=kiosk');
    expect(logs[0]).toEqual({ zh: '浏览器退出了（退出码 3），0 秒后重新启动。', en: 'The browser exited (code 3); starting it again in 0 s.' });
    const count = loop.launches;
    await new Promise((done) => setTimeout(done, 300));
    expect(loop.launches).toBe(count);
  });

  it('stops a running browser for good', async () => {
    const dir = tempDir();
    const loop = keepBrowserOpen(fakeBrowser(dir, 'wait'), [], 'http://x/', () => undefined, { quickExitMs: 10_000, firstDelayMs: 20, maxDelayMs: 80 });
    await expect.poll(() => existsSync(join(dir, 'launches.txt'))).toBe(true);
    await loop.stop();
    await new Promise((done) => setTimeout(done, 200));
    expect(loop.launches).toBe(1);
  });
});

describe('the command', () => {
  it('checks the config, serves on its port, and never needs a browser with --no-browser', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><title>kiosk</title>');
    writeFileSync(join(dir, 'kiosk.config.json'), '{"idleSeconds": 45, "volume": 3, "pin": "482916"}');
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/kiosk.ts', '--no-browser', '--no-build', '--dist', join(dir, 'dist'), '--config', join(dir, 'kiosk.config.json'), '--data', join(dir, 'data'), '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { out += d.toString(); });
    try {
      await expect.poll(() => /Serving .* at (http:\S+)/.exec(out)?.[1], { timeout: 20_000, interval: 100 }).toBeTruthy();
      expect(out).toContain(`${join(dir, 'kiosk.config.json')}："volume" 应为 0 到 1 之间的数，而不是 3；沿用 0.6\n`);
      expect(out).toContain(`${join(dir, 'kiosk.config.json')}: "volume" must be a number from 0 to 1, not 3; keeping 0.6\n`);
      expect(out).not.toContain('default PIN');
      expect(out).toMatch(/\] 正在提供 .*，地址 http:/);
      const url = /Serving .* at (http:\S+)/.exec(out)![1]!;
      expect(await (await fetch(new URL('/kiosk.config.json', url))).json()).toMatchObject({ volume: 0.6, pin: '482916' });
    } finally {
      child.kill('SIGTERM');
      await new Promise((done) => child.once('exit', done));
    }
  });

  it('--check only checks the file: the report, exit code 1 for a bad value, 0 for a good file, nothing served', async () => {
    const dir = tempDir();
    const run = async (config: string) => {
      writeFileSync(join(dir, 'kiosk.config.json'), config);
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/kiosk.ts', '--check', '--config', join(dir, 'kiosk.config.json'), '--dist', join(dir, 'nothing'), '--data', join(dir, 'data')], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
      child.stderr.on('data', (d: Buffer) => { out += d.toString(); });
      const code = await new Promise((done) => child.once('exit', done));
      return { code, out };
    };
    const bad = await run('{"pin": "482916", "idleSeconds": 5}');
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('"idleSeconds" 应为 10 到 600 之间的整数（秒），而不是 5；沿用 45');
    expect(bad.out).toContain('"idleSeconds" must be a whole number of seconds from 10 to 600, not 5; keeping 45');
    const good = await run('{"pin": "482916", "idleSeconds": 50}');
    expect(good.code).toBe(0);
    expect(good.out).toContain('无操作 50 秒后倒计时 15 秒');
    expect(good.out).not.toMatch(/Serving|Building|index\.html/);
    expect(existsSync(join(dir, 'nothing'))).toBe(false);
  });

  it('refuses to serve an unbuilt game with --no-build, saying what to do', async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/kiosk.ts', '--no-browser', '--no-build', '--dist', join(dir, 'nothing'), '--config', join(dir, 'none.json')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { out += d.toString(); });
    const code = await new Promise((done) => child.once('exit', done));
    expect(code).toBe(1);
    expect(out).toContain('index.html 不存在：请先构建游戏（npm run build），或者去掉 --no-build。');
    expect(out).toContain('index.html is missing: build the game (npm run build) or leave out --no-build.');
    expect(out).toContain('没有找到 ');
    expect(out).toContain('No ');
  });
});

describe('exporting the counters without the screen', () => {
  const counters = () => {
    let c = recordPlay(recordPlay(emptyCounters(Date.UTC(2025, 4, 1, 9, 30)), 'warm-uncle'), 'fake-friend');
    c = recordCompletion(c, { scenarioId: 'warm-uncle', outcome: 'scammed', flags: [{ flag: 'unsolicited-contact', status: 'spotted' }, { flag: 'urgency', status: 'missed' }] });
    return c;
  };

  it('writes the CSV the admin panel gives, from what the page saved through the kiosk server', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html>');
    const server = createKioskServer({ dist: join(dir, 'dist'), configPath: join(dir, 'none.json'), dataDir: join(dir, 'data'), scenarios: [], onExit: () => undefined, log: () => undefined });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
    try {
      const state = { savedAt: 5, entries: { 'rfc-kiosk.counters': JSON.stringify(counters()) } };
      expect((await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/kiosk-state.json`, { method: 'PUT', body: JSON.stringify(state) })).status).toBe(200);
    } finally { await new Promise((done) => { server.closeAllConnections(); server.close(done); }); }
    const file = join(dir, 'counters.csv');
    const said = await exportCounters(join(dir, 'data'), file, Date.UTC(2025, 4, 2));
    expect(said).toEqual({ zh: `已把统计导出到 ${file}（开始 2 次，玩到结局 1 次，自 2025-05-01 09:30 起）。`, en: `Counters exported to ${file} (2 plays, 1 finished, since 2025-05-01 09:30).` });
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = bytes.toString('utf8').slice(1).split('\r\n');
    expect(rows[0]).toBe('metric,id,name_zh,name_en,count,out_of,rate');
    expect(rows).toContain('plays,,开始游玩,Plays started,2,,');
    expect(rows).toContain('outcome,scammed,被骗了,Scammed,1,1,100.0%');
    expect(rows).toContain('scenario_plays,warm-uncle,暖心大叔,The Caring Uncle,1,,');
    expect(rows.find((r) => r.startsWith('flag_spotted,unsolicited-contact,'))).toMatch(/^flag_spotted,unsolicited-contact,[^,]*[\u4e00-\u9fff][^,]*,[A-Za-z][^,]*,1,1,100\.0%$/);
  });

  it('says so, in both languages, when there is nothing to export, and writes nothing', async () => {
    const dir = tempDir();
    const file = join(dir, 'counters.csv');
    await expect(exportCounters(join(dir, 'data'), file)).rejects.toThrow(/^.*里还没有统计：.*\nNo counters in .*state\.json yet/);
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data', 'state.json'), JSON.stringify({ savedAt: 1, entries: { 'rfc-kiosk.counters': 'not json' } }));
    await expect(exportCounters(join(dir, 'data'), file)).rejects.toThrow(/读不出来.*\nThe counters in .* cannot be read; nothing was exported\./);
    expect(existsSync(file)).toBe(false);
  });

  it('runs as npm run kiosk -- --export-csv, without a browser or a server', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data', 'state.json'), JSON.stringify({ savedAt: 1, entries: { 'rfc-kiosk.counters': JSON.stringify(counters()) } }));
    const file = join(dir, 'out.csv');
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/kiosk.ts', '--data', join(dir, 'data'), '--export-csv', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { out += d.toString(); });
    expect(await new Promise((done) => child.once('exit', done))).toBe(0);
    expect(out).toContain(`已把统计导出到 ${file}`);
    expect(out).toContain(`Counters exported to ${file}`);
    expect(readFileSync(file, 'utf8')).toContain('scenario_plays,fake-friend,冒充熟人,');
  });
});

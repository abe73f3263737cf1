// Browser benchmarks, each against a baseline measured in the same run:
// - first load: navigation to an interactive Home screen vs an empty Phaser 4 game (target ≤ 1.3×);
// - a 2,000-message chat vs a 20-message chat: display objects and textures alive, frame time while scrolling;
// - bundle size, gzipped.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT, readCatalogue } from './lib/content-files.ts';
import { loadScenario } from '../src/engine/index.ts';

const ROUNDS = 5;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update'];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function serve(root: string, outDir: string): Promise<PreviewServer> {
  await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true }, configFile: root === ROOT ? undefined : false, base: './' });
  return preview({ root, configFile: root === ROOT ? undefined : false, build: { outDir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
}

const urlOf = (server: PreviewServer) => server.resolvedUrls!.local[0]!;

/** tsx keeps function names with a helper the page does not have: give the page a stand-in. */
const NAME_SHIM = 'window.__name = (f) => f;';

interface LoadFigures { drawn: number; created: number; marks: Record<string, number>; fontRequests: number }

/** The moments a first load passes through: the game's performance marks, or the baseline's two. */
async function firstLoad(browser: Browser, url: string, isGame: boolean): Promise<LoadFigures> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'zh-CN', serviceWorkers: 'block' });
  await context.addInitScript(NAME_SHIM);
  const page = await context.newPage();
  let fontRequests = 0;
  page.on('request', (r) => { if (r.url().endsWith('.woff2')) fontRequests++; });
  await page.goto(url);
  // Both pages record the moments themselves; polling would add its own lag.
  const ready = isGame ? "() => performance.getEntriesByName('home:drawn').length > 0" : '() => window.__ready !== undefined';
  await page.waitForFunction(ready, undefined, { polling: 100, timeout: 60_000 });
  const figures = await page.evaluate(() => {
    const marks: Record<string, number> = {};
    for (const m of performance.getEntriesByType('mark')) marks[m.name] ??= m.startTime;
    const w = window as any;
    return w.__ready !== undefined ? { drawn: w.__ready, created: w.__created, marks } : { drawn: marks['home:drawn']!, created: marks['home:create']!, marks };
  });
  await context.close();
  return { ...figures, fontRequests };
}

function chatYaml(count: number): string {
  const lines = ['我看了你发的截图，收益确实不错。', '今天降温了，出门记得多穿点衣服哦😊', '这个平台是我朋友内部的，一般人进不去，名额有限。', '好的', '你那边几点下班？我这边刚开完会，有点累。'];
  const messages = Array.from({ length: count }, (_, i) => `      - {id: m${i}, kind: text, from: ${i % 3 ? 'a' : 'b'}, text: {zh: "${lines[i % lines.length]}${i}", en: "Message number ${i} of the long chat."}}`);
  return `id: long-chat
title: {zh: 长聊天, en: Long chat}
summary: {zh: 性能测试。, en: A benchmark.}
scamType: genuine
difficulty: easy
minutes: 1
wallet: 100
variants: {n: [1, 2]}
contacts:
  a: {name: {zh: 小王, en: Wang}, role: genuine, avatar: {color: "#3A7BD5", glyph: 王}}
  b: {name: {zh: 小李, en: Li}, role: genuine, avatar: {color: "#D5803A", glyph: 李}}
conversations:
  g: {kind: group, title: {zh: 测试群, en: Test group}, members: [a, b]}
start: all
nodes:
  all:
    in: g
    messages:
${messages.join('\n')}
    choices:
      - {id: c-done, text: {zh: 好的, en: OK}, goto: end}
  end:
    messages: []
    ending: done
endings:
  done: {outcome: resolved, title: {zh: 结束, en: Done}, debrief: {zh: 结束了。, en: The end.}}
`;
}

interface ChatFigures { messages: number; displayObjects: number; textures: number; frameMsMedian: number; frameMsP95: number }

async function longChat(browser: Browser, url: string, count: number): Promise<ChatFigures> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'zh-CN', serviceWorkers: 'block' });
  await context.addInitScript(NAME_SHIM);
  await context.addInitScript(() => localStorage.setItem('rfc.settings', JSON.stringify({ lang: 'zh', textSize: 'standard', reducedMotion: false, sound: false, volume: 0, pacing: 'instant' })));
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => (window as any).__rfc?.scene() === 'Home', undefined, { timeout: 60_000 });
  // Checked here in Node, then handed to the page as data (the game ships no YAML parser).
  const scenario = loadScenario(chatYaml(count), 'long-chat.yaml', readCatalogue()).scenario;
  await page.evaluate((data) => (window as any).__rfc.startCustom(data, 'g'), scenario);
  await page.waitForFunction((n) => (window as any).__rfc?.scene() === 'Chat' && (window as any).__rfc.app.snapshot.entries.length === n, count, { timeout: 120_000 });
  await page.waitForTimeout(500);
  const figures = await measureScroll(page);
  await context.close();
  return { messages: count, ...figures };
}

async function measureScroll(page: Page) {
  // Scroll up through the chat with the wheel for two seconds, recording every frame.
  const box = (await page.locator('#app canvas').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.evaluate(() => {
    const w = window as any;
    w.__frames = [];
    let last = performance.now();
    const tick = (t: number) => { w.__frames.push(t - last); last = t; if (w.__frames.length < 100000) w.__raf = requestAnimationFrame(tick); };
    w.__raf = requestAnimationFrame(tick);
  });
  const end = Date.now() + 2000;
  while (Date.now() < end) { await page.mouse.wheel(0, -120); await page.waitForTimeout(16); }
  return page.evaluate(() => {
    const w = window as any;
    cancelAnimationFrame(w.__raf);
    const frames: number[] = w.__frames.slice(5);
    const scene = w.__rfc.game.scene.getScene('Chat');
    const count = (list: any[]): number => list.reduce((n, o) => n + 1 + (o.list ? count(o.list) : 0), 0);
    const sorted = [...frames].sort((a, b) => a - b);
    return {
      displayObjects: count(scene.children.list),
      textures: w.__rfc.game.textures.getTextureKeys().length,
      frameMsMedian: sorted[Math.floor(sorted.length / 2)] ?? 0,
      frameMsP95: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
    };
  });
}

function bundleSizes(dir: string) {
  const files: { file: string; bytes: number; gzip: number }[] = [];
  const walk = (d: string) => { for (const f of readdirSync(d)) { const p = join(d, f); if (statSync(p).isDirectory()) walk(p); else { const data = readFileSync(p); files.push({ file: relative(dir, p), bytes: data.length, gzip: gzipSync(data).length }); } } };
  walk(dir);
  const sum = (test: (f: string) => boolean) => files.filter((f) => test(f.file)).reduce((s, f) => ({ bytes: s.bytes + f.bytes, gzip: s.gzip + f.gzip }), { bytes: 0, gzip: 0 });
  // What the first visit must download: the scripts index.html names (entry and preloads).
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const initial = new Set([...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]!));
  return {
    js: sum((f) => f.endsWith('.js') && f !== 'sw.js'),
    initialJs: sum((f) => initial.has(f)),
    initialJsFiles: initial.size,
    css: sum((f) => f.endsWith('.css')),
    audio: sum((f) => f.endsWith('.wav')),
    fontsAll: sum((f) => f.endsWith('.woff2')),
    fontFiles: files.filter((f) => f.file.endsWith('.woff2')).length,
    menuFont: sum((f) => /menu-font-[^/]*\.woff2$/.test(f)),
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

export async function runBrowserBench() {
  const game = await serve(ROOT, join(ROOT, 'dist'));
  const empty = await serve(join(ROOT, 'scripts/bench/empty-phaser'), join(ROOT, 'bench-results/empty-phaser'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const gameLoads: LoadFigures[] = [];
    const emptyLoads: LoadFigures[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      emptyLoads.push(await firstLoad(browser, urlOf(empty), false));
      gameLoads.push(await firstLoad(browser, urlOf(game), true));
    }
    const fontRequests = gameLoads.at(-1)!.fontRequests;
    const mark = (name: string) => median(gameLoads.map((l) => l.marks[name] ?? NaN));
    const quick = process.argv.includes('--load-only');
    const small = quick ? null : await longChat(browser, urlOf(game), 20);
    const large = quick ? null : await longChat(browser, urlOf(game), 2000);
    const sizes = bundleSizes(join(ROOT, 'dist'));
    const load = { game: median(gameLoads.map((l) => l.drawn)), empty: median(emptyLoads.map((l) => l.drawn)) };
    const created = { game: median(gameLoads.map((l) => l.created)), empty: median(emptyLoads.map((l) => l.created)) };
    const ratio = load.game / load.empty;
    const steps = { scriptsRun: mark('main:start'), phaserBooted: mark('boot:create'), homeCreated: mark('home:create'), homeBuilt: mark('home:built'), homeDrawn: mark('home:drawn') };

    console.log(`\nBrowser benchmark — Chromium (software GL), phone viewport 390×844 @2x, median of ${ROUNDS}`);
    console.log(`  first load to Home drawn           ${load.game.toFixed(0).padStart(6)} ms   baseline empty Phaser, first frame ${load.empty.toFixed(0)} ms   ${ratio.toFixed(2)}× (target ≤ 1.3×) ${ratio <= 1.3 ? 'OK' : 'OVER'}`);
    console.log(`  first load to Home created         ${created.game.toFixed(0).padStart(6)} ms   baseline empty Phaser, scene created ${created.empty.toFixed(0)} ms   ${(created.game / created.empty).toFixed(2)}×`);
    console.log(`    game's steps (median ms)         scripts running ${steps.scriptsRun.toFixed(0)}, Phaser booted ${steps.phaserBooted.toFixed(0)}, Home created ${steps.homeCreated.toFixed(0)}, built ${steps.homeBuilt.toFixed(0)}, drawn ${steps.homeDrawn.toFixed(0)}`);
    const emptyScripts = median(emptyLoads.map((l) => l.marks['main:start'] ?? NaN));
    console.log(`    baseline's steps (median ms)     scripts running ${emptyScripts.toFixed(0)}, scene created ${created.empty.toFixed(0)}, drawn ${load.empty.toFixed(0)}`);
    console.log(`  font files fetched by first load   ${fontRequests} of ${sizes.fontFiles} (the menus' font is ${kb(sizes.menuFont.bytes)})`);
    if (large && small) {
      console.log(`  chat with ${large.messages} messages              ${large.displayObjects} display objects, ${large.textures} textures, frame ${large.frameMsMedian.toFixed(1)} ms (p95 ${large.frameMsP95.toFixed(1)})`);
      console.log(`  chat with ${small.messages} messages (baseline)     ${small.displayObjects} display objects, ${small.textures} textures, frame ${small.frameMsMedian.toFixed(1)} ms (p95 ${small.frameMsP95.toFixed(1)})`);
      console.log(`  ratios 2000 vs 20                   objects ${(large.displayObjects / small.displayObjects).toFixed(2)}×, textures ${(large.textures / small.textures).toFixed(2)}×, frame time ${(large.frameMsMedian / small.frameMsMedian).toFixed(2)}×`);
    } else {
      console.log('  long chats                          skipped (--load-only)');
    }
    console.log(`  bundle gzipped                      first load JS ${kb(sizes.initialJs.gzip)} in ${sizes.initialJsFiles} files (${kb(sizes.initialJs.bytes)} raw); all JS ${kb(sizes.js.gzip)} (the rest: scenario scripts, catalogue, other pages, fetched on demand); CSS ${kb(sizes.css.gzip)}, audio ${kb(sizes.audio.gzip)}; fonts ${kb(sizes.fontsAll.bytes)} in ${sizes.fontFiles} files (the menus' font, preloaded; the rest unicode-range pieces fetched on demand)`);
    const result = { date: new Date().toISOString(), load: { ...load, ratio, created, steps, gameRounds: gameLoads, emptyRounds: emptyLoads, fontRequests }, chat: { small, large }, sizes };
    mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench-results/browser.json'), JSON.stringify(result, null, 2));
    return result;
  } finally {
    await browser.close();
    await new Promise<void>((r) => game.httpServer.close(() => r()));
    await new Promise<void>((r) => empty.httpServer.close(() => r()));
  }
}

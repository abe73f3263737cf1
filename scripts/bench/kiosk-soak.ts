// Kiosk soak: many visitor cycles in one page, as a kiosk lives for days between reloads. Each
// cycle: a touch on the attract loop, a case from the rotation, a chat opened, a few replies and a
// flag, then nobody: the page clock skips the idle time and the countdown, and the kiosk resets in
// memory (no page reload). JS heap after garbage collection, DOM nodes and listeners, Phaser
// display objects and textures are measured after cycle 10 (the baseline, once everything has been
// seen once) and after the last; the target is no growth beyond noise (heap +2 MB at most).
//
// The screen is the kiosk's portrait shape at half size by default (software GL draws a full
// 1080×1920 frame at 2–4 fps here, an hour for 300 cycles); --viewport 1080x1920 for the real size.
//
//   npx tsx scripts/bench/kiosk-soak.ts [--cycles 300] [--viewport 540x960] [--dist DIR]
// The page's state is read inside page.evaluate, where types do not reach.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { build } from 'vite';
import { bundledScenarios, createKioskServer } from '../kiosk.ts';
import { ROOT } from '../lib/content-files.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// As tests/e2e/browser.ts, and a heap the script can collect.
export const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--js-flags=--expose-gc'];
/** tsx keeps function names with a helper the page does not have: give the page a stand-in. */
export const NAME_SHIM = 'window.__name = (f) => f;';
export const CONFIG = { pin: '97531', pacing: 'instant', idleSeconds: 10, countdownSeconds: 5, debriefSeconds: 10, reloadHours: 0, reducedMotion: false };
const BASELINE_CYCLE = 10;
const HEAP_BUDGET_MB = 2;

export interface SoakFigures {
  cycle: number;
  heapMB: number;
  domNodes: number;
  elements: number;
  jsEventListeners: number;
  displayObjects: number;
  textures: number;
  appListeners: number;
  sceneListeners: number;
}

async function measure(page: Page, cdp: CDPSession, cycle: number): Promise<SoakFigures> {
  // Let the attract loop settle, then collect garbage until the heap stops shrinking.
  await page.waitForTimeout(300);
  let heap = Infinity;
  for (let i = 0; i < 5; i++) {
    await page.evaluate(() => (window as any).gc?.());
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    if (usedSize >= heap - 1024) { heap = Math.min(heap, usedSize); break; }
    heap = usedSize;
  }
  const dom = await cdp.send('Memory.getDOMCounters');
  const game = await page.evaluate(() => {
    const w = window as any;
    const count = (list: any[]): number => list.reduce((n, o) => n + 1 + (o.list ? count(o.list) : 0), 0);
    const scenes: any[] = w.__rfc.game.scene.scenes;
    return {
      displayObjects: scenes.reduce((n, s) => n + (s.children ? count(s.children.list) : 0), 0),
      textures: w.__rfc.game.textures.getTextureKeys().length,
      appListeners: w.__rfc.app.listeners.size,
      sceneListeners: scenes.reduce((n, s) => n + s.events.eventNames().reduce((m: number, e: string) => m + s.events.listenerCount(e), 0)
        + (s.input ? s.input.eventNames().reduce((m: number, e: string) => m + s.input.listenerCount(e), 0) : 0), 0),
      elements: document.getElementsByTagName('*').length,
    };
  });
  return { cycle, heapMB: heap / 1024 / 1024, domNodes: dom.nodes, jsEventListeners: dom.jsEventListeners, ...game };
}

/** One visitor: touch, a case, a chat, some replies and a flag, then idle until the reset. */
export async function visit(page: Page, cycle: number, idleMs: number, viewport: { width: number; height: number }) {
  await page.mouse.click(viewport.width / 2, viewport.height * 0.78);
  await page.waitForFunction(() => (window as any).__rfc.scene() === 'Home' && (window as any).__kiosk.phase === 'visitor', undefined, { timeout: 20_000 });
  await page.evaluate(async (i) => {
    const w = window as any;
    const { app, goTo } = w.__rfc;
    const rotation = w.__kiosk.rotation();
    await w.__kiosk.play(rotation[i % rotation.length].id);
    if (!app.snapshot) throw new Error(`cycle ${i}: no case started (kiosk ${w.__kiosk.phase}, screen ${w.__rfc.scene()})`);
    const frame = () => new Promise((done) => requestAnimationFrame(() => done(null)));
    for (let step = 0; step < 3; step++) {
      const snap = app.snapshot;
      const choice = snap.choices[0];
      if (!choice || snap.status !== 'playing') break;
      if (app.conversation !== choice.conversation) { app.openConversation(choice.conversation); await goTo('Chat'); }
      app.act({ type: 'choose', choice: choice.id });
      await frame();
    }
    // A flag on a message from someone else (practice mode answers with a toast).
    const entry = app.snapshot.entries.find((e: any) => e.message && e.from !== 'player' && e.from !== 'system');
    if (entry && app.snapshot.status === 'playing') app.act({ type: 'flag', message: entry.message, flag: app.catalogue.flags[0].id });
    if (!app.conversation && app.snapshot.conversations[0]) { app.openConversation(app.snapshot.conversations[0].id); await goTo('Chat'); }
    for (let f = 0; f < 3; f++) await frame();
  }, cycle);
  // Nobody touches: the quiet time, the countdown, the reset.
  const resetsBefore = cycle - 1;
  for (let left = idleMs; left > 0; left -= 2500) await page.clock.fastForward(Math.min(2500, left));
  await page.waitForFunction((n) => (window as any).__kiosk.resets > n && (window as any).__rfc.scene() === 'KioskAttract', resetsBefore, { timeout: 20_000 });
}

export async function runKioskSoak(options: { cycles?: number; dist?: string; viewport?: { width: number; height: number }; log?: (line: string) => void } = {}) {
  const cycles = options.cycles ?? 300;
  const viewport = options.viewport ?? { width: 540, height: 960 };
  const log = options.log ?? ((line: string) => console.log(line));
  const work = mkdtempSync(join(tmpdir(), 'rfc-kiosk-soak-'));
  let dist = options.dist;
  if (!dist) {
    dist = join(work, 'dist');
    await build({ root: ROOT, logLevel: 'error', build: { outDir: dist, emptyOutDir: true } });
  }
  writeFileSync(join(work, 'kiosk.config.json'), JSON.stringify(CONFIG));
  const server = createKioskServer({ dist, configPath: join(work, 'kiosk.config.json'), dataDir: join(work, 'data'), scenarios: bundledScenarios(join(ROOT, 'assets/scenarios')), onExit: () => undefined, log: () => undefined });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/?mode=kiosk`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const figures: SoakFigures[] = [];
  const started = Date.now();
  try {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'zh-CN' });
    await context.addInitScript(NAME_SHIM);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.clock.install();
    await page.goto(url);
    await page.waitForFunction(() => (window as any).__rfc?.scene() === 'KioskAttract', undefined, { timeout: 60_000 });
    const cdp = await context.newCDPSession(page);
    const idleMs = (CONFIG.idleSeconds + CONFIG.countdownSeconds + 1) * 1000;
    const checkpoints = new Set([BASELINE_CYCLE, cycles, ...Array.from({ length: Math.floor(cycles / 50) }, (_, i) => (i + 1) * 50)]);
    for (let cycle = 1; cycle <= cycles; cycle++) {
      await visit(page, cycle, idleMs, viewport);
      if (checkpoints.has(cycle)) {
        const f = await measure(page, cdp, cycle);
        figures.push(f);
        log(`  cycle ${String(cycle).padStart(4)}: heap ${f.heapMB.toFixed(2)} MB, DOM nodes ${f.domNodes} (${f.elements} in the document), JS listeners ${f.jsEventListeners}, display objects ${f.displayObjects}, textures ${f.textures}, app listeners ${f.appListeners}, scene listeners ${f.sceneListeners}  [${((Date.now() - started) / 1000).toFixed(0)} s]`);
      }
    }
    if (errors.length) log(`  page errors: ${errors.slice(0, 5).join(' | ')}`);
    // From 10 to about 50 cycles the heap still grows by compiled code and browser caches (text
    // shaping) filling up; after that it is flat. Shown beside the figure asked for.
    const settled = figures.find((f) => f.cycle === 50);
    const base = figures.find((f) => f.cycle === BASELINE_CYCLE)!;
    const last = figures.find((f) => f.cycle === cycles)!;
    const heapGrowth = last.heapMB - base.heapMB;
    const ok = heapGrowth <= HEAP_BUDGET_MB && last.displayObjects <= base.displayObjects && last.textures <= base.textures && last.jsEventListeners <= base.jsEventListeners + 5;
    log(`  cycle ${cycles} vs cycle ${BASELINE_CYCLE}: heap ${heapGrowth >= 0 ? '+' : ''}${heapGrowth.toFixed(2)} MB (budget +${HEAP_BUDGET_MB} MB), DOM nodes ${last.domNodes - base.domNodes >= 0 ? '+' : ''}${last.domNodes - base.domNodes}, JS listeners ${last.jsEventListeners - base.jsEventListeners >= 0 ? '+' : ''}${last.jsEventListeners - base.jsEventListeners}, display objects ${last.displayObjects - base.displayObjects >= 0 ? '+' : ''}${last.displayObjects - base.displayObjects}, textures ${last.textures - base.textures >= 0 ? '+' : ''}${last.textures - base.textures} — ${ok ? 'no growth beyond noise' : 'GROWTH'}${settled && settled !== last ? ` (cycle ${cycles} vs 50: heap ${last.heapMB - settled.heapMB >= 0 ? '+' : ''}${(last.heapMB - settled.heapMB).toFixed(2)} MB)` : ''}; ${((Date.now() - started) / cycles / 1000).toFixed(2)} s a cycle`);
    const result = { date: new Date().toISOString(), cycles, viewport, config: CONFIG, figures, heapGrowthMB: heapGrowth, ok, errors, secondsPerCycle: (Date.now() - started) / cycles / 1000 };
    mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench-results/kiosk-soak.json'), JSON.stringify(result, null, 2));
    return result;
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf('--cycles');
  const cycles = at > 0 ? Number(process.argv[at + 1]) : 300;
  if (!Number.isInteger(cycles) || cycles < BASELINE_CYCLE) { console.error(`--cycles takes a whole number from ${BASELINE_CYCLE} up`); process.exit(2); }
  const distAt = process.argv.indexOf('--dist');
  const viewAt = process.argv.indexOf('--viewport');
  const size = /^(\d+)x(\d+)$/.exec(viewAt > 0 ? process.argv[viewAt + 1] ?? '' : '540x960');
  if (!size) { console.error('--viewport takes a size like 1080x1920'); process.exit(2); }
  const viewport = { width: Number(size[1]), height: Number(size[2]) };
  console.log(`Kiosk soak — ${cycles} visitor cycles in one page (resets in memory, no reload), Chromium (software GL), ${viewport.width}×${viewport.height}`);
  const result = await runKioskSoak({ cycles, viewport, ...(distAt > 0 ? { dist: process.argv[distAt + 1] } : {}) });
  if (!result.ok) process.exitCode = 1;
}

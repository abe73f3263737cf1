// npm run kiosk: an exhibition kiosk on this machine. Builds the game if dist/ is missing or older
// than the sources, checks the technician's kiosk.config.json (a bad value is named and its default
// kept), serves the game, the config and the kiosk's saved state on a local port, and keeps
// Chromium open on it in kiosk mode, starting it again whenever it exits.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { KIOSK_DEFAULTS, parseKioskConfigText, type ConfigProblem, type KioskConfig, type ScenarioEntry } from '../src/kiosk/config.ts';
import { isKioskKey, KIOSK_KEYS } from '../src/kiosk/wipe.ts';
import { parseCounters } from '../src/kiosk/counters.ts';
import { countersCsv, type CsvNames } from '../src/kiosk/csv.ts';
import { hasString, t } from '../src/game/i18n.ts';
import { StaticFiles } from '../src/server/static-files.ts';
import { eachFlag } from '../src/server/cli-flags.ts';
import { readCatalogue } from './lib/content-files.ts';
import { bilingualError, bothLines, say, settingsSummary, USAGE, type Bilingual } from './lib/kiosk-messages.ts';

export { USAGE };

/** The flags from the kiosk conventions, plus a few that keep first-run and crash prompts away. */
export const KIOSK_FLAGS = [
  '--kiosk', '--incognito', '--noerrdialogs', '--disable-pinch', '--overscroll-history-navigation=0', '--autoplay-policy=no-user-gesture-required',
  '--no-first-run', '--no-default-browser-check', '--disable-session-crashed-bubble', '--disable-translate', '--disable-features=Translate,TranslateUI',
  '--check-for-update-interval=31536000',
];

export interface KioskOptions {
  config: string;
  port: number;
  host: string;
  data: string;
  dist: string;
  build: boolean;
  browser: boolean;
  chromium: string;
  chromiumFlags: string[];
  /** Write the counters kept in `data` to this CSV file instead of starting the kiosk. */
  exportCsv: string | null;
  /** Only check the config file and say what is wrong (exit code 1 if anything is). */
  check: boolean;
  help: boolean;
}

export function parseKioskArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): KioskOptions {
  const options: KioskOptions = {
    config: 'kiosk.config.json', port: 8090, host: '127.0.0.1', data: 'kiosk-data', dist: 'dist', build: true, browser: true,
    chromium: env.CHROMIUM || '/usr/bin/chromium', chromiumFlags: [], exportCsv: null, check: false, help: false,
  };
  eachFlag(argv, (name, value, arg) => {
    switch (name) {
      case '--config': options.config = value(); break;
      case '--port': {
        const port = Number(value());
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw bilingualError(say('badPort'));
        options.port = port;
        break;
      }
      case '--host': options.host = value(); break;
      case '--data': options.data = value(); break;
      case '--dist': options.dist = value(); break;
      case '--no-build': options.build = false; break;
      case '--no-browser': options.browser = false; break;
      case '--chromium': options.chromium = value(); break;
      case '--chromium-flags': options.chromiumFlags = value().split(/\s+/).filter(Boolean); break;
      case '--export-csv': options.exportCsv = value(); break;
      case '--check': options.check = true; break;
      case '--help': case '-h': options.help = true; break;
      default: throw bilingualError(say('unknownOption', { arg }), `\n\n${USAGE}`);
    }
  }, (name) => bilingualError(say('needsValue', { name })));
  return options;
}

// ---- config ------------------------------------------------------------------------------------

/** The bundled scenarios (id and whether they are short), read from assets/scenarios. */
export function bundledScenarios(dir = 'assets/scenarios'): ScenarioEntry[] {
  return scenarioHeads(dir).map(({ id, short }) => ({ id, short }));
}

/** Each bundled scenario's id, whether it is short, and its title (for the CSV). */
function scenarioHeads(dir: string): (ScenarioEntry & { title?: Bilingual })[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => {
    const doc = parseYaml(readFileSync(join(dir, f), 'utf8')) as { id?: unknown; short?: unknown; title?: { zh?: unknown; en?: unknown } };
    const title = typeof doc.title?.zh === 'string' && typeof doc.title.en === 'string' ? { zh: doc.title.zh, en: doc.title.en } : undefined;
    return { id: String(doc.id ?? f.replace(/\.yaml$/, '')), short: doc.short === true, ...(title ? { title } : {}) };
  });
}

export interface LoadedConfig {
  config: KioskConfig;
  problems: ConfigProblem[];
  /** Whether the file exists at all (without one, every default applies). */
  found: boolean;
}

export function loadKioskConfig(path: string, scenarios: readonly ScenarioEntry[]): LoadedConfig {
  if (!existsSync(path)) return { config: { ...KIOSK_DEFAULTS }, problems: [], found: false };
  const { config, problems } = parseKioskConfigText(readFileSync(path, 'utf8'), { scenarios });
  return { config, problems, found: true };
}

/** One config problem, as the terminal shows it. */
export function problemMessage(path: string, problem: ConfigProblem): Bilingual {
  return say('configProblem', { path, text: { zh: problem.zh, en: problem.message } });
}

/** What the terminal says about a config, each in Chinese then English: each problem by key, then the settings in force. */
export function describeConfig(path: string, loaded: LoadedConfig): string[] {
  const messages: Bilingual[] = [];
  if (!loaded.found) messages.push(say('noConfig', { path }));
  for (const p of loaded.problems) messages.push(problemMessage(path, p));
  const c = loaded.config;
  if (c.pin === KIOSK_DEFAULTS.pin) messages.push(say('defaultPin', { pin: KIOSK_DEFAULTS.pin, path }));
  messages.push(settingsSummary(c));
  return messages.flatMap(bothLines);
}

// ---- build ---------------------------------------------------------------------------------------

function newestIn(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestIn(join(path, entry)));
  return newest;
}

/** dist/ is stale when it is missing or any source is newer than its index.html. */
export function distIsStale(dist: string, sources = ['src', 'assets', 'index.html', 'vite.config.ts', 'package.json', 'scripts/build']): boolean {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return sources.some((s) => newestIn(s) > built);
}

// ---- server ----------------------------------------------------------------------------------------

const MAX_STATE_BYTES = 512 * 1024;

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_STATE_BYTES) throw new Error('too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The kiosk's state file: only kiosk keys with text values, and when they were saved. */
export function checkState(value: unknown): { savedAt: number; entries: Record<string, string> } | null {
  if (typeof value !== 'object' || value === null) return null;
  const { savedAt, entries } = value as { savedAt?: unknown; entries?: unknown };
  if (typeof savedAt !== 'number' || !Number.isFinite(savedAt) || typeof entries !== 'object' || entries === null || Array.isArray(entries)) return null;
  const clean: Record<string, string> = {};
  for (const [key, v] of Object.entries(entries)) {
    if (!isKioskKey(key) || typeof v !== 'string') return null;
    clean[key] = v;
  }
  return { savedAt, entries: clean };
}

export interface KioskServerOptions {
  dist: string;
  configPath: string;
  dataDir: string;
  scenarios: readonly ScenarioEntry[];
  /** Told when the admin leaves kiosk mode. */
  onExit(): void;
  log(message: Bilingual): void;
}

export function createKioskServer(options: KioskServerOptions): Server {
  const files = new StaticFiles(options.dist);
  const statePath = join(options.dataDir, 'state.json');
  let lastReport = '';
  const json = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    response.end(JSON.stringify(body));
  };
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://kiosk.local');
    if (url.pathname === '/kiosk.config.json' && request.method === 'GET') {
      // Read on every request: an edited file applies at the next page load (the periodic reload).
      const loaded = loadKioskConfig(options.configPath, options.scenarios);
      const report = describeConfig(options.configPath, loaded).join('\n');
      if (report !== lastReport) { lastReport = report; for (const p of loaded.problems) options.log(problemMessage(options.configPath, p)); }
      return json(response, 200, { ...loaded.config, _problems: loaded.problems.map((p) => ({ en: p.message, zh: p.zh })) });
    }
    if (url.pathname === '/kiosk-state.json') {
      if (request.method === 'GET') {
        const text = await readFile(statePath, 'utf8').catch(() => null);
        let state = null;
        try { state = text ? checkState(JSON.parse(text)) : null; } catch { /* damaged file: start over */ }
        return json(response, 200, state ?? { savedAt: 0, entries: {} });
      }
      // PUT from the page; POST from navigator.sendBeacon as the page goes away.
      if (request.method === 'PUT' || request.method === 'POST') {
        let state;
        try { state = checkState(JSON.parse(await readBody(request))); } catch { state = null; }
        if (!state) return json(response, 400, { error: 'expected {"savedAt": number, "entries": {"rfc-kiosk.…": "…"}}' });
        await mkdir(options.dataDir, { recursive: true });
        const temporary = `${statePath}.${process.pid}.tmp`;
        await writeFile(temporary, JSON.stringify(state));
        await rename(temporary, statePath);
        return json(response, 200, { saved: true });
      }
      return json(response, 405, { error: 'GET, PUT or POST' });
    }
    if (url.pathname === '/kiosk-exit' && request.method === 'POST') {
      json(response, 200, { exiting: true });
      options.log(say('adminExit'));
      options.onExit();
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return json(response, 405, { error: 'method not allowed' });
    return files.serve(request, response, url.pathname);
  };
  return createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      options.log(say('serveError', { url: request.url ?? '', error: String(error) }));
      if (!response.headersSent) json(response, 500, { error: 'server error' });
      else response.destroy();
    });
  });
}

// ---- counters ----------------------------------------------------------------------------------------

/** The names the CSV gives outcomes, scenarios and red flags, from the bundled content. */
export function contentNames(scenarioDir = 'assets/scenarios'): CsvNames {
  const titles = new Map(scenarioHeads(scenarioDir).flatMap((s) => (s.title ? [[s.id, s.title] as const] : [])));
  const flags = new Map(readCatalogue().flags.map((f) => [f.id, f.name] as const));
  return {
    outcome: (id) => { const key = `outcome_${id}`; return hasString(key) ? { zh: t(key, 'zh'), en: t(key, 'en') } : undefined; },
    scenario: (id) => titles.get(id),
    flag: (id) => flags.get(id),
  };
}

/**
 * Writes the counters the kiosk keeps in `dataDir` (state.json, as saved by the page) to a CSV file,
 * the same file the admin panel's "Export CSV" gives. Reads only: the kiosk may keep running.
 */
export async function exportCounters(dataDir: string, file: string, now = Date.now(), names: CsvNames = contentNames()): Promise<Bilingual> {
  const statePath = join(dataDir, 'state.json');
  const text = await readFile(statePath, 'utf8').catch(() => null);
  let state = null;
  try { state = text ? checkState(JSON.parse(text)) : null; } catch { /* damaged: said below */ }
  const raw = state?.entries[KIOSK_KEYS.counters] ?? null;
  if (raw === null) throw bilingualError(say('noCounters', { file: statePath }));
  const { counters, dropped } = parseCounters(raw, now);
  if (dropped === 'all') throw bilingualError(say('countersUnreadable', { file: statePath }));
  await writeFile(file, countersCsv(counters, names, now)).catch((error: NodeJS.ErrnoException) => { throw bilingualError(say('cannotWrite', { file, error: error.code ?? error.message })); });
  const done = say('exported', { file, plays: counters.plays, completions: counters.completions, since: new Date(counters.since).toISOString().slice(0, 16).replace('T', ' ') });
  if (dropped.length === 0) return done;
  const damaged = say('countersDamaged', { what: dropped.join(', ') });
  return { zh: `${done.zh}\n${damaged.zh}`, en: `${done.en}\n${damaged.en}` };
}

// ---- browser -----------------------------------------------------------------------------------------

export interface BrowserLoop {
  stop(): Promise<void>;
  /** How many times the browser was started. */
  readonly launches: number;
}

/**
 * Keeps the browser open on `url`: started again whenever it exits, at once after a long run, with
 * a growing pause (up to a minute) while it keeps failing straight away.
 */
export function keepBrowserOpen(binary: string, flags: string[], url: string, log: (message: Bilingual) => void, timing = { quickExitMs: 10_000, firstDelayMs: 1000, maxDelayMs: 60_000 }): BrowserLoop {
  let child: ChildProcess | null = null;
  let stopped = false;
  let launches = 0;
  let delay = timing.firstDelayMs;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const launch = () => {
    if (stopped) return;
    launches++;
    const started = Date.now();
    child = spawn(binary, [...flags, url], { stdio: 'ignore' });
    child.on('error', (error) => log(say('browserFailed', { binary, error: error.message })));
    child.on('exit', (code, signal) => {
      child = null;
      if (stopped) return;
      const ran = Date.now() - started;
      delay = ran < timing.quickExitMs ? Math.min(timing.maxDelayMs, delay * 2) : timing.firstDelayMs;
      const wait = ran < timing.quickExitMs ? delay : timing.firstDelayMs;
      log(say('browserExited', { seconds: Math.round(wait / 1000), how: signal ?? say('exitCode', { code: String(code) }) }));
      timer = setTimeout(launch, wait);
    });
  };
  launch();
  return {
    get launches() { return launches; },
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      const running = child;
      if (!running || running.exitCode !== null) return;
      await new Promise<void>((done) => {
        running.once('exit', () => done());
        running.kill('SIGTERM');
        setTimeout(() => { if (running.exitCode === null) running.kill('SIGKILL'); }, 5000).unref();
      });
    },
  };
}

// ---- main ------------------------------------------------------------------------------------------

async function main() {
  let options: KioskOptions;
  try { options = parseKioskArgs(process.argv.slice(2)); } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
  if (options.help) { console.log(USAGE); return; }
  const time = () => new Date().toLocaleTimeString('en-GB');
  const log = (message: Bilingual) => { for (const line of bothLines(message)) console.log(`[kiosk ${time()}] ${line}`); };
  const fail = (message: Bilingual, code = 1): never => { for (const line of bothLines(message)) console.error(line); process.exit(code); };
  if (options.exportCsv) {
    try { for (const line of bothLines(await exportCounters(resolve(options.data), options.exportCsv))) console.log(line); } catch (error) {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    }
    return;
  }
  const scenarios = bundledScenarios();
  const configPath = resolve(options.config);
  const loaded = loadKioskConfig(configPath, scenarios);
  for (const line of describeConfig(options.config, loaded)) console.log(line);
  if (options.check) process.exit(loaded.problems.some((p) => !p.warning) ? 1 : 0);

  if (options.build && distIsStale(options.dist)) {
    log(say('building', { dist: options.dist }));
    const { build } = await import('vite');
    await build({ logLevel: 'warn', build: { outDir: options.dist, emptyOutDir: true } });
  } else if (!existsSync(join(options.dist, 'index.html'))) {
    fail(say('distMissing', { dist: options.dist }));
  }

  let browser: BrowserLoop | null = null;
  const shutdown = async (code: number) => {
    await browser?.stop();
    server.close();
    process.exit(code);
  };
  const server = createKioskServer({
    dist: options.dist, configPath, dataDir: resolve(options.data), scenarios, log,
    onExit: () => { void shutdown(0); },
  });
  await new Promise<void>((done, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => done());
  }).catch((error: NodeJS.ErrnoException) => fail(error.code === 'EADDRINUSE' ? say('portInUse', { port: options.port }) : { zh: error.message, en: error.message }));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://${options.host === '0.0.0.0' ? '127.0.0.1' : options.host}:${port}/?mode=kiosk`;
  log(say('serving', { dist: options.dist, url }));
  if (options.host !== '127.0.0.1' && options.host !== 'localhost') log(say('openToNetwork'));

  if (options.browser) {
    if (!existsSync(options.chromium)) log(say('noBrowser', { chromium: options.chromium, url }));
    else {
      const profile = join(resolve(options.data), 'chromium-profile');
      await mkdir(profile, { recursive: true });
      browser = keepBrowserOpen(options.chromium, [...KIOSK_FLAGS, `--user-data-dir=${profile}`, ...options.chromiumFlags], url, log);
      log(say('browserStarted', { chromium: options.chromium }));
    }
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => { log(say('closing', { signal })); void shutdown(0); });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) void main();

// npm run bench: measures the engine and prints figures with ratios against a baseline measured
// in the same run (plain YAML parsing of the same files), so results compare across machines.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from 'yaml';
import { exploreScenario, loadScenario, replay, GameSession, type ScenarioModel } from '../src/engine/index.ts';
import { readCatalogue, scenarioFiles, ROOT } from './lib/content-files.ts';

const TARGET_SCENARIOS = 20;
const ROUNDS = 5;

/** The bundled scenarios and the test fixture, repeated under new ids until there are 20. */
function corpus(): { file: string; text: string }[] {
  const sources = [...scenarioFiles(), join(ROOT, 'tests/fixtures/mini-scam.yaml')].map((file) => ({ file, text: readFileSync(file, 'utf8') }));
  return Array.from({ length: TARGET_SCENARIOS }, (_, i) => {
    const source = sources[i % sources.length]!;
    return { file: `${source.file}#${i}`, text: source.text.replace(/^id: (.+)$/m, `id: $1-${i}`) };
  });
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(fn: () => void): number {
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

const catalogue = readCatalogue();
const files = corpus();
let models: ScenarioModel[] = [];

const baseline = time(() => { for (const f of files) parse(f.text); });
const load = time(() => { models = files.map((f) => loadScenario(f.text, f.file, catalogue)); });
let states = 0;
const explore = time(() => { states = 0; for (const m of models) states += exploreScenario(m).states; });

// A play: instant pacing, always the first choice, until the end (or 200 steps).
const plays = 200;
let messages = 0;
const playTime = time(() => {
  messages = 0;
  for (let i = 0; i < plays; i++) {
    const model = models[i % models.length]!;
    const session = GameSession.start(model, { seed: `bench-${i}`, pacing: 'instant' });
    for (let step = 0; step < 200 && session.getSnapshot().status === 'playing'; step++) {
      const choice = session.getSnapshot().choices[0];
      if (!choice) break;
      session.send({ type: 'choose', choice: choice.id });
    }
    messages += session.deliveredCount;
    const log = session.save().state.log;
    replay(model, { seed: `bench-${i}`, delivered: session.deliveredCount }, log);
    session.dispose();
  }
});

const rows = [
  ['baseline: YAML parse only', baseline, 1],
  ['load + check', load, load / baseline],
  ['explore state graphs', explore, explore / baseline],
  ['validate total (load + explore)', load + explore, (load + explore) / baseline],
  [`${plays} plays + server replays`, playTime, playTime / baseline],
] as const;

console.log(`Engine benchmark — ${files.length} scenarios, ${states} states in all, median of ${ROUNDS} rounds, Node ${process.version}`);
for (const [name, ms, ratio] of rows) console.log(`  ${name.padEnd(36)} ${ms.toFixed(1).padStart(9)} ms   ${ratio.toFixed(1).padStart(6)}× baseline`);
console.log(`  messages delivered per play (avg)    ${(messages / plays).toFixed(1)}`);
const budgetMs = 3000;
const ok = load + explore < budgetMs;
console.log(`  validate ${files.length} scenarios: ${(load + explore).toFixed(0)} ms — ${ok ? 'within' : 'OVER'} the ${budgetMs} ms budget`);

mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(join(ROOT, 'bench-results/engine.json'), JSON.stringify({ date: new Date().toISOString(), scenarios: files.length, states, rows: rows.map(([name, ms, ratio]) => ({ name, ms, ratio })) }, null, 2));
if (!ok) process.exitCode = 1;

// The browser half: first load, long chats, bundle size (needs Chromium).
if (!process.argv.includes('--engine-only')) {
  const { runBrowserBench } = await import('./bench-browser.ts');
  await runBrowserBench();
}

// Kiosk soak (300 visitor cycles) and workshop load (200 participants; 10 rooms of 50): each is
// its own script, run here as a child process so its figures print in the same report.
if (!process.argv.includes('--engine-only') && !process.argv.includes('--load-only')) {
  const { spawnSync } = await import('node:child_process');
  for (const script of ['scripts/bench/kiosk-soak.ts', 'scripts/bench/workshop-load.ts']) {
    const result = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, script)], { cwd: ROOT, stdio: 'inherit' });
    if (result.status !== 0) process.exitCode = 1;
  }
}

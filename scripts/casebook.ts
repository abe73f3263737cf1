// npx tsx scripts/casebook.ts [--check] [--out file]: writes docs/casebook.md, the overview of every
// scenario in assets/scenarios/ (one table row each, then a section per scenario), generated from the
// YAML itself so it never drifts. With --check it writes nothing and exits 1 if the file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import {
  formatIssue, localize, STAGES, type Catalogue, type ContentIssue, type Lang, type LocalizedText, type ScamType, type ScenarioModel,
} from '../src/engine/index.ts';
import { readCatalogue, readScenarios, scenarioFiles, ROOT, SCENARIO_DIR } from './lib/content-files.ts';
import { estimatePlayLength } from './lib/estimate.ts';

export const CASEBOOK_FILE = join(ROOT, 'docs/casebook.md');

/** Where each scam type comes from: the seed article's chapter or the row of reference/red-flags.md. */
export const SOURCES: Record<ScamType, string> = {
  romance: 'seed article ch. 2 (暖心大叔, 小萝莉); red-flags.md #9–#12',
  'investment-group': 'seed article ch. 4 (群里除了你全是骗子); red-flags.md #10, #13',
  insider: 'seed article ch. 2 (手眼通天的“内部人”); red-flags.md #10',
  'task-rebate': 'red-flags.md #11, #14 (刷单返利)',
  'customer-service': 'red-flags.md #3, #4, #7 (冒充客服)',
  'police-impersonation': 'red-flags.md #3, #5, #6 (冒充公检法, 安全账户)',
  prize: 'seed article ch. 5 (中奖、领红包盗取信息); red-flags.md #4, #8',
  loan: 'red-flags.md #12, #15 (网贷)',
  'sim-card': 'seed article ch. 5–8 (开卡送油, 回收卡, 保护电话卡); red-flags.md #17',
  'friend-impersonation': 'seed article ch. 6 (回收卡盗号); red-flags.md #18',
  shopping: 'red-flags.md #2, #6 (绕开平台交易)',
  genuine: 'DESIGN.md: genuine contacts, scoring discernment not suspicion',
};

const STAGE_NAMES: Record<(typeof STAGES)[number], string> = {
  approach: '搭讪 · approach', trust: '建立信任 · trust', induce: '诱导 · induce', harvest: '收割 · harvest',
};

export interface CasebookOptions {
  /** Scenario files or folders; default assets/scenarios/. */
  targets?: string[];
  catalogue?: Catalogue;
}

export interface Casebook {
  markdown: string;
  /** Files that could not be loaded; they are left out of the casebook. */
  skipped: ContentIssue[];
}

/** One cell of a Markdown table: no pipes or line breaks inside. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** Every placeholder filled with option `index` of its variant (the last option when there are fewer). */
function valuesFor(model: ScenarioModel, lang: Lang, index = 0): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const [name, options] of Object.entries(model.scenario.variants ?? {})) {
    const option = options[Math.min(index, options.length - 1)]!;
    values[name] = typeof option === 'number' ? option : option[lang];
  }
  for (const [name, value] of Object.entries(model.scenario.vars ?? {})) if (!(name in values)) values[name] = String(value);
  return values;
}

const render = (model: ScenarioModel, text: LocalizedText, lang: Lang) => localize(text, lang, valuesFor(model, lang));

/** A name with every variant it can take, e.g. "陈建国 / 周文斌 / 林志远". */
function allForms(model: ScenarioModel, text: LocalizedText, lang: Lang): string {
  const count = Math.max(1, ...Object.values(model.scenario.variants ?? {}).map((o) => o.length));
  const forms = new Set<string>();
  for (let i = 0; i < count; i++) forms.add(localize(text, lang, valuesFor(model, lang, i)));
  return [...forms].join(' / ');
}

function flagsOf(model: ScenarioModel): string[] {
  const used = new Set([...model.messages.values()].flatMap((m) => m.flags));
  // Catalogue order: roughly the order of a scam's stages.
  return model.catalogue.flags.filter((f) => used.has(f.id)).map((f) => f.id);
}

function tableRow(model: ScenarioModel): string {
  const { scenario, catalogue } = model;
  const names = new Map(catalogue.flags.map((f) => [f.id, f.name.zh]));
  const scammers = Object.values(scenario.contacts).filter((c) => c.role === 'scammer');
  const flags = flagsOf(model);
  const real = estimatePlayLength(model, 'realtime').medianMinutes;
  const fast = estimatePlayLength(model, 'fast').medianMinutes;
  const endings = Object.entries(scenario.endings).map(([id, e]) => `\`${id}\` (${e.outcome})`).join(', ');
  return `| ${[
    `\`${scenario.id}\``,
    `${scenario.title.zh} / ${scenario.title.en}`,
    scenario.scamType,
    scammers.length ? scammers.map((c) => allForms(model, c.name, 'zh')).join('; ') : '—',
    flags.length ? `${flags.length}: ${flags.map((f) => names.get(f)).join('、')}` : '0',
    endings,
    `${scenario.minutes} (≈${real.toFixed(1)}, fast ${fast.toFixed(1)})`,
    scenario.short ? 'yes' : 'no',
    SOURCES[scenario.scamType],
  ].map(cell).join(' | ')} |`;
}

function section(model: ScenarioModel): string {
  const { scenario } = model;
  const zh = (t: LocalizedText) => render(model, t, 'zh');
  const en = (t: LocalizedText) => render(model, t, 'en');
  const lines = [`## ${scenario.title.zh} · ${scenario.title.en} (\`${scenario.id}\`)`, ''];
  lines.push(`${zh(scenario.summary)}`, '', `${en(scenario.summary)}`, '');
  lines.push(`Scam type \`${scenario.scamType}\` · difficulty ${scenario.difficulty} · wallet ¥${scenario.wallet} · ${scenario.minutes} min${scenario.short ? ' · kiosk length' : ''} · source: ${SOURCES[scenario.scamType]}`, '');

  if (scenario.script) {
    lines.push('### Script (剧本)', '');
    for (const stage of STAGES) {
      const text = scenario.script[stage];
      lines.push(`- **${STAGE_NAMES[stage]}**: ${zh(text)}`, `  ${en(text)}`);
    }
    lines.push('');
  }

  const others = Object.values(scenario.contacts).filter((c) => c.role !== 'scammer');
  lines.push('### Genuine contacts (真实的联系人)', '');
  if (others.length === 0) lines.push('None.');
  for (const c of others) lines.push(`- ${allForms(model, c.name, 'zh')} — ${allForms(model, c.name, 'en')}${c.role === 'official' ? ' (official)' : ''}`);
  lines.push('');

  const scammers = Object.values(scenario.contacts).filter((c) => c.role === 'scammer' && c.behind);
  if (scammers.length) {
    lines.push('### Behind the account (账号背后)', '');
    for (const c of scammers) lines.push(`- **${zh(c.name)} / ${en(c.name)}**: ${zh(c.behind!)}`, `  ${en(c.behind!)}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** Builds the casebook from the scenario files; files that do not load are skipped and reported. */
export function buildCasebook(options: CasebookOptions = {}): Casebook {
  const catalogue = options.catalogue ?? readCatalogue();
  const { models, issues } = readScenarios(scenarioFiles(options.targets ?? [SCENARIO_DIR]), catalogue);
  const sorted = [...models].sort((a, b) => a.scenario.id.localeCompare(b.scenario.id));
  const scams = sorted.filter((m) => m.scenario.scamType !== 'genuine');
  const markdown = [
    '# Casebook (案例集)',
    '',
    '<!-- Generated by `npx tsx scripts/casebook.ts` from assets/scenarios/*.yaml; do not edit by hand. -->',
    '',
    `Every scenario of 识骗 · Red Flag Chat at a glance: ${sorted.length} scenarios, ${scams.length} of them scams across ` +
      `${new Set(scams.map((m) => m.scenario.scamType)).size} scam types, each drawn from the police article in ` +
      '`reference/seed-article.md` or a row of `reference/red-flags.md`. Personas are the scammers\' names with every ' +
      'variant a play may pick; red flags are the catalogue flags the scenario\'s messages carry; minutes are the ' +
      'declared length, then the median measured over 25 seeded plays at real-time and at fast pacing ' +
      '(`scripts/lib/estimate.ts`); "short" marks a kiosk-length version. Texts below show the first variant of each name and amount.',
    '',
    '| id | title (zh / en) | scam type | persona(s) | red flags | endings | minutes (declared, ≈real-time, fast) | short | source |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...sorted.map(tableRow),
    '',
    ...sorted.map(section),
  ].join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
  return { markdown, skipped: issues };
}

/** The casebook's Markdown, as `docs/casebook.md` should hold it. */
export function generateCasebook(options: CasebookOptions = {}): string {
  return buildCasebook(options).markdown;
}

function main(args: string[]): number {
  const { values } = parseArgs({ args, options: { check: { type: 'boolean', default: false }, out: { type: 'string' } } });
  const out = values.out ?? CASEBOOK_FILE;
  const { markdown, skipped } = buildCasebook();
  for (const issue of skipped) console.error(`skipped (does not load): ${formatIssue(issue)}`);
  const shown = relative(process.cwd(), out) || out;
  if (values.check) {
    let current: string | null = null;
    try { current = readFileSync(out, 'utf8'); } catch { /* missing counts as out of date */ }
    if (current === markdown) { console.log(`${shown} is up to date`); return 0; }
    console.error(`${shown} is out of date: run npx tsx scripts/casebook.ts to regenerate it`);
    return 1;
  }
  writeFileSync(out, markdown);
  console.log(`wrote ${shown}`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) process.exitCode = main(process.argv.slice(2));

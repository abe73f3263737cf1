// The kiosk's configuration: what the technician writes in kiosk.config.json and what the admin
// panel may change. Every value is checked on its own: a bad one is reported by its key and its
// default is kept, so one typo never takes the whole kiosk down. Pure: runs in Node and the browser.
import type { Lang, Mode, Pacing } from '../engine/index.ts';

export type TextSize = 'standard' | 'large' | 'care';

export interface KioskConfig {
  /** The admin PIN: 4–8 digits. */
  pin: string;
  /** The language each visitor starts in. */
  language: Lang;
  mode: Mode;
  pacing: Pacing;
  /** 0–1; sound stays off until a visitor touches the screen. */
  volume: number;
  textSize: TextSize;
  /** 'auto' follows the screen's prefers-reduced-motion setting. */
  reducedMotion: 'auto' | boolean;
  /** Scenario ids on rotation, or every short scenario. */
  scenarios: 'all' | string[];
  idleSeconds: number;
  countdownSeconds: number;
  /** How long the debrief stays without a touch before the countdown. */
  debriefSeconds: number;
  /** A full page reload while the attract loop shows, this often (0 = never). */
  reloadHours: number;
  adminTaps: number;
  adminTapSeconds: number;
  pinAttempts: number;
  lockoutMinutes: number;
}

export const DEFAULT_PIN = '2468';

export const KIOSK_DEFAULTS: Readonly<KioskConfig> = Object.freeze({
  pin: DEFAULT_PIN,
  language: 'zh',
  // Practice: a walk-up visitor learns at every flag; challenge verdicts only come in a debrief that
  // a visitor who leaves early never sees.
  mode: 'practice',
  pacing: 'fast',
  volume: 0.6,
  textSize: 'standard',
  reducedMotion: 'auto',
  scenarios: 'all',
  idleSeconds: 45,
  countdownSeconds: 15,
  debriefSeconds: 60,
  reloadHours: 6,
  adminTaps: 5,
  adminTapSeconds: 3,
  pinAttempts: 5,
  lockoutMinutes: 10,
});

/** What the admin panel may change on the kiosk itself (the rest is the technician's file). */
export const ADMIN_KEYS = ['scenarios', 'language', 'mode', 'volume', 'idleSeconds', 'countdownSeconds', 'debriefSeconds'] as const satisfies readonly (keyof KioskConfig)[];
export type AdminSettings = Partial<Pick<KioskConfig, (typeof ADMIN_KEYS)[number]>>;

/** A scenario as far as the kiosk cares: only short ones (3–5 minutes) are offered. */
export interface ScenarioEntry { id: string; short?: boolean }

export interface ConfigProblem {
  /** The key in the file ("" for the file as a whole). */
  key: string;
  message: string;
  /** The same in Chinese, for the admin panel. */
  zh: string;
  /** The value was kept (or partly kept); this is only worth knowing. */
  warning?: true;
}

export interface ParsedConfig {
  config: KioskConfig;
  problems: ConfigProblem[];
}

interface ParseOptions {
  /** Known scenarios: ids in `scenarios` must be among the short ones. */
  scenarios?: readonly ScenarioEntry[];
  /** Values to fall back to (the technician's config, under admin overrides). */
  base?: KioskConfig;
  /** Only these keys are read; others are reported as not allowed here. */
  only?: readonly (keyof KioskConfig)[];
}

/** English and Chinese. */
type Words = { en: string; zh: string };
type Check<T> = (value: unknown, options: ParseOptions) => { ok: true; value: T; note?: Words } | { ok: false; want: Words };

const UNITS: Record<string, string> = { seconds: '秒', taps: '次', attempts: '次', hours: '小时', minutes: '分钟' };
const integer = (min: number, max: number, unit: string): Check<number> => (v) =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? { ok: true, value: v }
    : { ok: false, want: { en: `a whole number of ${unit} from ${min} to ${max}`, zh: `${min} 到 ${max} 之间的整数（${UNITS[unit]}）` } };
const number = (min: number, max: number, unit: string, zeroMeans?: Words): Check<number> => (v) =>
  typeof v === 'number' && Number.isFinite(v) && ((v >= min && v <= max) || (zeroMeans !== undefined && v === 0))
    ? { ok: true, value: v }
    : { ok: false, want: {
      en: `a number${unit ? ` of ${unit}` : ''} from ${min} to ${max}${zeroMeans ? ` (or 0 for ${zeroMeans.en})` : ''}`,
      zh: `${min} 到 ${max} 之间的数${unit ? `（${UNITS[unit]}）` : ''}${zeroMeans ? `，或 0 表示${zeroMeans.zh}` : ''}`,
    } };
const oneOf = <T extends string | boolean>(...values: T[]): Check<T> => (v) =>
  values.includes(v as T) ? { ok: true, value: v as T }
    : { ok: false, want: { en: `one of ${values.map((x) => JSON.stringify(x)).join(', ')}`, zh: `${values.map((x) => JSON.stringify(x)).join('、')} 之一` } };

const CHECKS: { [K in keyof KioskConfig]: Check<KioskConfig[K]> } = {
  pin: (v) => {
    const text = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? String(v) : v;
    return typeof text === 'string' && /^\d{4,8}$/.test(text) ? { ok: true, value: text }
      : { ok: false, want: { en: 'a PIN of 4 to 8 digits, in quotes (e.g. "482916")', zh: '4 到 8 位数字的密码，加引号（例如 "482916"）' } };
  },
  language: oneOf<Lang>('zh', 'en'),
  mode: oneOf<Mode>('practice', 'challenge'),
  pacing: oneOf<Pacing>('realtime', 'fast', 'instant'),
  volume: number(0, 1, ''),
  textSize: oneOf<TextSize>('standard', 'large', 'care'),
  reducedMotion: oneOf<'auto' | boolean>('auto', true, false),
  scenarios: (v, options) => {
    if (v === 'all') return { ok: true, value: 'all' };
    const want = { en: '"all" or a list of scenario ids, e.g. ["warm-uncle", "fake-friend"]', zh: '"all" 或场景 id 的列表，例如 ["warm-uncle", "fake-friend"]' };
    if (!Array.isArray(v) || v.length === 0 || !v.every((x) => typeof x === 'string')) return { ok: false, want };
    const ids = [...new Set(v as string[])];
    if (!options.scenarios) return { ok: true, value: ids };
    const known = new Map(options.scenarios.map((s) => [s.id, s]));
    const unknown = ids.filter((id) => !known.has(id));
    const long = ids.filter((id) => known.has(id) && known.get(id)!.short === false);
    const kept = ids.filter((id) => known.get(id)?.short === true);
    const shortIds = options.scenarios.filter((s) => s.short).map((s) => s.id).join(', ');
    if (kept.length === 0) return { ok: false, want: { en: `${want.en} naming at least one short scenario (${shortIds})`, zh: `${want.zh}，且至少有一个短场景（${shortIds}）` } };
    const quote = (ids: string[]) => ids.map((x) => JSON.stringify(x));
    const notes = [
      unknown.length ? { en: `unknown scenario ${quote(unknown).join(', ')} left out`, zh: `未知的场景 ${quote(unknown).join('、')} 已略去` } : null,
      long.length ? { en: `${quote(long).join(', ')} left out: not a short scenario`, zh: `${quote(long).join('、')} 不是短场景，已略去` } : null,
    ].filter((n) => n !== null);
    return { ok: true, value: kept, ...(notes.length ? { note: { en: notes.map((n) => n.en).join('; '), zh: notes.map((n) => n.zh).join('；') } } : {}) };
  },
  idleSeconds: integer(10, 600, 'seconds'),
  countdownSeconds: integer(5, 60, 'seconds'),
  debriefSeconds: integer(10, 900, 'seconds'),
  reloadHours: number(0.5, 168, 'hours', { en: 'never', zh: '从不' }),
  adminTaps: integer(3, 10, 'taps'),
  adminTapSeconds: number(1, 10, 'seconds'),
  pinAttempts: integer(1, 20, 'attempts'),
  lockoutMinutes: number(1, 1440, 'minutes'),
};

export const CONFIG_KEYS = Object.keys(CHECKS) as (keyof KioskConfig)[];

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The closest known key, for "did you mean": a typo costs at most two edits. */
function closest(key: string): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const candidate of CONFIG_KEYS) {
    const d = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) { best = candidate; bestDistance = d; }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/**
 * Checks a parsed config object. Each bad value gives a problem naming its key, and the default
 * (or `base`) value is kept; keys starting with "_" or "$" are comments.
 */
export function parseKioskConfig(raw: unknown, options: ParseOptions = {}): ParsedConfig {
  const base = options.base ?? KIOSK_DEFAULTS;
  const config: KioskConfig = { ...base, scenarios: Array.isArray(base.scenarios) ? [...base.scenarios] : base.scenarios };
  const problems: ConfigProblem[] = [];
  if (raw === undefined || raw === null) return { config, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ key: '', message: `the config must be a JSON object like {"idleSeconds": 45}, not ${show(raw)}; keeping every default`, zh: `配置必须是 JSON 对象，例如 {"idleSeconds": 45}，而不是 ${show(raw)}；全部沿用默认值` });
    return { config, problems };
  }
  const allowed = options.only ?? CONFIG_KEYS;
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (key.startsWith('_') || key.startsWith('$')) continue;
    if (!(key in CHECKS)) {
      const guess = closest(key);
      problems.push({ key, message: `"${key}" is not a kiosk setting${guess ? ` (did you mean "${guess}"?)` : ''}; ignored`, zh: `"${key}" 不是展台的设置项${guess ? `（是不是想写 "${guess}"？）` : ''}，已忽略` });
      continue;
    }
    const name = key as keyof KioskConfig;
    if (!allowed.includes(name)) {
      problems.push({ key, message: `"${key}" cannot be changed here; ignored`, zh: `"${key}" 不能在这里修改，已忽略` });
      continue;
    }
    const result = CHECKS[name](value, options);
    if (result.ok) {
      (config as unknown as Record<string, unknown>)[name] = result.value;
      if (result.note) problems.push({ key, message: `"${key}": ${result.note.en}`, zh: `"${key}"：${result.note.zh}`, warning: true });
    } else {
      problems.push({ key, message: `"${key}" must be ${result.want.en}, not ${show(value)}; keeping ${show(base[name])}`, zh: `"${key}" 应为 ${result.want.zh}，而不是 ${show(value)}；沿用 ${show(base[name])}` });
    }
  }
  if (config.countdownSeconds >= config.idleSeconds && 'countdownSeconds' in (raw as object)) {
    // Allowed, but worth saying: the countdown would be longer than the quiet time before it.
    problems.push({ key: 'countdownSeconds', message: `"countdownSeconds" (${config.countdownSeconds}) is not shorter than "idleSeconds" (${config.idleSeconds}); kept, but visitors will see the countdown for longer than the quiet time before it`,
      zh: `"countdownSeconds"（${config.countdownSeconds}）不比 "idleSeconds"（${config.idleSeconds}）短；已保留，但倒计时会比之前的等待还长`, warning: true });
  }
  return { config, problems };
}

/** Parses the config file's text: a syntax error names the line and column, and every default is kept. */
export function parseKioskConfigText(text: string, options: ParseOptions = {}): ParsedConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    let where = { en: '', zh: '' };
    if (at) {
      const before = text.replace(/^\uFEFF/, '').slice(0, Number(at[1]));
      const lines = before.split('\n');
      const column = lines[lines.length - 1]!.length + 1;
      where = { en: ` at line ${lines.length}, column ${column}`, zh: `（第 ${lines.length} 行第 ${column} 列）` };
    }
    return { config: { ...(options.base ?? KIOSK_DEFAULTS) }, problems: [{ key: '', message: `not valid JSON${where.en} (${message}); keeping every default`, zh: `不是有效的 JSON${where.zh}；全部沿用默认值` }] };
  }
  return parseKioskConfig(raw, options);
}

/**
 * kiosk.config.json as the page receives it. npm run kiosk serves it already checked, with the file's
 * problems in `_problems` (in both languages): those are the ones to show, since checking the cleaned
 * copy again would only repeat its warnings. Any other web server serves the file itself.
 */
export function parseServedConfig(text: string, options: ParseOptions = {}): ParsedConfig {
  const parsed = parseKioskConfigText(text, options);
  let reported: unknown;
  try { reported = (JSON.parse(text.replace(/^\uFEFF/, '')) as { _problems?: unknown } | null)?._problems; } catch { return parsed; }
  if (!Array.isArray(reported)) return parsed;
  const problems = reported.flatMap((p: unknown) => {
    const { en, zh } = (p ?? {}) as { en?: unknown; zh?: unknown };
    return typeof en === 'string' ? [{ key: '', message: en, zh: typeof zh === 'string' ? zh : en }] : [];
  });
  return { config: parsed.config, problems: [...problems, ...parsed.problems.filter((p) => !p.warning)] };
}

/** The technician's config with the admin's changes on top (each change checked again). */
export function withAdminSettings(config: KioskConfig, admin: unknown, scenarios?: readonly ScenarioEntry[]): ParsedConfig {
  return parseKioskConfig(admin ?? {}, { base: config, only: ADMIN_KEYS, ...(scenarios ? { scenarios } : {}) });
}

/** The scenarios a visitor can pick: short ones, those on rotation, in the given order. */
export function scenariosOnRotation<T extends ScenarioEntry>(all: readonly T[], selection: KioskConfig['scenarios']): T[] {
  const short = all.filter((s) => s.short === true);
  if (selection === 'all') return short;
  const picked = short.filter((s) => selection.includes(s.id));
  return picked.length ? picked : short;
}

/** A random scenario from the rotation, avoiding the last one when there is a choice. */
export function pickRandom<T extends ScenarioEntry>(list: readonly T[], random: () => number, avoid?: string): T | null {
  const pool = list.length > 1 && avoid ? list.filter((s) => s.id !== avoid) : list;
  if (pool.length === 0) return null;
  return pool[Math.min(pool.length - 1, Math.floor(random() * pool.length))]!;
}

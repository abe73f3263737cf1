import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  CONFIG_KEYS, KIOSK_DEFAULTS, parseKioskConfig, parseKioskConfigText, parseServedConfig, pickRandom, scenariosOnRotation, withAdminSettings, type KioskConfig,
} from '../../src/kiosk/config.ts';

const SCENARIOS = [
  { id: 'warm-uncle', short: true }, { id: 'fake-friend', short: true }, { id: 'insider', short: true }, { id: 'long-one', short: false },
];

describe('kiosk config', () => {
  it('an empty or missing config gives every default and no problem', () => {
    expect(parseKioskConfig({})).toEqual({ config: KIOSK_DEFAULTS, problems: [] });
    expect(parseKioskConfig(undefined)).toEqual({ config: KIOSK_DEFAULTS, problems: [] });
  });

  it('takes every good value', () => {
    const good: KioskConfig = {
      pin: '482916', language: 'en', mode: 'challenge', pacing: 'realtime', volume: 0.25, textSize: 'large', reducedMotion: true,
      scenarios: ['fake-friend', 'warm-uncle'], idleSeconds: 60, countdownSeconds: 20, debriefSeconds: 120, reloadHours: 0,
      adminTaps: 4, adminTapSeconds: 2.5, pinAttempts: 3, lockoutMinutes: 30,
    };
    const { config, problems } = parseKioskConfig(good, { scenarios: SCENARIOS });
    expect(problems).toEqual([]);
    expect(config).toEqual(good);
    expect(Object.keys(good).sort()).toEqual([...CONFIG_KEYS].sort());
  });

  // One bad value per key: the problem names the key, every other value (and that key's default) is kept.
  const bad: [keyof KioskConfig, unknown][] = [
    ['pin', '12'], ['pin', 'abcd'], ['pin', 123456789], ['language', 'fr'], ['mode', 'exam'], ['pacing', 'slow'],
    ['volume', 1.5], ['volume', '0.5'], ['textSize', 'huge'], ['reducedMotion', 'yes'], ['scenarios', []], ['scenarios', 'some'],
    ['scenarios', ['nope']], ['scenarios', ['long-one']], ['idleSeconds', 5], ['idleSeconds', 45.5], ['idleSeconds', '45'],
    ['countdownSeconds', 0], ['countdownSeconds', 120], ['debriefSeconds', -1], ['reloadHours', 0.1], ['reloadHours', null],
    ['adminTaps', 1], ['adminTapSeconds', 30], ['pinAttempts', 0], ['lockoutMinutes', 0],
  ];
  for (const [key, value] of bad) {
    it(`${key} = ${JSON.stringify(value)} is refused by name and the default kept`, () => {
      const others = { idleSeconds: 50, language: 'en' };
      const raw = { ...others, [key]: value };
      const { config, problems } = parseKioskConfig(raw, { scenarios: SCENARIOS });
      expect(problems).toHaveLength(1);
      expect(problems[0]!.key).toBe(key);
      expect(problems[0]!.message).toContain(`"${key}"`);
      expect(problems[0]!.message).toContain(`keeping ${JSON.stringify(KIOSK_DEFAULTS[key])}`);
      // In Chinese too, for the admin panel.
      expect(problems[0]!.zh).toMatch(new RegExp(`^"${key}" 应为 .+，而不是 .+；沿用 `));
      expect(config[key]).toEqual(KIOSK_DEFAULTS[key]);
      // The good values next to it still count.
      if (key !== 'idleSeconds') expect(config.idleSeconds).toBe(50);
      if (key !== 'language') expect(config.language).toBe('en');
    });
  }

  it('several bad values give one problem each', () => {
    const { config, problems } = parseKioskConfig({ idleSeconds: 'soon', volume: 3, pin: '1', countdownSeconds: 12 });
    expect(problems.map((p) => p.key).sort()).toEqual(['idleSeconds', 'pin', 'volume']);
    expect(config).toEqual({ ...KIOSK_DEFAULTS, countdownSeconds: 12 });
  });

  it('accepts a PIN written as a number', () => {
    expect(parseKioskConfig({ pin: 482916 }).config.pin).toBe('482916');
  });

  it('names an unknown key and guesses the one meant', () => {
    const { config, problems } = parseKioskConfig({ idleSecond: 30, _comment: 'ignored', $schema: 'x' });
    expect(config).toEqual(KIOSK_DEFAULTS);
    expect(problems).toEqual([{ key: 'idleSecond', message: '"idleSecond" is not a kiosk setting (did you mean "idleSeconds"?); ignored', zh: '"idleSecond" 不是展台的设置项（是不是想写 "idleSeconds"？），已忽略' }]);
  });

  it('keeps the known short scenarios of a list and says which were left out', () => {
    const { config, problems } = parseKioskConfig({ scenarios: ['warm-uncle', 'nope', 'long-one', 'warm-uncle'] }, { scenarios: SCENARIOS });
    expect(config.scenarios).toEqual(['warm-uncle']);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.key).toBe('scenarios');
    expect(problems[0]!.message).toMatch(/unknown scenario "nope" left out.*"long-one" left out: not a short scenario/);
  });

  it('a file that is not JSON names the line and column and keeps every default', () => {
    const text = '{\n  "idleSeconds": 30,\n  "language": "en",,\n}';
    const { config, problems } = parseKioskConfigText(text);
    expect(config).toEqual(KIOSK_DEFAULTS);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^not valid JSON at line 3, column \d+/);
    expect(problems[0]!.zh).toMatch(/^不是有效的 JSON（第 3 行第 \d+ 列）；全部沿用默认值$/);
  });

  it('a file that is JSON but not an object keeps every default', () => {
    const { config, problems } = parseKioskConfigText('[1, 2]');
    expect(config).toEqual(KIOSK_DEFAULTS);
    expect(problems[0]!.message).toMatch(/must be a JSON object/);
  });

  it('reads a file with a byte-order mark', () => {
    expect(parseKioskConfigText('\uFEFF{"idleSeconds": 30}').config.idleSeconds).toBe(30);
  });

  it('warns when the countdown is not shorter than the quiet time, and keeps it', () => {
    const { config, problems } = parseKioskConfig({ idleSeconds: 20, countdownSeconds: 30 });
    expect(config.countdownSeconds).toBe(30);
    expect(problems.map((p) => [p.key, p.warning])).toEqual([['countdownSeconds', true]]);
  });

  it('the example config in the repository is valid against the bundled scenarios', () => {
    const text = readFileSync(new URL('../../kiosk.config.example.json', import.meta.url), 'utf8');
    const ids = readFileSync(new URL('../../docs/casebook.md', import.meta.url), 'utf8');
    const { problems, config } = parseKioskConfigText(text);
    expect(problems).toEqual([]);
    for (const id of Array.isArray(config.scenarios) ? config.scenarios : []) expect(ids).toContain(id);
  });
});

describe('the config as the page receives it', () => {
  it('from npm run kiosk: the problems it reported, once, not its cleaned copy checked again', () => {
    const warning = parseKioskConfig({ idleSeconds: 10, countdownSeconds: 15, volume: 3 }).problems;
    expect(warning.map((p) => p.key)).toEqual(['volume', 'countdownSeconds']);
    const served = JSON.stringify({ ...parseKioskConfig({ idleSeconds: 10, countdownSeconds: 15, volume: 3 }).config, _problems: warning.map((p) => ({ en: p.message, zh: p.zh })) });
    const { config, problems } = parseServedConfig(served);
    expect(config).toMatchObject({ idleSeconds: 10, countdownSeconds: 15, volume: KIOSK_DEFAULTS.volume });
    expect(problems.map((p) => [p.message, p.zh])).toEqual(warning.map((p) => [p.message, p.zh]));
  });

  it('from any other web server: the file checked here', () => {
    const { config, problems } = parseServedConfig('{"idleSeconds": "soon", "language": "en"}');
    expect(config).toMatchObject({ idleSeconds: 45, language: 'en' });
    expect(problems.map((p) => p.key)).toEqual(['idleSeconds']);
    expect(parseServedConfig('{"idleSeconds": ').problems[0]!.message).toMatch(/^not valid JSON/);
  });
});

describe('admin settings over the config', () => {
  const base = parseKioskConfig({ idleSeconds: 60, pin: '482916', scenarios: ['warm-uncle', 'fake-friend'] }, { scenarios: SCENARIOS }).config;

  it('override only what the panel may change', () => {
    const { config, problems } = withAdminSettings(base, { idleSeconds: 30, volume: 0.2, pin: '000000', scenarios: ['insider'] }, SCENARIOS);
    expect(config.idleSeconds).toBe(30);
    expect(config.volume).toBe(0.2);
    expect(config.scenarios).toEqual(['insider']);
    expect(config.pin).toBe('482916');
    expect(problems).toEqual([{ key: 'pin', message: '"pin" cannot be changed here; ignored', zh: '"pin" 不能在这里修改，已忽略' }]);
  });

  it('a damaged admin value falls back to the config, not the built-in default', () => {
    const { config, problems } = withAdminSettings(base, { idleSeconds: 'x' }, SCENARIOS);
    expect(config.idleSeconds).toBe(60);
    expect(problems[0]!.message).toContain('keeping 60');
  });
});

describe('rotation', () => {
  it('offers only short scenarios, those chosen, in order; an empty choice falls back to all', () => {
    expect(scenariosOnRotation(SCENARIOS, 'all').map((s) => s.id)).toEqual(['warm-uncle', 'fake-friend', 'insider']);
    expect(scenariosOnRotation(SCENARIOS, ['insider', 'warm-uncle']).map((s) => s.id)).toEqual(['warm-uncle', 'insider']);
    expect(scenariosOnRotation(SCENARIOS, ['long-one']).map((s) => s.id)).toEqual(['warm-uncle', 'fake-friend', 'insider']);
  });

  it('picks at random, never the last one when there is another', () => {
    const list = scenariosOnRotation(SCENARIOS, 'all');
    expect(pickRandom(list, () => 0)?.id).toBe('warm-uncle');
    expect(pickRandom(list, () => 0.999)?.id).toBe('insider');
    expect(pickRandom(list, () => 0, 'warm-uncle')?.id).toBe('fake-friend');
    expect(pickRandom([list[0]!], () => 0.5, 'warm-uncle')?.id).toBe('warm-uncle');
    expect(pickRandom([], () => 0.5)).toBeNull();
    const seen = new Set<string>();
    let seed = 1;
    const random = () => { seed = (seed * 16807) % 2147483647; return seed / 2147483647; };
    for (let i = 0; i < 100; i++) seen.add(pickRandom(list, random)!.id);
    expect(seen.size).toBe(3);
  });
});

// The Node tools as a trainer runs them: real processes, real files.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/content-files.ts';

const tsx = join(ROOT, 'node_modules/.bin/tsx');
const run = (script: string, args: string[], input?: string) =>
  spawnSync(tsx, [join(ROOT, 'scripts', script), ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });

describe('npm run validate', () => {
  it('passes on the test fixture and prints states, paths, endings and time', () => {
    const result = run('validate.ts', ['tests/fixtures']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/✓ mini-scam\s+states\s+\d+\s+transitions\s+\d+\s+paths \d+\s+endings 3\/3\s+\d+ ms/);
    expect(result.stdout).toMatch(/no problems found/);
  });

  it('fails on broken files, naming file, line and path, and reports every file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rfc-'));
    const good = readFileSync(join(ROOT, 'tests/fixtures/mini-scam.yaml'), 'utf8');
    writeFileSync(join(dir, 'a-flag.yaml'), good.replace('flags: [urgency]}', 'flags: [hurry-up]}'));
    writeFileSync(join(dir, 'b-orphan.yaml'), good.replace('id: mini-scam', 'id: other').replace('\nendings:\n', '\n  orphan:\n    messages: []\n    ending: escaped\nendings:\n'));
    const result = run('validate.ts', [dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/a-flag\.yaml:\d+:\d+: nodes\.ask\.messages\[0\]\.flags\[0\]: unknown red flag "hurry-up"/);
    expect(result.stderr).toMatch(/b-orphan\.yaml:\d+:\d+: nodes\.orphan: this node is never reached from the start/);
  });

  it('fails when two files use the same scenario id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rfc-'));
    cpSync(join(ROOT, 'tests/fixtures/mini-scam.yaml'), join(dir, 'one.yaml'));
    cpSync(join(ROOT, 'tests/fixtures/mini-scam.yaml'), join(dir, 'two.yaml'));
    const result = run('validate.ts', [dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/two\.yaml:1:1: id: scenario id "mini-scam" is already used by/);
  });
});

describe('npm run play', () => {
  it('plays a bundled scenario from typed commands and prints the debrief', () => {
    const ids = execFileSync(tsx, ['-e', "import {readCatalogue, readScenarios, scenarioFiles} from './scripts/lib/content-files.ts'; console.log(readScenarios(scenarioFiles(), readCatalogue()).models.map(m => m.scenario.id).join(' '))"], { cwd: ROOT, encoding: 'utf8' }).trim().split(' ').filter(Boolean);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    for (const id of ids) {
      // Always take the first reply; block nobody. Every scenario must end and explain itself.
      const result = run('play.ts', [id, '--seed', 'cli', '--lang', 'en'], '1\n'.repeat(80));
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/══ .+ ══/);
      expect(result.stdout).toMatch(/Score: \d+\/100/);
      expect(result.stdout).toMatch(/Red flag timeline:/);
    }
  }, 300_000); // one real process per scenario: slow on a busy 2-core machine

  it('takes flags and protective actions and shows them in the debrief (Chinese)', () => {
    const result = run('play.ts', ['mini-scam', '--seed', 'cli', '--fixtures'], 'f 1 unsolicited-contact\n96110\n1\n');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/✓ 找对了: 陌生人主动搭讪/);
    expect(result.stdout).toMatch(/拨打 96110 核实/);
    expect(result.stdout).toMatch(/══ 全身而退 ══/);
  });

  it('names the available scenarios when asked for an unknown one', () => {
    const result = run('play.ts', ['no-such-scenario']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/no scenario "no-such-scenario"\. Available: /);
  });
});

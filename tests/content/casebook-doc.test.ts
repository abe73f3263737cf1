// docs/casebook.md is generated from the scenario files: it must match what scripts/casebook.ts writes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/content-files.ts';
import { CASEBOOK_FILE, SOURCES, buildCasebook } from '../../scripts/casebook.ts';
import { SCAM_TYPES } from '../../src/engine/index.ts';
import { catalogue } from '../helpers.ts';

const tsx = join(ROOT, 'node_modules/.bin/tsx');
const run = (args: string[]) =>
  spawnSync(tsx, [join(ROOT, 'scripts/casebook.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });

describe('docs/casebook.md', () => {
  const { markdown, skipped } = buildCasebook({ catalogue });

  it('is what scripts/casebook.ts generates from the scenarios (run npx tsx scripts/casebook.ts to update it)', () => {
    expect(skipped).toEqual([]);
    expect(readFileSync(CASEBOOK_FILE, 'utf8') === markdown, 'docs/casebook.md is out of date: run npx tsx scripts/casebook.ts').toBe(true);
  }, 120_000);

  it('has a table row and a section for every scenario', () => {
    const rows = markdown.split('\n').filter((l) => /^\| `[a-z0-9-]+` \|/.test(l));
    const sections = markdown.split('\n').filter((l) => l.startsWith('## '));
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(sections.length).toBe(rows.length);
    for (const row of rows) expect(row.split(' | ').length).toBe(9);
  });

  it('names a source for every scam type', () => {
    for (const type of SCAM_TYPES) expect(SOURCES[type], type).toMatch(/\S/);
  });
});

describe('npx tsx scripts/casebook.ts --check', () => {
  it('passes when the file is current and fails, saying why, when it is not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rfc-casebook-'));
    const out = join(dir, 'casebook.md');
    expect(run(['--out', out]).status).toBe(0);
    const ok = run(['--check', '--out', out]);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/is up to date/);
    writeFileSync(out, readFileSync(out, 'utf8').replace('| id |', '| ID |'));
    const stale = run(['--check', '--out', out]);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toMatch(/is out of date: run npx tsx scripts\/casebook\.ts/);
  }, 180_000);
});

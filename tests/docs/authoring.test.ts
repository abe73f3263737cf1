// docs/authoring.md must not drift from the engine: its complete example is a valid scenario,
// its catalogue table matches assets/red-flags.yaml, and its YAML snippets parse.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { exploreScenario, loadScenario } from '../../src/engine/index.ts';
import { ROOT } from '../../scripts/lib/content-files.ts';
import { catalogue } from '../helpers.ts';

const DOC = 'docs/authoring.md';
const doc = readFileSync(join(ROOT, DOC), 'utf8');

/** The contents of every ```yaml fenced block, in order. */
const yamlBlocks = [...doc.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);

/** The part of the doc between two HTML comment markers. */
function section(name: string): string {
  const start = doc.indexOf(`<!-- ${name}:start -->`);
  const end = doc.indexOf(`<!-- ${name}:end -->`);
  expect(start, `marker <!-- ${name}:start -->`).toBeGreaterThanOrEqual(0);
  expect(end, `marker <!-- ${name}:end -->`).toBeGreaterThan(start);
  return doc.slice(start, end);
}

describe('docs/authoring.md', () => {
  it('has one complete example that passes the validator and reaches every ending', () => {
    const examples = yamlBlocks.filter((b) => b.split('\n', 1)[0] === '# example-scenario');
    expect(examples).toHaveLength(1);
    const model = loadScenario(examples[0]!, DOC, catalogue);
    const result = exploreScenario(model);
    expect(result.issues).toEqual([]);
    expect(result.endingsReached.sort()).toEqual(Object.keys(model.scenario.endings).sort());
  });

  it('lists exactly the catalogue flags, each under its rule with its Chinese name', () => {
    const rows: { id: string; zh: string; rule: string | undefined }[] = [];
    let rule: string | undefined;
    for (const line of section('catalogue').split('\n')) {
      const heading = /^#{2,6} .*\(`([a-z]+)`\)\s*$/.exec(line);
      if (heading) rule = heading[1];
      const row = /^\|\s*`([a-z0-9-]+)`\s*\|\s*([^|]+?)\s*\|/.exec(line);
      if (row) rows.push({ id: row[1]!, zh: row[2]!, rule });
    }
    const byId = new Map(catalogue.flags.map((f) => [f.id, f]));
    for (const row of rows) {
      const flag = byId.get(row.id);
      expect(flag, `"${row.id}" in the doc's table is not in assets/red-flags.yaml`).toBeDefined();
      expect(row.zh, `Chinese name of "${row.id}"`).toBe(flag!.name.zh);
      expect(row.rule, `rule group of "${row.id}"`).toBe(flag!.rule);
    }
    const listed = rows.map((r) => r.id);
    expect(new Set(listed).size, 'a flag is listed twice').toBe(listed.length);
    for (const flag of catalogue.flags) expect(listed, `catalogue flag "${flag.id}" is missing from the doc's table`).toContain(flag.id);
  });

  it('uses only catalogue flags in its snippets, and every snippet is valid YAML', () => {
    const known = new Set(catalogue.flags.map((f) => f.id));
    expect(yamlBlocks.length).toBeGreaterThan(5);
    for (const block of yamlBlocks) {
      const parsed = parseDocument(block, { uniqueKeys: true });
      expect(parsed.errors.map((e) => e.message), block.slice(0, 80)).toEqual([]);
      for (const m of block.matchAll(/\bflags: \[([^\]]*)\]/g)) {
        for (const id of m[1]!.split(',').map((s) => s.trim()).filter(Boolean)) {
          expect(known.has(id), `unknown flag "${id}" in a snippet`).toBe(true);
        }
      }
    }
  });
});

// docs/workshop-participant.md quotes the screens' words: they must be the ones the game shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/content-files.ts';
import { ALL_STRINGS } from '../../src/game/i18n.ts';
import { WORKSHOP_STRINGS } from '../../src/game/workshop/strings.ts';

const doc = readFileSync(join(ROOT, 'docs/workshop-participant.md'), 'utf8');

describe('docs/workshop-participant.md', () => {
  it('quotes every label exactly as the game shows it, in both languages', () => {
    const quoted = [...doc.replace(/\n\s*/g, ' ').matchAll(/\*\*([^*]+?) \/ ([^*]+?)\*\*/g)].map((m) => ({ zh: m[1]!, en: m[2]! }));
    expect(quoted.length).toBeGreaterThan(10);
    const known = [...Object.values(WORKSHOP_STRINGS), ...Object.values(ALL_STRINGS)];
    for (const q of quoted) expect(known.some((s) => s.zh === q.zh && s.en === q.en), `${q.zh} / ${q.en}`).toBe(true);
  });
});

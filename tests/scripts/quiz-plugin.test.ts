// virtual:quiz: the bank the game receives is the checked bank plus its red flags' names, and a
// broken bank stops the build naming file, line and path.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledQuiz } from '../../scripts/build/quiz-plugin.ts';
import { QUIZ_FILE, readQuizBank } from '../../scripts/lib/quiz-file.ts';
import { catalogue } from '../helpers.ts';

/** Runs the plugin's hooks as Vite would, with a context that records watched files and throws on errors. */
function loadModule(file?: string): { code: string; watched: string[] } {
  const plugin = bundledQuiz(file ? { file } : {});
  const watched: string[] = [];
  const context = { addWatchFile: (f: string) => watched.push(f), error: (message: string) => { throw new Error(message); } };
  const resolve = plugin.resolveId as (id: string) => string | undefined;
  const resolved = resolve('virtual:quiz')!;
  expect(resolve('virtual:content')).toBeUndefined();
  const code = (plugin.load as unknown as (this: typeof context, id: string) => string).call(context, resolved);
  return { code, watched };
}

describe('virtual:quiz', () => {
  it('is the checked bank as JSON, with the names of the red flags its scams show', async () => {
    const { code, watched } = loadModule();
    expect(watched).toContain(QUIZ_FILE);
    const module = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
    const bank = readQuizBank(catalogue);
    expect(module.default.items).toEqual(bank.items);
    const flags = new Set(bank.items.flatMap((i) => (i.flag ? [i.flag] : [])));
    expect(Object.keys(module.default.flagNames).sort()).toEqual([...flags].sort());
    for (const id of flags) expect(module.default.flagNames[id]).toEqual(catalogue.flags.find((f) => f.id === id)!.name);
  });

  it('fails the build on a broken bank, naming file, line and path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rfc-quiz-'));
    const broken = join(dir, 'quiz.yaml');
    writeFileSync(broken, readFileSync(QUIZ_FILE, 'utf8').replace('flag: unsolicited-contact', 'flag: hurry-up'));
    expect(() => loadModule(broken)).toThrow(/quiz bank problems \(run npm run validate\):\n.*quiz\.yaml:\d+:\d+: items\[0\]\.flag: unknown red flag "hurry-up"/);
  });
});

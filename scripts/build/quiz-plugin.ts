// A Vite plugin for the quick check: `virtual:quiz` is the item bank, checked at build time (a
// broken assets/quiz.yaml fails the build with file, line and path) and shipped as JSON with the
// names of the red flags its scams show, so the game needs no YAML parser, schema or catalogue
// chunk to run a quiz. The game imports it on demand: it is its own small chunk.
import type { Plugin } from 'vite';
import { ContentError, formatIssue, type QuizBank } from '../../src/engine/index.ts';
import { readCatalogue, CATALOGUE_FILE } from '../lib/content-files.ts';
import { readQuizBank, QUIZ_FILE } from '../lib/quiz-file.ts';
import type { BundledQuiz } from '../../src/content/quiz-bundle.ts';

const ID = 'virtual:quiz';

/** `file`: the bank to ship (tests point it at a broken copy). */
export function bundledQuiz({ file = QUIZ_FILE }: { file?: string } = {}): Plugin {
  let bundle: BundledQuiz | null = null;
  return {
    name: 'red-flag-chat-quiz',
    buildStart() { bundle = null; },
    watchChange() { bundle = null; },
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load(resolved) {
      if (resolved !== `\0${ID}`) return undefined;
      this.addWatchFile(file);
      this.addWatchFile(CATALOGUE_FILE);
      if (!bundle) {
        let bank: QuizBank;
        const catalogue = readCatalogue();
        try { bank = readQuizBank(catalogue, file); } catch (error) {
          if (error instanceof ContentError) this.error(`quiz bank problems (run npm run validate):\n${error.issues.map(formatIssue).join('\n')}`);
          throw error;
        }
        const used = new Set(bank.items.map((item) => item.flag));
        const flagNames = Object.fromEntries(catalogue.flags.filter((f) => used.has(f.id)).map((f) => [f.id, f.name]));
        bundle = { file: bank.file, items: [...bank.items], flagNames };
      }
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(bundle))});`;
    },
  };
}

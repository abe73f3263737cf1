// Turns the quick-check bank's YAML into a checked QuizBank, or a ContentError listing every
// problem with file, line and YAML path.
import { ContentError, type ContentIssue } from './errors.ts';
import { schemaIssues } from './load.ts';
import { translationProblem } from './check-scenario.ts';
import { parseYamlSource } from './yaml-source.ts';
import { quizBank as quizBankSchema } from './quiz-schema.ts';
import { QUIZ_KINDS, QUIZ_MIN_PER_KIND, type QuizBank, type QuizItem } from './quiz.ts';
import type { Catalogue } from './schema.ts';

/** A quick check is read at a glance: longer messages belong in a scenario. */
export const QUIZ_MAX_TEXT = { zh: 90, en: 260 } as const;

// Only the two public hotlines may appear; no links (a phone-number-like run is 7+ digits).
const PHONE_LIKE = /\d(?:[\s-]?\d){6,}/;
const URL_LIKE = /https?:\/\/|www\.|\b[a-z0-9-]+\.(?:com|cn|net|org|top|xyz|vip|cc)\b/i;
// Ids reach participants' phones: they must not give the answer away.
const VERDICT_IN_ID = /(?:^|-)(?:scam|genuine|fake|real|legit|fraud)(?:-|$)/;

export interface QuizBankOptions {
  /** Items of each kind the bank must hold (default QUIZ_MIN_PER_KIND). */
  minPerKind?: number;
}

/** Every problem in a bank file; empty when it is usable. */
export function quizBankIssues(text: string, file: string, catalogue: Catalogue, options: QuizBankOptions = {}): { issues: ContentIssue[]; bank?: QuizBank } {
  const source = parseYamlSource(text, file);
  if (source.issues.length) return { issues: source.issues };
  const parsed = quizBankSchema.safeParse(source.data);
  if (!parsed.success) return { issues: schemaIssues(source, parsed.error) };
  const items = parsed.data.items;
  const issues: ContentIssue[] = [];
  const add = (path: (string | number)[], message: string) => issues.push(source.issue(path, message));
  const flags = new Set(catalogue.flags.map((f) => f.id));
  const seen = new Map<string, number>();

  items.forEach((item, i) => {
    const at = ['items', i];
    const first = seen.get(item.id);
    if (first !== undefined) add([...at, 'id'], `duplicate item id "${item.id}" (also items[${first}])`);
    else seen.set(item.id, i);
    if (VERDICT_IN_ID.test(item.id)) add([...at, 'id'], `the id "${item.id}" gives the answer away (players' phones receive ids): name the topic instead`);
    if (item.kind === 'scam' && item.flag === undefined) add(at, 'a scam item names the red flag it shows: add flag: <id from the red-flag catalogue>');
    if (item.kind === 'scam' && item.flag !== undefined && !flags.has(item.flag)) add([...at, 'flag'], `unknown red flag "${item.flag}" (not in the red-flag catalogue)`);
    if (item.kind === 'genuine' && item.flag !== undefined) add([...at, 'flag'], 'a genuine message shows no red flag: remove flag');
    for (const field of ['from', 'text', 'why'] as const) {
      const value = item[field];
      const untranslated = translationProblem(value);
      if (untranslated) add([...at, field], untranslated);
      for (const lang of ['zh', 'en'] as const) {
        if (PHONE_LIKE.test(value[lang])) add([...at, field, lang], 'looks like a phone number: no real numbers (only 96110 and 110 may appear)');
        if (URL_LIKE.test(value[lang])) add([...at, field, lang], 'looks like a web address: write [链接] / [link] instead of a real URL');
      }
    }
    for (const lang of ['zh', 'en'] as const) {
      const length = [...item.text[lang]].length;
      if (length > QUIZ_MAX_TEXT[lang]) add([...at, 'text', lang], `too long for a quick check (${length} characters; at most ${QUIZ_MAX_TEXT[lang]})`);
    }
  });

  const minPerKind = options.minPerKind ?? QUIZ_MIN_PER_KIND;
  for (const kind of QUIZ_KINDS) {
    const count = items.filter((item) => item.kind === kind).length;
    if (count < minPerKind) add(['items'], `only ${count} ${kind} item${count === 1 ? '' : 's'}: a bank needs at least ${minPerKind} of each kind so that the before and after quizzes can differ`);
  }
  if (issues.length) return { issues };
  const bank: QuizBank = { file, items: items.map((item): QuizItem => ({ ...item })) };
  return { issues, bank };
}

export function loadQuizBank(text: string, file: string, catalogue: Catalogue, options: QuizBankOptions = {}): QuizBank {
  const { issues, bank } = quizBankIssues(text, file, catalogue, options);
  if (issues.length || !bank) throw new ContentError(issues);
  return bank;
}

// The quick check (防骗小测): short messages answered "scam" or "genuine", scored as hits and
// false alarms. Drawing and scoring only: no schema library here, so the browser can use it on
// a bank that was checked at build time (loading and checking: quiz-load.ts).
import type { LocalizedText } from './schema.ts';
import { createRandom } from './random.ts';

export const QUIZ_KINDS = ['scam', 'genuine'] as const;
export type QuizKind = (typeof QUIZ_KINDS)[number];
/** What the player says a message is. */
export type QuizAnswer = QuizKind;

export interface QuizItem {
  id: string;
  kind: QuizKind;
  /** Scams only: the catalogue red flag the message shows. */
  flag?: string;
  /** The sender as the phone labels it. */
  from: LocalizedText;
  text: LocalizedText;
  /** One sentence shown after answering. */
  why: LocalizedText;
}

export interface QuizBank {
  file: string;
  items: readonly QuizItem[];
}

/** A bank needs this many items of each kind, so that a before and an after quiz can differ. */
export const QUIZ_MIN_PER_KIND = 16;
/** Messages in a quiz when nobody says otherwise: 4 scams and 4 genuine, about two minutes. */
export const QUIZ_DEFAULT_SIZE = 8;

/** A quiz that cannot be drawn or answers that cannot be scored; the message says why. */
export class QuizError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QuizError';
  }
}

export interface DrawOptions {
  /** The same seed (and bank) always gives the same quiz, in the same order. */
  seed: string;
  /** Number of messages, even: half scams, half genuine. */
  size?: number;
  /** Item ids that must not appear (e.g. the ones in the "before" quiz). */
  exclude?: Iterable<string>;
}

function shuffle<T>(items: readonly T[], seed: string): T[] {
  const random = createRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function checkSize(size: number): number {
  if (!Number.isInteger(size) || size < 2 || size % 2 !== 0) throw new QuizError(`a quiz has an even number of messages, at least 2 (got ${size})`);
  return size / 2;
}

/** Half scams, half genuine messages, none of `exclude`, in a seeded shuffled order. */
export function drawQuiz(bank: QuizBank, { seed, size = QUIZ_DEFAULT_SIZE, exclude = [] }: DrawOptions): QuizItem[] {
  const half = checkSize(size);
  const excluded = new Set(exclude);
  const picked = QUIZ_KINDS.flatMap((kind) => {
    const pool = bank.items.filter((item) => item.kind === kind && !excluded.has(item.id));
    if (pool.length < half) throw new QuizError(`${bank.file} has ${pool.length} ${kind} item${pool.length === 1 ? '' : 's'} left to draw from; a quiz of ${size} needs ${half}`);
    return shuffle(pool, `${seed}|${kind}`).slice(0, half);
  });
  return shuffle(picked, `${seed}|order`);
}

/** Two quizzes for the same person that share no message: one at the start of a session, one at the end. */
export function drawBeforeAfter(bank: QuizBank, seed: string, size = QUIZ_DEFAULT_SIZE): { before: QuizItem[]; after: QuizItem[] } {
  const half = checkSize(size);
  for (const kind of QUIZ_KINDS) {
    const count = bank.items.filter((item) => item.kind === kind).length;
    if (count < size) throw new QuizError(`${bank.file} has ${count} ${kind} items; two quizzes of ${size} that share none need ${half * 2}`);
  }
  const before = drawQuiz(bank, { seed: `${seed}|before`, size });
  const after = drawQuiz(bank, { seed: `${seed}|after`, size, exclude: before.map((item) => item.id) });
  return { before, after };
}

/** What a participant's phone is sent: no verdict, flag or explanation. */
export function quizView(items: readonly QuizItem[]): { id: string; from: LocalizedText; text: LocalizedText }[] {
  return items.map(({ id, from, text }) => ({ id, from, text }));
}

export interface QuizResponse {
  item: string;
  answer: QuizAnswer;
}

export interface QuizScore {
  /** Messages in the quiz, and how many of each kind. */
  total: number;
  scams: number;
  genuine: number;
  /** Scams answered "scam". */
  hits: number;
  /** Scams answered "genuine". */
  misses: number;
  /** Genuine messages answered "scam". */
  falseAlarms: number;
  /** Genuine messages answered "genuine". */
  correctRejections: number;
  correct: number;
  /** hits / scams (null when the quiz has no scams). */
  hitRate: number | null;
  /** falseAlarms / genuine (null when the quiz has no genuine messages). */
  falseAlarmRate: number | null;
  /**
   * Discernment: hitRate − falseAlarmRate, from −1 to 1. 1 is every message judged right; 0 is
   * what guessing scores, and so is calling everything a scam (or nothing).
   *
   * Why not d′: with 4–8 messages of a kind, perfect rates (0 or 1) are the common case, d′ is
   * infinite there and the usual corrections (log-linear, 1/2N) then decide most of the value.
   * hit rate − false-alarm rate (Youden's J; Pr in Snodgrass & Corwin 1988) is defined for every
   * result, stays bounded, averages sensibly over a class, and a trainer can say it in one line:
   * "scams caught minus genuine messages wrongly accused".
   */
  sensitivity: number | null;
  /** Ids of the messages judged wrongly, in quiz order. */
  wrong: string[];
}

/** Scores one answer for each item (any order). Throws a QuizError on a missing, doubled or stray answer. */
export function scoreQuiz(items: readonly QuizItem[], answers: readonly QuizResponse[]): QuizScore {
  const byItem = new Map<string, QuizAnswer>();
  for (const { item, answer } of answers) {
    if (!items.some((i) => i.id === item)) throw new QuizError(`"${item}" is not a message in this quiz`);
    if (byItem.has(item)) throw new QuizError(`"${item}" is answered twice`);
    if (answer !== 'scam' && answer !== 'genuine') throw new QuizError(`the answer to "${item}" must be "scam" or "genuine" (got ${JSON.stringify(answer)})`);
    byItem.set(item, answer);
  }
  const unanswered = items.filter((i) => !byItem.has(i.id));
  if (unanswered.length) throw new QuizError(`no answer for ${unanswered.map((i) => `"${i.id}"`).join(', ')}`);

  let hits = 0, misses = 0, falseAlarms = 0, correctRejections = 0;
  const wrong: string[] = [];
  for (const item of items) {
    const saidScam = byItem.get(item.id) === 'scam';
    if (item.kind === 'scam') { if (saidScam) hits++; else misses++; }
    else if (saidScam) falseAlarms++;
    else correctRejections++;
    if (saidScam !== (item.kind === 'scam')) wrong.push(item.id);
  }
  const scams = hits + misses;
  const genuine = falseAlarms + correctRejections;
  const hitRate = scams ? hits / scams : null;
  const falseAlarmRate = genuine ? falseAlarms / genuine : null;
  return {
    total: items.length, scams, genuine, hits, misses, falseAlarms, correctRejections, correct: hits + correctRejections,
    hitRate, falseAlarmRate, sensitivity: hitRate === null || falseAlarmRate === null ? null : hitRate - falseAlarmRate, wrong,
  };
}

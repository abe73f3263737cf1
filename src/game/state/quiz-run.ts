// One sitting of the quick check: which message is showing, the answers so far, the feedback
// after each answer (when the quiz gives it) and the score at the end. No Phaser, no DOM: the
// canvas scene and the accessible layer both read and drive the same run.
import { scoreQuiz, type QuizAnswer, type QuizItem, type QuizResponse, type QuizScore } from '../../engine/quiz.ts';
import type { StringKey } from '../i18n.ts';

export type QuizPhase = 'question' | 'feedback' | 'result';

export interface AnsweredItem {
  item: QuizItem;
  answer: QuizAnswer;
  correct: boolean;
}

export class QuizRun {
  private readonly responses: QuizResponse[] = [];
  private showingFeedback = false;

  /** `feedback`: explain each answer before the next message (a single player's practice); off for a before/after check. */
  constructor(readonly items: readonly QuizItem[], readonly feedback = true) {
    if (items.length === 0) throw new Error('a quiz needs at least one message');
  }

  get phase(): QuizPhase {
    if (this.showingFeedback) return 'feedback';
    return this.responses.length < this.items.length ? 'question' : 'result';
  }

  /** 0-based index of the message on screen (the one just answered while its feedback shows). */
  get index(): number {
    return Math.min(this.items.length - 1, this.showingFeedback ? this.responses.length - 1 : this.responses.length);
  }

  get current(): QuizItem {
    return this.items[this.index]!;
  }

  get answered(): AnsweredItem[] {
    return this.responses.map(({ item, answer }) => {
      const quizItem = this.items.find((i) => i.id === item)!;
      return { item: quizItem, answer, correct: answer === quizItem.kind };
    });
  }

  get last(): AnsweredItem | undefined {
    return this.answered.at(-1);
  }

  /** Answers the message on screen. Returns false (and changes nothing) when no question is showing. */
  answer(answer: QuizAnswer): boolean {
    if (this.phase !== 'question') return false;
    this.responses.push({ item: this.current.id, answer });
    this.showingFeedback = this.feedback;
    return true;
  }

  /** Moves on from the feedback. Returns false when there is none showing. */
  next(): boolean {
    if (this.phase !== 'feedback') return false;
    this.showingFeedback = false;
    return true;
  }

  get answers(): readonly QuizResponse[] {
    return this.responses;
  }

  /** The score once every message is answered (and the last feedback read), else null. */
  get score(): QuizScore | null {
    return this.phase === 'result' ? scoreQuiz(this.items, this.responses) : null;
  }
}

/**
 * The friendly sentence for a result: sharp; catches scams but accuses real messages; lets scams
 * through; no better than guessing; or fine.
 */
export function verdictKey(score: QuizScore): StringKey {
  const hit = score.hitRate ?? 0;
  const fa = score.falseAlarmRate ?? 0;
  const sensitivity = score.sensitivity ?? 0;
  if (sensitivity >= 0.75) return 'quizVerdict_great';
  if (hit >= 0.75 && fa >= 0.5) return 'quizVerdict_suspicious';
  if (hit < 0.5 && fa < 0.5) return 'quizVerdict_trusting';
  if (sensitivity < 0.25) return 'quizVerdict_mixed';
  return 'quizVerdict_good';
}

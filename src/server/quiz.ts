// The before/after check, as the server needs it: each participant draws their own items by seed
// (the "before" and "after" sets never overlap) and the server scores the answers as hits and false
// alarms. The item bank and the drawing belong to the engine (src/engine/quiz.ts).
import type { QuizAnswer, QuizItemView, QuizPhase, QuizScore } from '../workshop/protocol.ts';

export interface QuizBank {
  /** The items a participant sees; never says which are scams. */
  draw(seed: string, phase: QuizPhase): QuizItemView[];
  /** Scores answers to exactly the items `draw` gave; throws an Error naming the problem otherwise. */
  score(seed: string, phase: QuizPhase, answers: readonly { item: string; answer: QuizAnswer }[]): QuizScore;
}

/**
 * TODO(#6): src/engine/quiz.ts (the item bank and its draw/score functions) is being written by
 * another engineer. Until it lands, rooms have no quiz: `host:quiz` is answered with
 * `quiz-unavailable`. When it lands, return an adapter over it here.
 */
export function bundledQuizBank(): QuizBank | null {
  return null;
}

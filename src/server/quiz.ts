// The before/after check as the server needs it: each participant draws their own items by seed
// (the "before" and "after" sets never share a message) and the server scores the answers as
// hits and false alarms. The item bank, drawing and scoring are the engine's (src/engine/quiz.ts);
// this adapter keeps the verdicts on the server: phones get the messages only.
import { drawBeforeAfter, quizView, scoreQuiz, type Catalogue, type QuizBank as ItemBank } from '../engine/index.ts';
import { readQuizBank } from '../../scripts/lib/quiz-file.ts';
import type { QuizAnswer, QuizItemView, QuizPhase, QuizScore } from '../workshop/protocol.ts';

export interface QuizBank {
  /** The items a participant sees; never says which are scams. */
  draw(seed: string, phase: QuizPhase): QuizItemView[];
  /** Scores answers to exactly the items `draw` gave; throws an Error naming the problem otherwise. */
  score(seed: string, phase: QuizPhase, answers: readonly { item: string; answer: QuizAnswer }[]): QuizScore;
}

export function quizBankOf(bank: ItemBank): QuizBank {
  return {
    draw: (seed, phase) => quizView(drawBeforeAfter(bank, seed)[phase]),
    score(seed, phase, answers) {
      const s = scoreQuiz(drawBeforeAfter(bank, seed)[phase], answers);
      return { hits: s.hits, scams: s.scams, falseAlarms: s.falseAlarms, genuine: s.genuine, wrong: s.wrong };
    },
  };
}

/** The bank in assets/quiz.yaml; throws a ContentError naming every problem if it does not load. */
export function bundledQuizBank(catalogue: Catalogue): QuizBank {
  return quizBankOf(readQuizBank(catalogue));
}

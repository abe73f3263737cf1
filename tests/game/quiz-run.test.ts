// One sitting of the quick check as the canvas and the accessible layer drive it: question,
// feedback, next, result; answers out of turn change nothing; the verdict matches the score.
import { describe, expect, it } from 'vitest';
import { drawQuiz, scoreQuiz, type QuizScore } from '../../src/engine/index.ts';
import { QuizRun, verdictKey } from '../../src/game/state/quiz-run.ts';
import { readQuizBank } from '../../scripts/lib/quiz-file.ts';
import { catalogue } from '../helpers.ts';

const bank = readQuizBank(catalogue);
const items = drawQuiz(bank, { seed: 'run', size: 6 });

describe('a quiz run', () => {
  it('shows feedback after each answer, then the next message, then the result', () => {
    const run = new QuizRun(items, true);
    expect(run.phase).toBe('question');
    expect(run.current).toBe(items[0]);
    expect(run.next()).toBe(false);
    expect(run.answer('scam')).toBe(true);
    expect(run.phase).toBe('feedback');
    expect(run.current).toBe(items[0]);
    expect(run.last).toEqual({ item: items[0], answer: 'scam', correct: items[0]!.kind === 'scam' });
    expect(run.answer('genuine')).toBe(false); // no second answer to the same message
    expect(run.answers).toHaveLength(1);
    expect(run.next()).toBe(true);
    expect(run.current).toBe(items[1]);
    for (let i = 1; i < items.length; i++) {
      run.answer(items[i]!.kind); // right every time after the first
      expect(run.score).toBeNull();
      run.next();
    }
    expect(run.phase).toBe('result');
    expect(run.answer('scam')).toBe(false);
    expect(run.score).toEqual(scoreQuiz(items, run.answers));
    expect(run.score!.correct).toBe(items.length - (items[0]!.kind === 'scam' ? 0 : 1));
  });

  it('without feedback goes straight from one message to the next', () => {
    const run = new QuizRun(items, false);
    items.forEach((item, i) => {
      expect(run.index).toBe(i);
      run.answer(item.kind === 'scam' ? 'genuine' : 'scam');
    });
    expect(run.phase).toBe('result');
    expect(run.score).toMatchObject({ correct: 0, sensitivity: -1 });
  });
});

describe('the result sentence', () => {
  const score = (hits: number, falseAlarms: number, n = 4): QuizScore => {
    const quiz = drawQuiz(bank, { seed: 'verdict', size: n * 2 });
    const scams = quiz.filter((i) => i.kind === 'scam');
    const genuine = quiz.filter((i) => i.kind === 'genuine');
    return scoreQuiz(quiz, [
      ...scams.map((i, k) => ({ item: i.id, answer: k < hits ? 'scam' as const : 'genuine' as const })),
      ...genuine.map((i, k) => ({ item: i.id, answer: k < falseAlarms ? 'scam' as const : 'genuine' as const })),
    ]);
  };

  it('praises discernment, and names blanket suspicion, trust and guessing for what they are', () => {
    expect(verdictKey(score(4, 0))).toBe('quizVerdict_great');
    expect(verdictKey(score(4, 1))).toBe('quizVerdict_great');
    expect(verdictKey(score(4, 4))).toBe('quizVerdict_suspicious'); // everything called a scam
    expect(verdictKey(score(3, 2))).toBe('quizVerdict_suspicious');
    expect(verdictKey(score(0, 0))).toBe('quizVerdict_trusting'); // everything trusted
    expect(verdictKey(score(1, 0))).toBe('quizVerdict_trusting');
    expect(verdictKey(score(2, 2))).toBe('quizVerdict_mixed');
    expect(verdictKey(score(3, 1))).toBe('quizVerdict_good');
  });
});

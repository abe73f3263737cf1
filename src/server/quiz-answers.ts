// A participant's answers to the before- or after-quiz, scored on the server.
import type { ClientMessageOf, QuizScore } from '../workshop/protocol.ts';
import type { ServerContext } from './context.ts';
import { WorkshopError } from './errors.ts';
import type { LiveRoom } from './live-room.ts';
import { pushParticipant } from './plays.ts';
import type { ParticipantRecord } from './storage/storage.ts';

export async function answerQuiz(ctx: ServerContext, live: LiveRoom, p: ParticipantRecord, message: ClientMessageOf<'quiz-answers'>): Promise<QuizScore> {
  const bank = ctx.quiz;
  if (!bank) throw new WorkshopError('quiz-unavailable', 'this server runs without a quiz item bank');
  const previous = live.quizzes.get(p.id)?.[message.phase];
  if (previous) {
    if (JSON.stringify(previous.answers) === JSON.stringify(message.answers)) return previous.score;
    throw new WorkshopError('quiz-already-answered', 'you have already answered this quiz');
  }
  if (live.room.status === 'ended') throw new WorkshopError('room-ended', 'the host has ended this room');
  if (live.room.quiz[message.phase] !== 'open') throw new WorkshopError('quiz-not-open', `the ${message.phase} quiz is not open`);
  let score: QuizScore;
  try {
    score = bank.score(p.quizSeed, message.phase, message.answers);
  } catch (error) {
    throw new WorkshopError('quiz-answers-invalid', error instanceof Error ? error.message : String(error));
  }
  const record = {
    participantId: p.id, roomId: live.room.id, phase: message.phase, items: message.answers.map((a) => a.item),
    answers: message.answers, score, submittedAt: ctx.now(),
  };
  await ctx.storage.saveQuiz(record);
  live.setQuiz(record);
  pushParticipant(ctx, live, p);
  return score;
}

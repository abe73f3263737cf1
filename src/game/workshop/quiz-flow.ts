// The room's before/after quick check on a participant's phone: the items the server drew for
// them, the answers going out, and the score it sends back. The screen itself is views.ts/overlay.ts.
import { WorkshopClientError } from '../../workshop/client.ts';
import type { ClientRequest } from '../../workshop/client.ts';
import type { QuizAnswer, QuizPhase, QuizScore, RoomView, ServerMessage } from '../../workshop/protocol.ts';

export interface QuizState {
  phase: QuizPhase;
  items: { id: string; from?: { zh: string; en: string }; text: { zh: string; en: string } }[];
  busy: boolean;
  /** The error code of a failed submission, to show. */
  error: string | null;
  /** The server's score once the answers are in. */
  score: QuizScore | null;
}

export class QuizFlow {
  state: QuizState | null = null;

  open(phase: QuizPhase, items: QuizState['items']) {
    if (this.state?.phase === phase) return;
    this.state = { phase, items, busy: false, error: null, score: null };
  }

  /** The host closed the quiz: one not answered yet goes away. */
  follow(room: RoomView) {
    if (this.state && this.state.score === null && room.quiz[this.state.phase] !== 'open') this.state = null;
  }

  /** A quiz waits for answers (the game stands still meanwhile). */
  get waiting(): boolean {
    return this.state !== null && this.state.score === null;
  }

  async submit(answers: { item: string; answer: QuizAnswer }[], send: (body: ClientRequest) => Promise<ServerMessage>, changed: () => void) {
    const quiz = this.state;
    if (!quiz || quiz.busy) return;
    quiz.busy = true;
    quiz.error = null;
    changed();
    try {
      const reply = await send({ type: 'quiz-answers', phase: quiz.phase, answers });
      if (reply.type === 'ack' && reply.quiz) quiz.score = reply.quiz;
      else this.state = null;
    } catch (error) {
      const code = error instanceof WorkshopClientError ? error.code : 'unknown';
      // Already answered (a resend, another tab) or closed meanwhile: nothing left to do here.
      if (code === 'quiz-already-answered' || code === 'quiz-not-open') this.state = null;
      else quiz.error = code;
    }
    quiz.busy = false;
    changed();
  }

  close() {
    this.state = null;
  }
}

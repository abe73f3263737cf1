// The quick check as the game runs it for a single player: loads the bank on first use, draws a
// new set each time (never the set just taken, so a second go differs), and tells the canvas
// scene and the accessible layer when anything changes. Lives outside any scene, so a resize or a
// language switch (which restart the scene) keeps the run.
import { drawQuiz, QUIZ_DEFAULT_SIZE, type QuizAnswer } from '../../engine/quiz.ts';
import { loadBundledQuiz, type BundledQuiz } from '../../content/quiz-bundle.ts';
import { QuizRun } from './quiz-run.ts';
import { t } from '../i18n.ts';

type Listener = () => void;

export class QuizSession {
  run: QuizRun | null = null;
  bank: BundledQuiz | null = null;
  private lastIds: string[] = [];
  private readonly listeners = new Set<Listener>();

  constructor(private readonly loadBank: () => Promise<BundledQuiz>, private readonly newSeed: () => string) {}

  on(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit() {
    for (const listener of [...this.listeners]) listener();
  }

  /**
   * Draws a fresh quiz and waits for the glyphs of its messages in both languages (the player
   * may switch language mid-quiz). Throws if the bank cannot be fetched (offline on a first visit).
   */
  async begin(ensureGlyphs: (text: string) => Promise<boolean>, size = QUIZ_DEFAULT_SIZE): Promise<QuizRun> {
    this.bank ??= await this.loadBank();
    const bank = this.bank;
    let items;
    try {
      items = drawQuiz(bank, { seed: this.newSeed(), size, exclude: this.lastIds });
    } catch {
      items = drawQuiz(bank, { seed: this.newSeed(), size }); // a bank too small to avoid repeats still gives a quiz
    }
    this.lastIds = items.map((item) => item.id);
    const names = items.flatMap((item) => (item.flag ? [bank.flagNames[item.flag]] : [])).filter((n) => n !== undefined);
    await ensureGlyphs([...items.flatMap((item) => [item.from, item.text, item.why]), ...names].flatMap((t) => [t.zh, t.en]).join(''));
    this.run = new QuizRun(items, true);
    this.emit();
    return this.run;
  }

  answer(answer: QuizAnswer) {
    if (this.run?.answer(answer)) this.emit();
  }

  next() {
    if (this.run?.next()) this.emit();
  }

  close() {
    if (!this.run) return;
    this.run = null;
    this.emit();
  }

  flagName(flag: string | undefined, lang: 'zh' | 'en'): string | null {
    return flag ? this.bank?.flagNames[flag]?.[lang] ?? null : null;
  }
}

export const quizSession = new QuizSession(loadBundledQuiz, () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`);

/** The label of the quiz's entry on Home, the same on the canvas and in the accessible layer. */
export function quizButtonLabel(lang: 'zh' | 'en'): string {
  return t('quizHomeButton', lang, { n: QUIZ_DEFAULT_SIZE });
}

// The quick-check bank as the game receives it: checked at build time (scripts/build/quiz-plugin.ts)
// and fetched as its own chunk the first time someone opens the quiz.
import type { LocalizedText } from '../engine/schema.ts';
import type { QuizBank, QuizItem } from '../engine/quiz.ts';

export interface BundledQuiz extends QuizBank {
  items: QuizItem[];
  /** Names of the red flags the scam items show, by flag id. */
  flagNames: Record<string, LocalizedText>;
}

let loading: Promise<BundledQuiz> | null = null;

export function loadBundledQuiz(): Promise<BundledQuiz> {
  loading ??= import('virtual:quiz').then((module) => module.default);
  // A failed fetch (offline before the service worker has it) may be retried.
  loading.catch(() => { loading = null; });
  return loading;
}

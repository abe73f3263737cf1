// The shape of the quick-check item bank (assets/quiz.yaml). Semantic checks (duplicates, red
// flags, translations, counts) live in quiz-load.ts; this file only says what each field looks like.
import { z } from 'zod';
import { localizedText } from './schema.ts';
import { QUIZ_KINDS } from './quiz.ts';

export const quizItem = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids use lower-case letters, digits and "-" (e.g. "courier-locker")'),
  kind: z.enum(QUIZ_KINDS),
  flag: z.string().optional(),
  from: localizedText,
  text: localizedText,
  why: localizedText,
});

export const quizBank = z.strictObject({
  items: z.array(quizItem).min(1, 'the bank has no items'),
});
export type QuizBankFile = z.infer<typeof quizBank>;

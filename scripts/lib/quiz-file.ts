// Reads the quick-check item bank from disk for the Node tools (validator, build plugin, server, tests).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadQuizBank, quizBankIssues, type Catalogue, type ContentIssue, type QuizBank } from '../../src/engine/index.ts';
import { displayPath, readCatalogue, ROOT } from './content-files.ts';

export const QUIZ_FILE = join(ROOT, 'assets/quiz.yaml');

/** The checked bank; throws a ContentError naming file, line and path of every problem. */
export function readQuizBank(catalogue: Catalogue = readCatalogue(), file = QUIZ_FILE): QuizBank {
  return loadQuizBank(readFileSync(file, 'utf8'), displayPath(file), catalogue);
}

export function quizFileIssues(catalogue: Catalogue, file = QUIZ_FILE): ContentIssue[] {
  return quizBankIssues(readFileSync(file, 'utf8'), displayPath(file), catalogue).issues;
}

// npm run validate [files or folders]: loads every scenario, explores its whole state graph and
// fails, naming file and YAML path, on anything a player could trip over.
import { performance } from 'node:perf_hooks';
import { ContentError, exploreScenario, formatIssue, type ContentIssue } from '../src/engine/index.ts';
import { displayPath, readCatalogue, readScenarios, scenarioFiles, SCENARIO_DIR } from './lib/content-files.ts';
import { parseYamlSource } from '../src/engine/yaml-source.ts';
import { readFileSync } from 'node:fs';
import { estimatePlayLength } from './lib/estimate.ts';
import { quizFileIssues, QUIZ_FILE } from './lib/quiz-file.ts';

function main(args: string[]): number {
  let catalogue;
  try {
    catalogue = readCatalogue();
  } catch (error) {
    if (error instanceof ContentError) { error.issues.forEach((i) => console.error(formatIssue(i))); return 1; }
    throw error;
  }
  const files = scenarioFiles(args.length ? args : [SCENARIO_DIR]);
  if (files.length === 0) { console.error('no scenario files found'); return 1; }
  const { models, issues } = readScenarios(files, catalogue);
  const problems: ContentIssue[] = [...issues];
  const started = performance.now();

  for (const model of models) {
    const t0 = performance.now();
    try {
      const result = exploreScenario(model);
      const source = parseYamlSource(readFileSync(model.file, 'utf8'), model.file);
      problems.push(...result.issues.map((i) => source.issue(i.path, i.message)));
      const ms = (performance.now() - t0).toFixed(0);
      const real = estimatePlayLength(model, 'realtime');
      const fast = estimatePlayLength(model, 'fast');
      const mark = result.issues.length ? '✗' : '✓';
      console.log(`${mark} ${model.scenario.id.padEnd(24)} states ${String(result.states).padStart(5)}  transitions ${String(result.transitions).padStart(6)}  paths ${result.pathsCapped ? '≥' : ''}${result.paths}  endings ${result.endingsReached.length}/${result.endingsTotal}  ${ms} ms  ≈${real.medianMinutes.toFixed(1)} min (fast ${fast.medianMinutes.toFixed(1)})`);
    } catch (error) {
      problems.push({ file: model.file, path: [], message: `could not explore: ${(error as Error).message}` });
    }
  }
  // The quick-check item bank is content too (checked whatever files were named).
  const quizIssues = quizFileIssues(catalogue);
  problems.push(...quizIssues);
  console.log(`${quizIssues.length ? '✗' : '✓'} ${displayPath(QUIZ_FILE)} (quick-check item bank)`);

  const failed = new Set(issues.map((i) => i.file));
  for (const file of failed) console.log(`✗ ${displayPath(file)} (could not be loaded)`);

  console.log(`\n${files.length} scenario file${files.length === 1 ? '' : 's'} checked in ${(performance.now() - started).toFixed(0)} ms`);
  if (problems.length === 0) { console.log('no problems found'); return 0; }
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
  for (const problem of problems) console.error(`  ${formatIssue(problem)}`);
  return 1;
}

process.exitCode = main(process.argv.slice(2));

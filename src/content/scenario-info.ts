// What the home screen needs to list a scenario, without loading its script.
import type { Scenario } from '../engine/schema.ts';

export type ScenarioInfo = Pick<Scenario, 'id' | 'title' | 'summary' | 'scamType' | 'difficulty' | 'minutes' | 'short'>;

const DIFFICULTY_ORDER = { easy: 0, medium: 1, hard: 2 } as const;

export function scenarioInfo(scenario: Scenario): ScenarioInfo {
  const { id, title, summary, scamType, difficulty, minutes, short } = scenario;
  return { id, title, summary, scamType, difficulty, minutes, short };
}

/**
 * Easiest first, then by id: the order of the home screen. Ids are lower-case letters, digits and
 * "-" (see the schema), which sort the same by code unit as by locale: comparing them plainly
 * spares the first load building a collator (~15 ms on a slow phone).
 */
export function byDifficulty(a: ScenarioInfo, b: ScenarioInfo): number {
  return DIFFICULTY_ORDER[a.difficulty] - DIFFICULTY_ORDER[b.difficulty] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

// The scenarios a room can use: the bundled ones from assets/, loaded and checked once at start-up.
import { formatIssue, type Catalogue, type ScenarioModel } from '../engine/index.ts';
import { readCatalogue, readScenarios, scenarioFiles } from '../../scripts/lib/content-files.ts';
import type { ScenarioInfo } from '../workshop/protocol.ts';

export interface Content {
  catalogue: Catalogue;
  models: ReadonlyMap<string, ScenarioModel>;
}

export function contentOf(catalogue: Catalogue, models: ScenarioModel[]): Content {
  return { catalogue, models: new Map(models.map((m) => [m.scenario.id, m])) };
}

/** Throws with every problem listed if a bundled scenario does not load. */
export function loadBundledContent(): Content {
  const catalogue = readCatalogue();
  const { models, issues } = readScenarios(scenarioFiles(), catalogue);
  if (issues.length) throw new Error(`the bundled scenarios do not load:\n${issues.map(formatIssue).join('\n')}`);
  return contentOf(catalogue, models);
}

export function scenarioInfos(content: Content): ScenarioInfo[] {
  return [...content.models.values()].map(({ scenario: s }) => ({
    id: s.id, title: s.title, summary: s.summary, scamType: s.scamType, difficulty: s.difficulty, minutes: s.minutes,
  }));
}

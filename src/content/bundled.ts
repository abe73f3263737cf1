// The scenarios and catalogue shipped with the game. They were checked at build time (see
// scripts/build/content-plugin.ts), so here they only need their look-up tables.
import content from 'virtual:content';
import { buildModel } from '../engine/model.ts';
import type { Catalogue, Scenario } from '../engine/schema.ts';
import type { ScenarioModel } from '../engine/model.ts';

const data = content as { catalogue: Catalogue; scenarios: { file: string; scenario: Scenario }[] };

export const catalogue: Catalogue = data.catalogue;

const DIFFICULTY_ORDER = { easy: 0, medium: 1, hard: 2 } as const;

/** Every bundled scenario, easiest first (kiosk cuts after their full versions). */
export function bundledScenarios(): ScenarioModel[] {
  return data.scenarios
    .map(({ file, scenario }) => buildModel(file, scenario, catalogue))
    .sort((a, b) => DIFFICULTY_ORDER[a.scenario.difficulty] - DIFFICULTY_ORDER[b.scenario.difficulty]
      || Number(a.scenario.id.endsWith('-short')) - Number(b.scenario.id.endsWith('-short'))
      || a.scenario.id.localeCompare(b.scenario.id));
}

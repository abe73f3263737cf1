// The scenarios and catalogue shipped with the game, loaded in the browser by Vite.
import { loadCatalogue, loadScenario, type ScenarioModel } from '../engine/index.ts';
import catalogueText from '../../assets/red-flags.yaml?raw';

const scenarioTexts = import.meta.glob('../../assets/scenarios/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export const catalogue = loadCatalogue(catalogueText, 'assets/red-flags.yaml');

const DIFFICULTY_ORDER = { easy: 0, medium: 1, hard: 2 } as const;

/** Every bundled scenario, easiest first (kiosk cuts after their full versions). */
export function bundledScenarios(): ScenarioModel[] {
  return Object.entries(scenarioTexts)
    .map(([path, text]) => loadScenario(text, path.replace('../../', ''), catalogue))
    .sort((a, b) => DIFFICULTY_ORDER[a.scenario.difficulty] - DIFFICULTY_ORDER[b.scenario.difficulty]
      || Number(a.scenario.id.endsWith('-short')) - Number(b.scenario.id.endsWith('-short'))
      || a.scenario.id.localeCompare(b.scenario.id));
}

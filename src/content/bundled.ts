// The scenarios and catalogue shipped with the game, loaded in the browser by Vite.
import { loadCatalogue, loadScenario, type ScenarioModel } from '../engine/index.ts';
import catalogueText from '../../assets/red-flags.yaml?raw';

const scenarioTexts = import.meta.glob('../../assets/scenarios/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export const catalogue = loadCatalogue(catalogueText, 'assets/red-flags.yaml');

export function bundledScenarios(): ScenarioModel[] {
  return Object.entries(scenarioTexts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, text]) => loadScenario(text, path.replace('../../', ''), catalogue));
}

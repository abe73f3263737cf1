// A Vite plugin that checks every scenario at build time (a broken file fails the build, with
// file, line and path) and hands the game ready-made JSON: no YAML parser or schema check has
// to run on a phone. The first script carries only the list of scenarios; each scenario's
// script and the red-flag catalogue are separate chunks, fetched when a case starts.
import type { Plugin } from 'vite';
import { ContentError, formatIssue, type Catalogue, type ScenarioModel } from '../../src/engine/index.ts';
import { scenarioInfo } from '../../src/content/scenario-info.ts';
import { readCatalogue, readScenarios, scenarioFiles, CATALOGUE_FILE, SCENARIO_DIR } from '../lib/content-files.ts';

const INDEX = 'virtual:content';
const CATALOGUE = 'virtual:content/catalogue';
const SCENARIO = 'virtual:content/scenario/';

/** JSON.parse of a string literal is faster for engines than a large object literal. */
const jsonModule = (data: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;

export function bundledContent(): Plugin {
  let checked: { catalogue: Catalogue; models: ScenarioModel[] } | null = null;
  return {
    name: 'red-flag-chat-content',
    buildStart() { checked = null; },
    watchChange() { checked = null; },
    resolveId: (id) => (id === INDEX || id === CATALOGUE || id.startsWith(SCENARIO) ? `\0${id}` : undefined),
    load(resolved) {
      if (!resolved.startsWith('\0virtual:content')) return undefined;
      const id = resolved.slice(1);
      const files = scenarioFiles([SCENARIO_DIR]);
      for (const file of [CATALOGUE_FILE, ...files]) this.addWatchFile(file);
      if (!checked) {
        let catalogue;
        try { catalogue = readCatalogue(); } catch (error) {
          if (error instanceof ContentError) this.error(error.issues.map(formatIssue).join('\n'));
          throw error;
        }
        const { models, issues } = readScenarios(files, catalogue);
        if (issues.length) this.error(`scenario problems (run npm run validate):\n${issues.map(formatIssue).join('\n')}`);
        checked = { catalogue, models };
      }
      if (id === CATALOGUE) return jsonModule(checked.catalogue);
      if (id.startsWith(SCENARIO)) {
        const model = checked.models.find((m) => m.scenario.id === id.slice(SCENARIO.length));
        if (!model) this.error(`no bundled scenario "${id.slice(SCENARIO.length)}"`);
        return jsonModule({ file: model.file, scenario: model.scenario });
      }
      const loaders = checked.models.map((m) => `  ${JSON.stringify(m.scenario.id)}: () => import(${JSON.stringify(SCENARIO + m.scenario.id)}),`);
      return [
        `export const scenarios = ${JSON.stringify(checked.models.map((m) => scenarioInfo(m.scenario)))};`,
        `export const loaders = {\n${loaders.join('\n')}\n};`,
        `export const loadCatalogue = () => import(${JSON.stringify(CATALOGUE)});`,
      ].join('\n');
    },
  };
}

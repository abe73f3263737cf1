// A Vite plugin that checks every scenario at build time (a broken file fails the build, with
// file, line and path) and hands the game ready-made JSON: no YAML parser or schema check has
// to run on a phone at start-up.
import type { Plugin } from 'vite';
import { ContentError, formatIssue } from '../../src/engine/index.ts';
import { readCatalogue, readScenarios, scenarioFiles, CATALOGUE_FILE, SCENARIO_DIR } from '../lib/content-files.ts';

const ID = 'virtual:content';
const RESOLVED = `\0${ID}`;

export function bundledContent(): Plugin {
  return {
    name: 'red-flag-chat-content',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const files = scenarioFiles([SCENARIO_DIR]);
      for (const file of [CATALOGUE_FILE, ...files]) this.addWatchFile(file);
      let catalogue;
      try { catalogue = readCatalogue(); } catch (error) {
        if (error instanceof ContentError) this.error(error.issues.map(formatIssue).join('\n'));
        throw error;
      }
      const { models, issues } = readScenarios(files, catalogue);
      if (issues.length) this.error(`scenario problems (run npm run validate):\n${issues.map(formatIssue).join('\n')}`);
      const data = { catalogue, scenarios: models.map((m) => ({ file: m.file, scenario: m.scenario })) };
      // JSON.parse of a string literal is faster for engines than a large object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
    },
  };
}

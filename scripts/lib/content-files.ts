// Reads scenario and catalogue files from disk for the Node tools (validator, player, bench, tests).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ContentError, loadCatalogue, loadScenario, type Catalogue, type ContentIssue, type ScenarioModel } from '../../src/engine/index.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CATALOGUE_FILE = join(ROOT, 'assets/red-flags.yaml');
export const SCENARIO_DIR = join(ROOT, 'assets/scenarios');

export const displayPath = (file: string) => relative(process.cwd(), file) || file;

export function readCatalogue(file = CATALOGUE_FILE): Catalogue {
  return loadCatalogue(readFileSync(file, 'utf8'), displayPath(file));
}

/** Expands files and folders into the .yaml files they name, sorted. */
export function scenarioFiles(targets: string[] = [SCENARIO_DIR]): string[] {
  return targets.flatMap((target) => {
    const path = resolve(target);
    if (!statSync(path, { throwIfNoEntry: false })) throw new Error(`no such file or folder: ${target}`);
    if (!statSync(path).isDirectory()) return [path];
    return readdirSync(path).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(path, f));
  });
}

export function readScenario(file: string, catalogue: Catalogue): ScenarioModel {
  return loadScenario(readFileSync(file, 'utf8'), displayPath(file), catalogue);
}

/** Loads every file, collecting all problems (including ids used by two files) instead of stopping at the first. */
export function readScenarios(files: string[], catalogue: Catalogue): { models: ScenarioModel[]; issues: ContentIssue[] } {
  const models: ScenarioModel[] = [];
  const issues: ContentIssue[] = [];
  const owners = new Map<string, string>();
  for (const file of files) {
    try {
      const model = readScenario(file, catalogue);
      const owner = owners.get(model.scenario.id);
      if (owner) issues.push({ file: model.file, path: ['id'], message: `scenario id "${model.scenario.id}" is already used by ${owner}`, line: 1 });
      else { owners.set(model.scenario.id, model.file); models.push(model); }
    } catch (error) {
      if (error instanceof ContentError) issues.push(...error.issues);
      else throw error;
    }
  }
  return { models, issues };
}

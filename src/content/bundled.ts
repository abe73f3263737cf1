// The scenarios and catalogue shipped with the game. They were checked at build time (see
// scripts/build/content-plugin.ts), so here they only need their look-up tables.
import { scenarios, loaders, loadCatalogue } from 'virtual:content';
import { buildModel } from '../engine/model.ts';
import type { Catalogue, Scenario } from '../engine/schema.ts';
import type { ScenarioModel } from '../engine/model.ts';
import type { ContentSource } from './content-source.ts';
import { byDifficulty } from './scenario-info.ts';

let catalogue: Promise<Catalogue> | null = null;
const models = new Map<string, Promise<ScenarioModel>>();

function loadBundledCatalogue(): Promise<Catalogue> {
  catalogue ??= loadCatalogue().then((module) => module.default as Catalogue);
  return catalogue;
}

function loadBundled(id: string): Promise<ScenarioModel> {
  const loader = loaders[id];
  if (!loader) return Promise.reject(new Error(`no scenario "${id}"`));
  let model = models.get(id);
  if (!model) {
    model = Promise.all([loader(), loadBundledCatalogue()]).then(([module, cat]) => {
      const { file, scenario } = module.default as { file: string; scenario: Scenario };
      return buildModel(file, scenario, cat);
    });
    // A failed fetch (flaky network before the service worker has everything) may be retried.
    model.catch(() => models.delete(id));
    models.set(id, model);
  }
  return model;
}

export const bundledContent: ContentSource = {
  scenarios: [...scenarios].sort(byDifficulty),
  load: loadBundled,
  catalogue: loadBundledCatalogue,
};

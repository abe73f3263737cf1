// All the characters a scenario can show, so their font pieces can be fetched before play.
import type { ScenarioModel } from '../engine/index.ts';

export function scenarioCharacters(model: ScenarioModel): string {
  const chars = new Set<string>();
  const visit = (value: unknown) => {
    if (typeof value === 'string') { for (const ch of value) chars.add(ch); return; }
    if (Array.isArray(value)) { value.forEach(visit); return; }
    if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(model.scenario);
  for (const flag of model.catalogue.flags) visit([flag.name, flag.explanation]);
  visit(model.catalogue.rules);
  return [...chars].join('');
}

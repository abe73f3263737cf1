// Turns YAML text into checked content, or a ContentError listing every problem with file and path.
import type { z } from 'zod';
import { catalogue as catalogueSchema, scenario as scenarioSchema, type Catalogue, type Scenario } from './schema.ts';
import { ContentError, type ContentIssue } from './errors.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';
import { checkScenario } from './check-scenario.ts';
import { buildModel, type ScenarioModel } from './model.ts';

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Rewrites zod's issues into sentences a scenario author understands. */
export function schemaIssues(source: YamlSource, error: z.ZodError): ContentIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const last = path[path.length - 1];
    let message = issue.message;
    const missing = (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union') && valueAt(source.data, path) === undefined;
    if (missing) {
      message = last === 'zh' ? 'missing Chinese text (zh)'
        : last === 'en' ? 'missing English text (en)'
        : `missing required field "${String(last)}"`;
    } else if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys;
      return source.issue([...path, keys[0]!], `unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')} (check the spelling against docs/authoring.md)`);
    } else if (issue.code === 'invalid_value' && 'values' in issue) {
      message = `${JSON.stringify(valueAt(source.data, path))} is not allowed here; use one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    }
    return source.issue(path, message);
  });
}

export function loadCatalogue(text: string, file: string): Catalogue {
  const source = parseYamlSource(text, file);
  if (source.issues.length) throw new ContentError(source.issues);
  const parsed = catalogueSchema.safeParse(source.data);
  if (!parsed.success) throw new ContentError(schemaIssues(source, parsed.error));
  const issues: ContentIssue[] = [];
  const seen = new Set<string>();
  parsed.data.flags.forEach((flag, i) => {
    if (seen.has(flag.id)) issues.push(source.issue(['flags', i, 'id'], `duplicate red flag id "${flag.id}"`));
    seen.add(flag.id);
  });
  if (issues.length) throw new ContentError(issues);
  return parsed.data;
}

/** Every problem in a scenario file; empty when it is usable. */
export function scenarioIssues(text: string, file: string, catalogue: Catalogue): { issues: ContentIssue[]; scenario?: Scenario } {
  const source = parseYamlSource(text, file);
  if (source.issues.length) return { issues: source.issues };
  const parsed = scenarioSchema.safeParse(source.data);
  if (!parsed.success) return { issues: schemaIssues(source, parsed.error) };
  const issues = checkScenario(parsed.data, catalogue).map((i) => source.issue(i.path, i.message));
  return { issues, scenario: parsed.data };
}

export function loadScenario(text: string, file: string, catalogue: Catalogue): ScenarioModel {
  const { issues, scenario } = scenarioIssues(text, file, catalogue);
  if (issues.length || !scenario) throw new ContentError(issues);
  return buildModel(file, scenario, catalogue);
}

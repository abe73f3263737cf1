declare module 'virtual:content' {
  import type { ScenarioInfo } from './scenario-info.ts';
  export const scenarios: ScenarioInfo[];
  export const loaders: Record<string, () => Promise<{ default: unknown }>>;
  export const loadCatalogue: () => Promise<{ default: unknown }>;
}

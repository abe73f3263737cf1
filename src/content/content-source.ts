// Where the game gets its scenarios: a list to show at once, and each script loaded on demand.
import type { Catalogue } from '../engine/schema.ts';
import type { ScenarioModel } from '../engine/model.ts';
import type { ScenarioInfo } from './scenario-info.ts';

export interface ContentSource {
  /** Every scenario on offer, in the order the home screen lists them. */
  readonly scenarios: readonly ScenarioInfo[];
  load(id: string): Promise<ScenarioModel>;
  catalogue(): Promise<Catalogue>;
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SimulatedClock } from 'xstate';
import { GameSession, loadScenario, type Mode, type Pacing, type ScenarioModel } from '../src/engine/index.ts';
import { readCatalogue, readScenarios, scenarioFiles, ROOT } from '../scripts/lib/content-files.ts';

export const catalogue = readCatalogue();
export const FIXTURES = join(ROOT, 'tests/fixtures');
export const fixtureText = (name: string) => readFileSync(join(FIXTURES, `${name}.yaml`), 'utf8');
export const loadFixture = (name: string): ScenarioModel => loadScenario(fixtureText(name), `tests/fixtures/${name}.yaml`, catalogue);

/** Every bundled scenario, plus the test fixture. */
export function allModels(): ScenarioModel[] {
  const { models, issues } = readScenarios(scenarioFiles(), catalogue);
  if (issues.length) throw new Error(`bundled scenarios do not load: ${issues.map((i) => i.message).join('; ')}`);
  return [...models, loadFixture('mini-scam')];
}

export function startSession(model: ScenarioModel, options: { seed?: string; mode?: Mode; pacing?: Pacing } = {}) {
  const clock = new SimulatedClock();
  const session = GameSession.start(model, { seed: options.seed ?? 'test', mode: options.mode, pacing: options.pacing ?? 'realtime', clock });
  /** Moves time on in small steps until the player is asked something or the play ends. */
  const settle = (maxMs = 120_000) => {
    for (let t = 0; t < maxMs; t += 100) {
      const snap = session.getSnapshot();
      if (snap.status === 'ended' || (snap.choices.length > 0 && !snap.typing)) return snap;
      clock.increment(100);
    }
    return session.getSnapshot();
  };
  return { session, clock, settle };
}

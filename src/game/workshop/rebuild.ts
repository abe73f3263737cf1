// Rebuilds a play from the action log the server holds (or the report still waiting on this
// device), for a participant whose own save is gone: the engine replays the log with the same seed,
// and its save is resumed like any other. The replay runs with time stood still, so the log itself
// is put back as it was reported: the next report then continues the server's log entry for entry.
import { replay } from '../../engine/replay.ts';
import type { LoggedEvent, Mode, SaveFile, ScenarioModel } from '../../engine/index.ts';

export class RebuildError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RebuildError';
  }
}

export function rebuildSave(model: ScenarioModel, play: { seed: string; mode: Mode; delivered: number; log: readonly LoggedEvent[] }): SaveFile {
  const result = replay(model, { seed: play.seed, mode: play.mode, delivered: play.delivered }, play.log);
  try {
    if (!result.ok) throw new RebuildError(`the play cannot be rebuilt from its log: ${result.error}`);
    const save = result.session.save();
    save.state.log = structuredClone([...play.log]);
    return save;
  } finally {
    result.session.dispose();
  }
}

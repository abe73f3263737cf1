// Replays a logged play against the real engine: the workshop server uses it to recompute a
// participant's score from the actions they report, so a tampered client cannot fake one.
import type { Clock } from './clock.ts';
import type { ScenarioModel } from './model.ts';
import { GameSession } from './session.ts';
import type { LoggedEvent, Mode } from './session-types.ts';
import type { Debrief } from './debrief.ts';

export interface ReplayResult {
  ok: boolean;
  /** Why the log could not be replayed (the index of the first bad event, and the reason). */
  error?: string;
  session: GameSession;
  debrief: Debrief;
}

/** Time stands still during a replay: deliveries and timeouts happen exactly where the log says. */
const frozenClock: Clock = { now: () => 0, setTimeout: () => null, clearTimeout: () => undefined };

/**
 * `delivered`: how many messages the player had seen when the log was sent (a play still going on);
 * without it the replay delivers everything still to come, as a finished play would have.
 */
export function replay(model: ScenarioModel, options: { seed: string; mode?: Mode; delivered?: number }, log: readonly LoggedEvent[]): ReplayResult {
  const session = GameSession.start(model, { seed: options.seed, mode: options.mode ?? 'challenge', pacing: 'realtime', clock: frozenClock });
  const fail = (i: number, reason: string): ReplayResult => ({ ok: false, error: `event ${i}: ${reason}`, session, debrief: session.debrief() });
  for (const [i, logged] of log.entries()) {
    if (typeof logged?.seq !== 'number' || typeof logged.event?.type !== 'string') return fail(i, 'malformed log entry');
    while (session.deliveredCount < logged.seq) {
      if (!session.deliverNextNow()) return fail(i, `expects ${logged.seq} messages delivered, but the scenario has only ${session.deliveredCount} to show here`);
    }
    if (session.deliveredCount > logged.seq) return fail(i, `expects ${logged.seq} messages delivered, but ${session.deliveredCount} already were`);
    if (logged.event.type === 'timeout') {
      if (!session.timeoutNow()) return fail(i, 'a timeout is logged where none can happen');
      continue;
    }
    const result = session.send(logged.event);
    if (!result.ok) return fail(i, `refused: ${result.reason}`);
  }
  const target = options.delivered ?? Number.POSITIVE_INFINITY;
  while (session.deliveredCount < target && session.deliverNextNow());
  if (options.delivered !== undefined && session.deliveredCount !== options.delivered) {
    return { ok: false, error: `the player saw ${options.delivered} messages, but the log leads to ${session.deliveredCount}`, session, debrief: session.debrief() };
  }
  return { ok: true, session, debrief: session.debrief() };
}

// The server's own reading of a play: it replays the reported action log against the real engine
// with the seed it assigned, so the score, the flags spotted and the money sent are recomputed
// here and never taken from the client.
//
// A game reports after every message and action, so replaying the whole play each time would
// repeat the same work over and over. A PlayReplayer keeps the replayed session between reports
// and applies only the new events. The engine's replay() stays the reference: whenever the
// shortcut does not apply (a log that does not continue the last one, a report the shortcut
// refuses) the play is replayed from the start with replay(), and its verdict is the answer.
import { GameSession, replay, type Debrief, type LoggedEvent, type Mode, type ScenarioModel } from '../engine/index.ts';
import type { PlaySummary } from '../workshop/protocol.ts';
import { isPrefixOf } from './log-compare.ts';

export type Scored = { ok: true; summary: PlaySummary } | { ok: false; error: string };

interface Options {
  seed: string;
  mode: Mode;
  /** How many messages the player had seen; without it, everything still to come is delivered (a finished play). */
  delivered?: number;
}

function summaryOf(model: ScenarioModel, delivered: number, debrief: Debrief, log: readonly LoggedEvent[]): PlaySummary {
  const stage = [...debrief.stages].reverse().find((s) => s.messages.length > 0)?.stage ?? null;
  const choices = log.flatMap(({ event }) => {
    if (event.type !== 'choose') return [];
    const placed = model.choices.get(event.choice);
    return placed ? [{ node: placed.nodeId, choice: event.choice }] : [];
  });
  return {
    scenario: model.scenario.id, delivered, finished: debrief.finished, stage,
    ending: debrief.outcome?.ending ?? null, outcome: debrief.outcome?.kind ?? null, score: debrief.score.total,
    flags: debrief.flags.map((f) => ({ flag: f.flag, status: f.status })),
    sent: debrief.money.sent, sentToScammers: debrief.money.sentToScammers, lost: debrief.money.lost, choices,
  };
}

/** One full replay with the engine's replay(). */
export function scorePlay(model: ScenarioModel, options: Options, log: readonly LoggedEvent[]): Scored {
  const result = replay(model, options, log);
  try {
    if (!result.ok) return { ok: false, error: result.error ?? 'the log does not replay' };
    return { ok: true, summary: summaryOf(model, result.session.deliveredCount, result.debrief, log) };
  } finally {
    result.session.dispose();
  }
}

const frozenClock = { now: () => 0, setTimeout: () => null, clearTimeout: () => undefined };

/** Replays one play report by report, applying only what is new each time. */
export class PlayReplayer {
  private session: GameSession | null = null;
  /** Log entries the session has taken. */
  private applied: readonly LoggedEvent[] = [];

  constructor(private readonly model: ScenarioModel, private readonly seed: string, private readonly mode: Mode) {}

  /** Scores a report of this play. The verdict is always the one a full replay() gives. */
  score(log: readonly LoggedEvent[], delivered?: number): Scored {
    const quick = this.continueWith(log, delivered);
    if (quick) return quick;
    this.reset();
    const full = replay(this.model, { seed: this.seed, mode: this.mode, ...(delivered !== undefined ? { delivered } : {}) }, log);
    if (!full.ok) {
      full.session.dispose();
      return { ok: false, error: full.error ?? 'the log does not replay' };
    }
    this.session = full.session;
    this.applied = log;
    return { ok: true, summary: summaryOf(this.model, full.session.deliveredCount, full.debrief, log) };
  }

  dispose() {
    this.reset();
  }

  private reset() {
    this.session?.dispose();
    this.session = null;
    this.applied = [];
  }

  /** The shortcut: null when it does not apply or the report does not fit, and a full replay must decide. */
  private continueWith(log: readonly LoggedEvent[], delivered?: number): Scored | null {
    if (!this.session) {
      this.session = GameSession.start(this.model, { seed: this.seed, mode: this.mode, pacing: 'realtime', clock: frozenClock });
      this.applied = [];
    }
    const session = this.session;
    if (!isPrefixOf(this.applied, log)) return null;
    const fresh = log.slice(this.applied.length);
    // Everything new must happen at or after what the session has already shown.
    if (fresh.some((e) => e.seq < session.deliveredCount)) return null;
    for (const logged of fresh) {
      while (session.deliveredCount < logged.seq) if (!session.deliverNextNow()) return null;
      if (logged.event.type === 'timeout') {
        if (!session.timeoutNow()) return null;
        continue;
      }
      if (!session.send(logged.event).ok) return null;
    }
    const target = delivered ?? Number.POSITIVE_INFINITY;
    while (session.deliveredCount < target && session.deliverNextNow());
    if (delivered !== undefined && session.deliveredCount !== delivered) return null;
    this.applied = log;
    return { ok: true, summary: summaryOf(this.model, session.deliveredCount, session.debrief(), log) };
  }
}

// The server's own reading of a play: it replays the reported action log against the real engine
// with the seed it assigned, so the score, the flags spotted and the money sent are recomputed
// here and never taken from the client.
import { replay, type LoggedEvent, type Mode, type ScenarioModel } from '../engine/index.ts';
import type { PlaySummary } from '../workshop/protocol.ts';

export type Scored = { ok: true; summary: PlaySummary } | { ok: false; error: string };

export function scorePlay(model: ScenarioModel, options: { seed: string; mode: Mode; delivered?: number }, log: readonly LoggedEvent[]): Scored {
  const result = replay(model, options, log);
  try {
    if (!result.ok) return { ok: false, error: result.error ?? 'the log does not replay' };
    const { debrief } = result;
    const stage = [...debrief.stages].reverse().find((s) => s.messages.length > 0)?.stage ?? null;
    const choices = log.flatMap(({ event }) => {
      if (event.type !== 'choose') return [];
      const placed = model.choices.get(event.choice);
      return placed ? [{ node: placed.nodeId, choice: event.choice }] : [];
    });
    return {
      ok: true,
      summary: {
        scenario: model.scenario.id,
        delivered: result.session.deliveredCount,
        finished: debrief.finished,
        stage,
        ending: debrief.outcome?.ending ?? null,
        outcome: debrief.outcome?.kind ?? null,
        score: debrief.score.total,
        flags: debrief.flags.map((f) => ({ flag: f.flag, status: f.status })),
        sent: debrief.money.sent,
        sentToScammers: debrief.money.sentToScammers,
        lost: debrief.money.lost,
        choices,
      },
    };
  } finally {
    result.session.dispose();
  }
}

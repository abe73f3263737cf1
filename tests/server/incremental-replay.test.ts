// The server scores each report by continuing the replay of the previous one. Whatever it answers
// must be exactly what the engine's full replay() answers, report after report, for honest plays
// and for reports that rewrite, skip or invent things.
import { describe, expect, it } from 'vitest';
import { createRandom, GameSession, type LoggedEvent, type ScenarioModel } from '../../src/engine/index.ts';
import { PlayReplayer, scorePlay } from '../../src/server/scoring.ts';
import { content } from './helpers.ts';

interface Report { delivered?: number; log: LoggedEvent[] }

/** A random play's reports: one after every delivered message and every action, then the result. */
function reportsOf(model: ScenarioModel, seed: string): Report[] {
  const random = createRandom(`reports:${seed}`);
  const clock = { now: () => 0, setTimeout: () => null, clearTimeout: () => undefined };
  const session = GameSession.start(model, { seed, mode: 'challenge', pacing: 'realtime', clock });
  const reports: Report[] = [];
  const mark = () => reports.push({ delivered: session.deliveredCount, log: structuredClone(session.save().state.log) });
  const deliver = () => { while (session.deliverNextNow()) mark(); };
  deliver();
  for (let step = 0; step < 120 && session.getSnapshot().status === 'playing'; step++) {
    const snap = session.getSnapshot();
    const entry = snap.entries.filter((e) => e.message && e.from !== 'player' && e.from !== 'system').at(-1);
    const flag = entry?.message ? model.messages.get(entry.message)?.flags[0] ?? model.catalogue.flags[0]!.id : undefined;
    const roll = random.next();
    if (entry?.message && flag && roll < 0.25) session.send({ type: 'flag', message: entry.message, flag });
    else if (snap.transferTo[0] && roll < 0.4) session.send({ type: 'transfer', contact: snap.transferTo[0].contact, amount: Math.min(snap.transferTo[0].amount ?? 50, snap.balance) });
    else if (roll < 0.45) session.send({ type: 'call-96110' });
    else if (snap.choices.length) session.send({ type: 'choose', choice: random.pick(snap.choices).id });
    else if (!session.timeoutNow()) break;
    mark();
    deliver();
  }
  reports.push({ log: structuredClone(session.save().state.log) });
  session.dispose();
  return reports;
}

const verdict = (s: ReturnType<typeof scorePlay>) => (s.ok ? s.summary : { refused: s.error });

describe('scoring report by report', () => {
  it('gives exactly what a full replay gives, for honest plays of every scenario', () => {
    let reports = 0;
    for (const model of content().models.values()) {
      for (let n = 0; n < 3; n++) {
        const seed = `honest-${n}`;
        const replayer = new PlayReplayer(model, seed, 'challenge');
        for (const r of reportsOf(model, seed)) {
          const quick = replayer.score(r.log, r.delivered);
          const full = scorePlay(model, { seed, mode: 'challenge', ...(r.delivered !== undefined ? { delivered: r.delivered } : {}) }, r.log);
          expect(verdict(quick), `${model.scenario.id} ${seed} ${r.log.length}/${r.delivered}`).toEqual(verdict(full));
          expect(quick.ok).toBe(true);
          reports++;
        }
        replayer.dispose();
      }
    }
    expect(reports).toBeGreaterThan(400);
  });

  it('gives the same verdict as a full replay for tampered reports, and carries on after one', () => {
    const random = createRandom('tamper');
    let refused = 0;
    for (const model of content().models.values()) {
      const seed = 'tamper';
      const reports = reportsOf(model, seed);
      const replayer = new PlayReplayer(model, seed, 'challenge');
      for (const r of reports) {
        const roll = random.next();
        let bad: Report | null = null;
        if (roll < 0.15 && r.log.length) bad = { ...r, log: r.log.slice(0, -1) };
        else if (roll < 0.3 && r.log.length) bad = { ...r, log: r.log.map((e, i) => (i === r.log.length - 1 ? { ...e, seq: e.seq + 3 } : e)) };
        else if (roll < 0.4) bad = { ...r, log: [...r.log, { seq: r.delivered ?? 0, at: 0, event: { type: 'timeout' } }] };
        else if (roll < 0.5 && r.delivered !== undefined) bad = { ...r, delivered: r.delivered + 1 };
        else if (roll < 0.6 && r.log.length > 1) bad = { ...r, log: r.log.slice(1) };
        if (bad) {
          const quick = replayer.score(bad.log, bad.delivered);
          const full = scorePlay(model, { seed, mode: 'challenge', ...(bad.delivered !== undefined ? { delivered: bad.delivered } : {}) }, bad.log);
          expect(verdict(quick), `${model.scenario.id} tampered`).toEqual(verdict(full));
          if (!quick.ok) refused++;
        }
        const quick = replayer.score(r.log, r.delivered);
        const full = scorePlay(model, { seed, mode: 'challenge', ...(r.delivered !== undefined ? { delivered: r.delivered } : {}) }, r.log);
        expect(verdict(quick), `${model.scenario.id} after tampering`).toEqual(verdict(full));
      }
      replayer.dispose();
    }
    expect(refused).toBeGreaterThan(10);
  });
});

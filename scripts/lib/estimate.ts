// How long a scenario takes to play: the median of seeded random plays, with a few seconds of
// thinking before each reply. Used by the validator's report and the casebook checks.
import { GameSession, createRandom, type Clock, type Pacing, type ScenarioModel } from '../../src/engine/index.ts';

const THINK_MS = 4000;
const PLAYS = 25;
const MAX_STEPS = 60;

/** A clock that only moves when told to. */
function manualClock(): Clock & { advance(ms: number): void } {
  let now = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let nextId = 1;
  return {
    now: () => now,
    setTimeout: (fn, ms) => { const id = nextId++; timers.set(id, { at: now + ms, fn }); return id; },
    clearTimeout: (id) => { timers.delete(id as number); },
    advance(ms) {
      const until = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = Math.max(now, due[1].at);
        due[1].fn();
      }
      now = until;
    },
  };
}

export interface PlayLength {
  medianMinutes: number;
  maxMinutes: number;
  /** Plays that reached an ending within the step limit. */
  finished: number;
  plays: number;
}

export function estimatePlayLength(model: ScenarioModel, pacing: Pacing = 'realtime'): PlayLength {
  const minutes: number[] = [];
  let finished = 0;
  for (let p = 0; p < PLAYS; p++) {
    const random = createRandom(`estimate-${p}`);
    const clock = manualClock();
    const session = GameSession.start(model, { seed: `estimate-${p}`, pacing, clock });
    for (let step = 0; step < MAX_STEPS; step++) {
      // Wait until the player has something to answer (or an ending).
      for (let waited = 0; waited < 10 * 60_000; waited += 250) {
        const snap = session.getSnapshot();
        if (snap.status === 'ended' || snap.choices.length || snap.transferTo.length) break;
        clock.advance(250);
      }
      const snap = session.getSnapshot();
      if (snap.status === 'ended') break;
      clock.advance(THINK_MS);
      // Sometimes pay a scammer who asks, when the money is there; otherwise reply.
      const pay = snap.transferTo.find((o) => model.scenario.contacts[o.contact]?.role === 'scammer' && (o.amount ?? 100) <= snap.balance);
      const paid = pay && (snap.choices.length === 0 || random.next() < 0.3)
        && session.send({ type: 'transfer', contact: pay.contact, amount: pay.amount ?? 100 }).ok;
      if (paid) continue;
      if (snap.choices.length) session.send({ type: 'choose', choice: random.pick(snap.choices).id });
      else break;
    }
    clock.advance(0);
    if (session.getSnapshot().status === 'ended') finished++;
    minutes.push(session.getSnapshot().gameTime / 60_000);
    session.dispose();
  }
  minutes.sort((a, b) => a - b);
  return { medianMinutes: minutes[Math.floor(minutes.length / 2)]!, maxMinutes: minutes[minutes.length - 1]!, finished, plays: PLAYS };
}

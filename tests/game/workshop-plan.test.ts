// Where a participant lands after a reload, a reconnect or "next case": the running or saved game
// when it is the assigned play and not behind, the play rebuilt from the longest log known, or a
// fresh start only when no log exists anywhere. Logs come from real plays of the engine.
import { describe, expect, it } from 'vitest';
import type { LoggedEvent } from '../../src/engine/index.ts';
import type { PlayReport } from '../../src/game/workshop/credentials.ts';
import { planPlay, type Assignment, type LocalPlay } from '../../src/game/workshop/plan.ts';
import { loadFixture, startSession } from '../helpers.ts';

const model = loadFixture('mini-scam');

/** A real play's log after a reply (short) and after a flag, a reply and a hesitation (long). */
function realLogs() {
  const { session, clock, settle } = startSession(model, { seed: 's1', mode: 'challenge' });
  settle();
  session.send({ type: 'choose', choice: 'c-how' });
  const short = { log: structuredClone(session.save().state.log), delivered: session.deliveredCount };
  settle();
  session.send({ type: 'flag', message: 'm-ask', flag: 'urgency' });
  clock.increment(61_000);
  settle();
  const long = { log: structuredClone(session.save().state.log), delivered: session.deliveredCount };
  return { short, long };
}
const { short, long } = realLogs();

const play = (scenario: string, seed: string, progress: { log: LoggedEvent[]; delivered: number } = { log: [], delivered: 0 }, finished = false): Assignment =>
  ({ scenario, seed, mode: 'challenge', delivered: progress.delivered, log: progress.log, finished });
const local = (a: Assignment, progress: { log: LoggedEvent[]; delivered: number }, extra: Partial<LocalPlay> = {}): LocalPlay =>
  ({ scenario: a.scenario, seed: a.seed, logLength: progress.log.length, delivered: progress.delivered, ended: false, running: false, ...extra });
const report = (a: Assignment, progress: { log: LoggedEvent[]; delivered: number }, type: PlayReport['type'] = 'progress'): PlayReport =>
  ({ type, scenario: a.scenario, seed: a.seed, delivered: progress.delivered, log: progress.log });

describe('planning a participant\'s play', () => {
  it('waits while nothing is assigned', () => {
    expect(planPlay([], null, null)).toEqual({ kind: 'wait' });
  });

  it('starts fresh, with the server\'s seed, only when no log exists anywhere', () => {
    const a = play('mini-scam', 'seed-a');
    expect(planPlay([a], null, null)).toEqual({ kind: 'fresh', play: a });
    // A saved game of another case, or of this case with another seed, is not this play.
    expect(planPlay([a], null, { ...local(a, short), seed: 'other' }).kind).toBe('fresh');
    expect(planPlay([a], null, { ...local(a, short), scenario: 'warm-uncle' }).kind).toBe('fresh');
  });

  it('resumes the saved game when it is the assigned play and not behind the server', () => {
    const a = play('mini-scam', 'seed-a', short);
    expect(planPlay([a], null, local(a, short))).toEqual({ kind: 'resume', play: a });
    expect(planPlay([a], null, local(a, long))).toEqual({ kind: 'resume', play: a });
  });

  it('keeps the running game (a dropped connection, not a reload)', () => {
    const a = play('mini-scam', 'seed-a', short);
    expect(planPlay([a], null, local(a, long, { running: true }))).toEqual({ kind: 'continue', play: a });
  });

  it('rebuilds from the server\'s log when the save is gone or behind it', () => {
    const a = play('mini-scam', 'seed-a', long);
    expect(planPlay([a], null, null)).toEqual({ kind: 'rebuild', play: a, from: { log: long.log, delivered: long.delivered, finished: false } });
    expect(planPlay([a], null, local(a, short)).kind).toBe('rebuild');
    expect(planPlay([a], null, { ...local(a, long), seed: 'another-device' }).kind).toBe('rebuild');
  });

  it('rebuilds from the report still waiting on the device when it is further than the server', () => {
    const a = play('mini-scam', 'seed-a', short);
    const plan = planPlay([a], report(a, long), null);
    expect(plan).toEqual({ kind: 'rebuild', play: a, from: { log: long.log, delivered: long.delivered, finished: false } });
    // An older waiting report (the server already has more) does not win.
    const b = play('mini-scam', 'seed-a', long);
    expect(planPlay([b], report(b, short), null)).toMatchObject({ kind: 'rebuild', from: { log: long.log } });
  });

  it('moves on to the next case once a play\'s result is in, even if only on this device so far', () => {
    const first = play('mini-scam', 'seed-a', long);
    const second = play('warm-uncle', 'seed-b');
    expect(planPlay([first, second], report(first, long, 'result'), null)).toEqual({ kind: 'fresh', play: second });
    expect(planPlay([{ ...first, finished: true }, second], null, null)).toEqual({ kind: 'fresh', play: second });
  });

  it('keeps an ended play\'s debrief on screen until the player asks for the next case', () => {
    const first = play('mini-scam', 'seed-a', long, true);
    const second = play('warm-uncle', 'seed-b');
    const shown = local(first, long, { running: true, ended: true });
    expect(planPlay([first, second], null, shown)).toEqual({ kind: 'debrief', play: first });
    expect(planPlay([first, second], null, shown, { advance: true })).toEqual({ kind: 'fresh', play: second });
  });

  it('is done when every play is finished, pointing at the last one to show its debrief', () => {
    const first = play('mini-scam', 'seed-a', long, true);
    const second = play('warm-uncle', 'seed-b', short, true);
    expect(planPlay([first, second], null, null)).toEqual({ kind: 'done', last: { play: second, from: { log: short.log, delivered: short.delivered, finished: true } } });
  });

  it('does not resume an ended local game as if it were still going', () => {
    const a = play('mini-scam', 'seed-a', short);
    expect(planPlay([a], null, local(a, long, { ended: true, running: false })).kind).toBe('rebuild');
  });
});

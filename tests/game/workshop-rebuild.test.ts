// Rebuilding a participant's play from the server's log with the real engine: the rebuilt game is
// where the player was, the next report continues the server's log entry for entry, and the
// finished play scores exactly as the uninterrupted one.
import { describe, expect, it } from 'vitest';
import { SimulatedClock } from 'xstate';
import { GameSession, replay, type ChatEntry } from '../../src/engine/index.ts';
import { rebuildSave, RebuildError } from '../../src/game/workshop/rebuild.ts';
import { loadFixture, startSession } from '../helpers.ts';

const model = loadFixture('mini-scam');
const SEED = 'workshop-seed';

/** The first half of a play: a flag, a reply, a hesitation the scammer answers (a logged timeout). */
function halfPlay() {
  const live = startSession(model, { seed: SEED, mode: 'challenge' });
  live.settle();
  live.session.send({ type: 'flag', message: 'm-hello', flag: 'unsolicited-contact' });
  live.session.send({ type: 'choose', choice: 'c-how' });
  live.settle();
  live.clock.increment(61_000);
  live.settle();
  return live;
}

/** The rest of it, the same on any session that is at the same place. */
function finish(session: GameSession, clock: SimulatedClock) {
  const settle = () => { for (let i = 0; i < 1200 && session.getSnapshot().choices.length === 0 && session.getSnapshot().status !== 'ended'; i++) clock.increment(100); };
  session.send({ type: 'flag', message: 'm-ask', flag: 'urgency' });
  expect(session.send({ type: 'transfer', contact: 'teacher', amount: 2000 }).ok).toBe(true);
  for (let i = 0; i < 300; i++) clock.increment(100);
  session.send({ type: 'call-96110' });
  settle();
  const choice = session.getSnapshot().choices[0];
  if (choice) session.send({ type: 'choose', choice: choice.id });
  settle();
}

const visible = (entries: readonly ChatEntry[]) => entries.map((e) => [e.key, e.conversation, e.from, e.kind, e.text?.zh ?? '', e.amount ?? 0, e.status ?? '', Boolean(e.recalled)]);

describe('rebuilding a workshop play from its log', () => {
  it('puts the player back where they were: the same messages, replies on offer, wallet and flags', () => {
    const { session } = halfPlay();
    const log = session.save().state.log;
    expect(log.some((l) => l.event.type === 'timeout')).toBe(true);
    const save = rebuildSave(model, { seed: SEED, mode: 'challenge', delivered: session.deliveredCount, log });
    const rebuilt = GameSession.restore(model, save, { clock: new SimulatedClock(), pacing: 'realtime' });
    const before = session.getSnapshot();
    const after = rebuilt.getSnapshot();
    expect(before.entries.length).toBeGreaterThan(3);
    expect(visible(after.entries)).toEqual(visible(before.entries));
    expect(after.choices.map((c) => c.id)).toEqual(before.choices.map((c) => c.id));
    expect(after.transferTo).toEqual(before.transferTo);
    expect(after.balance).toBe(before.balance);
    expect(after.flagged).toEqual(before.flagged);
    expect(after.node).toBe(before.node);
    expect(rebuilt.deliveredCount).toBe(session.deliveredCount);
  });

  it('keeps the log exactly as reported, so the next report continues it and the server replays it', () => {
    const { session } = halfPlay();
    const log = session.save().state.log;
    const clock = new SimulatedClock();
    const rebuilt = GameSession.restore(model, rebuildSave(model, { seed: SEED, mode: 'challenge', delivered: session.deliveredCount, log }), { clock, pacing: 'realtime' });
    expect(rebuilt.save().state.log).toEqual(log);
    finish(rebuilt, clock);
    const continued = rebuilt.save().state.log;
    expect(continued.slice(0, log.length)).toEqual(log);
    expect(continued.length).toBeGreaterThan(log.length);
    const checked = replay(model, { seed: SEED, mode: 'challenge' }, continued);
    expect(checked.error).toBeUndefined();
    expect(checked.debrief.score.total).toBe(rebuilt.debrief().score.total);
  });

  it('scores the interrupted play exactly as the same play without the interruption', () => {
    const straight = halfPlay();
    const interrupted = halfPlay();
    const log = interrupted.session.save().state.log;
    const clock = new SimulatedClock();
    const rebuilt = GameSession.restore(model, rebuildSave(model, { seed: SEED, mode: 'challenge', delivered: interrupted.session.deliveredCount, log }), { clock, pacing: 'realtime' });
    finish(straight.session, straight.clock);
    finish(rebuilt, clock);
    expect(rebuilt.getSnapshot().status).toBe('ended');
    expect(rebuilt.debrief().score).toEqual(straight.session.debrief().score);
    expect(rebuilt.debrief().outcome?.ending).toBe(straight.session.debrief().outcome?.ending);
  });

  it('rebuilds a finished play as finished (its debrief can be shown again)', () => {
    const { session, clock } = halfPlay();
    finish(session, clock);
    expect(session.getSnapshot().status).toBe('ended');
    const save = rebuildSave(model, { seed: SEED, mode: 'challenge', delivered: session.deliveredCount, log: session.save().state.log });
    const rebuilt = GameSession.restore(model, save, { clock: new SimulatedClock() });
    expect(rebuilt.getSnapshot().status).toBe('ended');
    expect(rebuilt.debrief().score).toEqual(session.debrief().score);
  });

  it('refuses a log that does not replay with this seed, saying why', () => {
    const { session } = halfPlay();
    const log = session.save().state.log;
    const tampered = log.map((l) => (l.event.type === 'choose' ? { ...l, event: { type: 'choose' as const, choice: 'c-no-such-choice' } } : l));
    expect(() => rebuildSave(model, { seed: SEED, mode: 'challenge', delivered: session.deliveredCount, log: tampered })).toThrow(RebuildError);
    expect(() => rebuildSave(model, { seed: SEED, mode: 'challenge', delivered: session.deliveredCount + 50, log })).toThrow(/cannot be rebuilt/);
  });
});

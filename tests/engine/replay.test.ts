import { describe, expect, it } from 'vitest';
import { replay, type LoggedEvent } from '../../src/engine/index.ts';
import { loadFixture, startSession } from '../helpers.ts';

const model = loadFixture('mini-scam');

function livePlay() {
  const { session, clock, settle } = startSession(model, { seed: 'replay', mode: 'challenge' });
  settle();
  session.send({ type: 'flag', message: 'm-hello', flag: 'unsolicited-contact' });
  session.send({ type: 'choose', choice: 'c-how' });
  settle();
  session.send({ type: 'flag', message: 'm-ask', flag: 'urgency' });
  clock.increment(61_000); // hesitate: the scammer pushes
  settle();
  session.send({ type: 'transfer', contact: 'teacher', amount: 2000 });
  settle(30_000);
  session.send({ type: 'call-96110' });
  settle();
  session.send({ type: 'choose', choice: 'c-thanks' });
  settle();
  return session;
}

describe('replaying a logged play', () => {
  it('recomputes exactly the same debrief from the log alone, timeouts included', () => {
    const live = livePlay();
    expect(live.getSnapshot().status).toBe('ended');
    const log = live.save().state.log;
    expect(log.some((l) => l.event.type === 'timeout')).toBe(true);
    const result = replay(model, { seed: 'replay', mode: 'challenge' }, log);
    expect(result.ok).toBe(true);
    const { debrief } = result;
    expect(debrief.score).toEqual(live.debrief().score);
    expect(debrief.flags.map((f) => [f.flag, f.status, f.credit])).toEqual(live.debrief().flags.map((f) => [f.flag, f.status, f.credit]));
    expect(debrief.outcome!.ending).toBe('escaped');
  });

  it('refuses a tampered log instead of scoring it', () => {
    const log = livePlay().save().state.log;
    const cases: [string, LoggedEvent[]][] = [
      ['a flag on a message not yet shown', [{ ...log[0]!, seq: 0, event: { type: 'flag', message: 'm-fee', flag: 'withdrawal-fee' } }]],
      ['a choice not on offer', [{ seq: 2, at: 0, event: { type: 'choose', choice: 'c-thanks' } }]],
      ['more messages than exist', [{ seq: 999, at: 0, event: { type: 'call-96110' } }]],
      ['an invented timeout', [{ seq: 1, at: 0, event: { type: 'timeout' } }]],
      ['a malformed entry', [{ nonsense: true } as never]],
    ];
    for (const [why, tampered] of cases) {
      const result = replay(model, { seed: 'replay' }, tampered);
      expect(result.ok, why).toBe(false);
      expect(result.error, why).toMatch(/^event 0: /);
    }
  });

  it('a log that claims fewer messages than it really leads to is refused', () => {
    const log = livePlay().save().state.log;
    expect(replay(model, { seed: 'replay', delivered: 1 }, log).ok).toBe(false);
  });
});

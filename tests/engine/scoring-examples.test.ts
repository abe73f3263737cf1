// The worked examples of docs/scoring.md, played for real: if the formula changes, the doc must too.
import { describe, expect, it } from 'vitest';
import { GameSession, type PlayerAction } from '../../src/engine/index.ts';
import { loadFixture } from '../helpers.ts';

const model = loadFixture('mini-scam');

function play(actions: PlayerAction[]) {
  const session = GameSession.start(model, { seed: 'doc', pacing: 'instant', mode: 'challenge' });
  for (const action of actions) expect(session.send(action)).toEqual({ ok: true });
  return session.debrief();
}

describe('docs/scoring.md worked examples', () => {
  it('1. the sharp-eyed player scores 86', () => {
    const d = play([
      { type: 'flag', message: 'm-hello', flag: 'unsolicited-contact' },
      { type: 'choose', choice: 'c-how' },
      { type: 'flag', message: 'm-chart', flag: 'guaranteed-returns' },
      { type: 'flag', message: 'm-link', flag: 'unknown-app' },
      { type: 'flag', message: 'm-ask', flag: 'urgency' },
      { type: 'call-96110' },
      { type: 'choose', choice: 'c-thanks' },
    ]);
    expect(d.outcome!.ending).toBe('escaped');
    expect(d.flags.map((f) => f.spotted!.lag)).toEqual([1, 6, 2, 1]);
    expect(d.score).toMatchObject({ total: 86, parts: { detection: 55.5, safety: 25, protection: 5, discernment: 0 } });
  });

  it('2. the hooked player scores 9', () => {
    const d = play([
      { type: 'choose', choice: 'c-how' },
      { type: 'transfer', contact: 'teacher', amount: 2000 },
      { type: 'receive', message: 'm-payout' },
      { type: 'flag', message: 'm-fee', flag: 'withdrawal-fee' },
      { type: 'transfer', contact: 'teacher', amount: 5000 },
    ]);
    expect(d.outcome!.ending).toBe('scammed');
    expect(d.flags).toHaveLength(6);
    expect(d.money.lost).toBe(6900);
    expect(d.score).toMatchObject({ total: 9, parts: { detection: 5, safety: 3.7, protection: 0, discernment: 0 } });
  });

  it('3. the player who suspects everyone scores 54', () => {
    const d = play([
      { type: 'flag', message: 'm-mom', flag: 'urgency' },
      { type: 'block', contact: 'mom' },
      { type: 'flag', message: 'm-hello', flag: 'unsolicited-contact' },
      { type: 'block', contact: 'teacher' },
    ]);
    expect(d.outcome!.ending).toBe('reported');
    expect(d.score).toMatchObject({ total: 54, parts: { detection: 58.2, safety: 25, protection: 6, discernment: -35 } });
  });
});

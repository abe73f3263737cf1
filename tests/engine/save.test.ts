import { describe, expect, it } from 'vitest';
import { SimulatedClock } from 'xstate';
import { GameSession, SaveError, SAVE_VERSION, loadScenario } from '../../src/engine/index.ts';
import { catalogue, fixtureText, loadFixture, startSession } from '../helpers.ts';

const model = loadFixture('mini-scam');

/** What a player sees, without the time the snapshot was taken. */
const visible = (session: GameSession) => {
  const { gameTime: _time, ...rest } = session.getSnapshot();
  return rest;
};

function restoreAt(json: string, startAt: number) {
  const clock = new SimulatedClock();
  clock.set(startAt);
  return { session: GameSession.restore(model, JSON.parse(json), { clock, pacing: 'realtime' }), clock };
}

describe('save and restore', () => {
  it('resumes exactly in the middle of a typing delay', () => {
    const a = startSession(model, { seed: 'resume' });
    a.settle();
    a.session.send({ type: 'flag', message: 'm-hello', flag: 'unsolicited-contact' });
    a.session.send({ type: 'choose', choice: 'c-how' });
    // Move on until the sender is typing the second message of the node.
    while (!(a.session.getSnapshot().typing && a.session.getSnapshot().entries.some((e) => e.message === 'm-chart'))) a.clock.increment(50);
    const json = JSON.stringify(a.session.save());
    const b = restoreAt(json, 5_000_000);
    expect(visible(b.session)).toEqual(visible(a.session));
    expect(b.session.getSnapshot().typing).toEqual({ contact: 'teacher', conversation: 'dm' });

    // Both go on in lockstep and see the same thing at every step, to the end.
    for (let step = 0; step < 600; step++) {
      a.clock.increment(100);
      b.clock.increment(100);
      expect(visible(b.session)).toEqual(visible(a.session));
      const snap = a.session.getSnapshot();
      if (snap.node === 'ask' && snap.choices.length) {
        for (const s of [a.session, b.session]) expect(s.send({ type: 'transfer', contact: 'teacher', amount: 2000 })).toEqual({ ok: true });
      }
      if (snap.status === 'ended') break;
    }
    expect(b.session.debrief()).toEqual(a.session.debrief());
  });

  it('resumes a pending hesitation timeout with the time that was left', () => {
    const a = startSession(model);
    a.settle();
    a.session.send({ type: 'choose', choice: 'c-how' });
    a.settle();
    a.clock.increment(40_000);
    const b = restoreAt(JSON.stringify(a.session.save()), 123);
    b.clock.increment(19_000);
    expect(b.session.getSnapshot().node).toBe('ask');
    b.clock.increment(2_000);
    expect(b.session.getSnapshot().node).toBe('push');
  });

  it('keeps the seed, mode, balance and flags', () => {
    const a = startSession(model, { seed: 'keep', mode: 'challenge', pacing: 'instant' });
    a.session.send({ type: 'flag', message: 'm-hello', flag: 'unsolicited-contact' });
    a.session.send({ type: 'choose', choice: 'c-how' });
    a.session.send({ type: 'transfer', contact: 'teacher', amount: 1500 });
    const b = restoreAt(JSON.stringify(a.session.save()), 0).session;
    expect(b.getSnapshot()).toMatchObject({ mode: 'challenge', balance: 8500, flagged: [{ message: 'm-hello', flag: 'unsolicited-contact' }] });
    expect(b.values).toEqual(a.session.values);
  });

  describe('refuses a bad save with a clear reason and never crashes', () => {
    const good = () => startSession(model, { pacing: 'instant' }).session.save();
    const refusal = (input: unknown) => {
      try {
        GameSession.restore(model, input);
      } catch (error) {
        expect(error).toBeInstanceOf(SaveError);
        return { problem: (error as SaveError).problem, message: (error as SaveError).message };
      }
      throw new Error('the save was accepted');
    };

    it('not JSON, cut off, or not a save at all', () => {
      expect(refusal('{"format":"red-flag')).toMatchObject({ problem: 'corrupt', message: expect.stringMatching(/not valid JSON/) });
      expect(refusal(42)).toMatchObject({ problem: 'corrupt' });
      expect(refusal(null)).toMatchObject({ problem: 'corrupt' });
      expect(refusal({ hello: 'world' })).toMatchObject({ problem: 'corrupt', message: expect.stringMatching(/not a Red Flag Chat save/) });
    });

    it('an outdated version', () => {
      expect(refusal({ ...good(), version: SAVE_VERSION + 98 })).toMatchObject({ problem: 'outdated', message: expect.stringMatching(new RegExp(`version ${SAVE_VERSION + 98}`)) });
    });

    it('another scenario, or this one changed since', () => {
      expect(refusal({ ...good(), scenarioId: 'warm-uncle' })).toMatchObject({ problem: 'other-scenario' });
      const changed = loadScenario(fixtureText('mini-scam').replace('你会后悔的。', '你一定会后悔的。'), 'x.yaml', catalogue);
      expect(() => GameSession.restore(changed, good())).toThrow(/has changed since this save/);
    });

    it('a damaged state or dialogue', () => {
      const save = good();
      expect(refusal({ ...save, state: { ...save.state, balance: 'lots' } })).toMatchObject({ problem: 'corrupt', message: expect.stringMatching(/balance/) });
      expect(refusal({ ...save, state: { ...save.state, queue: ['m-ghost'] } })).toMatchObject({ problem: 'corrupt', message: expect.stringMatching(/m-ghost/) });
      expect(refusal({ ...save, dialogue: { ...(save.dialogue as object), value: 'no-node' } })).toMatchObject({ problem: 'corrupt', message: expect.stringMatching(/no-node/) });
      expect(refusal({ ...save, dialogue: 'x' })).toMatchObject({ problem: 'corrupt' });
      expect(refusal({ ...save, state: { ...save.state, delivered: [] } })).toMatchObject({ problem: 'corrupt', message: expect.stringMatching(/does not add up/) });
    });

    it('every truncation of a real save is refused cleanly', () => {
      const json = JSON.stringify(good());
      for (let cut = 0; cut < json.length; cut += Math.ceil(json.length / 60)) {
        expect(refusal(json.slice(0, cut)).problem).toBe('corrupt');
      }
    });
  });
});

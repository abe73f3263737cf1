import { describe, expect, it } from 'vitest';
import { SimulatedClock } from 'xstate';
import { GameSession } from '../../src/engine/index.ts';
import { loadFixture, startSession } from '../helpers.ts';

const model = loadFixture('mini-scam');

/** Time until the first message of the play appears, in ms, under a pacing. */
function firstArrival(pacing: 'realtime' | 'fast' | 'instant') {
  const { session, clock } = startSession(model, { pacing });
  let typingAt = -1;
  for (let t = 0; t <= 20_000; t += 50) {
    const snap = session.getSnapshot();
    if (typingAt < 0 && snap.typing) typingAt = t;
    if (snap.entries.length > 0) return { typingAt, arrivedAt: t, at: snap.entries[0]!.at };
    clock.increment(50);
  }
  throw new Error('nothing arrived');
}

describe('pacing', () => {
  it('shows "typing" first, then the message, with time that scales with the pacing', () => {
    const real = firstArrival('realtime');
    expect(real.typingAt).toBeGreaterThan(0);
    expect(real.arrivedAt).toBeGreaterThan(real.typingAt + 1000);
    expect(real.at).toBeLessThanOrEqual(real.arrivedAt);
    const fast = firstArrival('fast');
    expect(fast.arrivedAt).toBeLessThan(real.arrivedAt / 2);
    const instant = firstArrival('instant');
    expect(instant.arrivedAt).toBe(0);
  });

  it('the typing indicator names the sender and conversation', () => {
    const { session, clock } = startSession(model);
    clock.increment(900);
    expect(session.getSnapshot().typing).toEqual({ contact: 'teacher', conversation: 'dm' });
  });

  it('longer messages take longer to type', () => {
    const { session, clock } = startSession(model);
    const arrivals: number[] = [];
    for (let t = 0; t < 30_000 && arrivals.length < 2; t += 10) {
      clock.increment(10);
      const entries = session.getSnapshot().entries;
      if (entries.length > arrivals.length) arrivals.push(entries[entries.length - 1]!.at);
    }
    const hello = model.messages.get('m-hello')!.def;
    const mom = model.messages.get('m-mom')!.def;
    expect('text' in hello && 'text' in mom && hello.text!.zh.length > mom.text!.zh.length).toBe(true);
    // m-mom is shorter than m-hello, so its typing time is shorter.
    expect(arrivals[1]! - arrivals[0]!).toBeLessThan(arrivals[0]!);
  });

  it('offers choices only once every message of the node has arrived', () => {
    const { session, clock } = startSession(model);
    clock.increment(1500);
    expect(session.getSnapshot().choices).toEqual([]);
    expect(session.send({ type: 'choose', choice: 'c-how' })).toEqual({ ok: false, reason: 'the choice "c-how" is not on offer now' });
    clock.increment(20_000);
    expect(session.getSnapshot().choices.map((c) => c.id)).toEqual(['c-how', 'c-doubt']);
  });

  it('skip delivers the rest of the node at once', () => {
    const { session } = startSession(model);
    session.skip();
    expect(session.getSnapshot().entries.map((e) => e.message)).toEqual(['m-hello', 'm-mom']);
    expect(session.getSnapshot().choices).toHaveLength(2);
  });

  it('pause freezes game time and resume continues from there', () => {
    const { session, clock } = startSession(model);
    clock.increment(500);
    session.pause();
    clock.increment(60_000);
    expect(session.getSnapshot()).toMatchObject({ paused: true, gameTime: 500, entries: [] });
    session.resume();
    clock.increment(300);
    expect(session.getSnapshot().gameTime).toBe(800);
  });

  it('changing the pacing applies to the next message', () => {
    const { session, clock, settle } = startSession(model, { pacing: 'realtime' });
    settle();
    session.setPacing('instant');
    session.send({ type: 'choose', choice: 'c-how' });
    expect(session.getSnapshot().pacing).toBe('instant');
    expect(session.getSnapshot().entries.some((e) => e.message === 'm-ask')).toBe(true);
    expect(clock.now()).toBeGreaterThan(0);
  });
});

describe('choices and dialogue', () => {
  it("adds the player's reply to the chat and moves on", () => {
    const { session, settle } = startSession(model);
    settle();
    expect(session.send({ type: 'choose', choice: 'c-how' })).toEqual({ ok: true });
    const snap = settle();
    expect(snap.entries.find((e) => e.choice === 'c-how')).toMatchObject({ from: 'player', conversation: 'dm', text: { zh: '怎么赚？', en: 'How?' } });
    expect(snap.node).toBe('ask');
    expect(snap.choices.map((c) => c.id)).toEqual(['c-no']);
  });

  it('a once-only choice disappears after use and variables are set', () => {
    const { session, settle } = startSession(model);
    settle();
    session.send({ type: 'choose', choice: 'c-doubt' });
    settle();
    expect(session.getSnapshot().choices.map((c) => c.id)).toEqual(['c-how']);
    expect(session.getDialogueSnapshot().context.vars.doubts).toBe(1);
    // The node was entered again, so its messages arrive again, with new keys.
    expect(session.getSnapshot().entries.filter((e) => e.message === 'm-hello').map((e) => e.key)).toEqual(['m-hello@1', 'm-hello@3']);
  });

  it('fills variants into texts and names, the same way for the same seed', () => {
    const a = startSession(model, { seed: 'seed-1', pacing: 'instant' }).session.getSnapshot();
    const b = startSession(model, { seed: 'seed-1', pacing: 'instant' }).session.getSnapshot();
    expect(a.entries[0]!.text).toEqual(b.entries[0]!.text);
    const names = new Set<string>();
    for (let i = 0; i < 20; i++) names.add(startSession(model, { seed: `s${i}`, pacing: 'instant' }).session.getSnapshot().contacts.find((c) => c.id === 'teacher')!.name.zh);
    expect([...names].sort()).toEqual(['李老师', '王老师']);
    expect(a.entries[0]!.text!.zh).toContain(a.contacts.find((c) => c.id === 'teacher')!.name.zh);
  });

  it('a timeout fires when the player hesitates, and the scammer pushes', () => {
    const { session, clock, settle } = startSession(model);
    settle();
    session.send({ type: 'choose', choice: 'c-how' });
    settle();
    expect(session.getSnapshot().node).toBe('ask');
    clock.increment(59_000);
    expect(session.getSnapshot().node).toBe('ask');
    clock.increment(2_000);
    settle();
    expect(session.getSnapshot().node).toBe('push');
    expect(session.getSnapshot().entries.some((e) => e.message === 'm-push')).toBe(true);
  });

  it('a recall hides the original message and cannot then be flagged', () => {
    const { session, settle } = startSession(model);
    settle();
    session.send({ type: 'choose', choice: 'c-how' });
    settle();
    const entries = session.getSnapshot().entries;
    const original = entries.find((e) => e.message === 'm-oops')!;
    expect(original.recalled).toBe(true);
    expect(entries.find((e) => e.message === 'm-recall')).toMatchObject({ kind: 'recall', recalls: original.key });
    expect(session.send({ type: 'flag', message: 'm-oops', flag: 'urgency' }).ok).toBe(false);
  });

  it('delivers messages into the right conversations, including groups', () => {
    const { settle } = startSession(model);
    const snap = settle();
    expect(snap.entries.map((e) => [e.message, e.conversation, e.from])).toEqual([['m-hello', 'dm', 'teacher'], ['m-mom', 'family', 'mom']]);
    expect(snap.conversations.find((c) => c.id === 'family')).toMatchObject({ kind: 'group', members: ['mom'], title: { zh: '相亲相爱一家人' } });
  });

  it('never reveals roles or red flags in the snapshot', () => {
    const { settle } = startSession(model);
    const json = JSON.stringify(settle());
    expect(json).not.toContain('scammer');
    expect(json).not.toContain('unsolicited-contact');
  });
});

describe('player actions', () => {
  const atAsk = (mode: 'practice' | 'challenge' = 'practice') => {
    const s = startSession(model, { mode });
    s.settle();
    s.session.send({ type: 'choose', choice: 'c-how' });
    s.settle();
    return s;
  };

  it('flag: practice mode says at once whether it was right', () => {
    const { session } = atAsk();
    expect(session.send({ type: 'flag', message: 'm-chart', flag: 'guaranteed-returns' })).toEqual({
      ok: true, feedback: { message: 'm-chart', flag: 'guaranteed-returns', result: 'correct', actual: ['guaranteed-returns'] },
    });
    expect(session.send({ type: 'flag', message: 'm-link', flag: 'urgency' })).toMatchObject({ feedback: { result: 'wrong-category', actual: ['unknown-app'] } });
    expect(session.send({ type: 'flag', message: 'm-mom', flag: 'urgency' })).toMatchObject({ feedback: { result: 'benign' } });
    expect(session.getSnapshot().feedback).toMatchObject({ result: 'benign' });
    expect(session.getSnapshot().flagged).toHaveLength(3);
  });

  it('flag: challenge mode keeps the verdict for the debrief', () => {
    const { session } = atAsk('challenge');
    expect(session.send({ type: 'flag', message: 'm-chart', flag: 'guaranteed-returns' })).toEqual({ ok: true });
    expect(session.getSnapshot().feedback).toBeNull();
    expect(session.debrief().flags.find((f) => f.flag === 'guaranteed-returns')!.status).toBe('spotted');
  });

  it('flag: refuses unknown flags, unseen messages, own messages and repeats', () => {
    const { session } = atAsk();
    expect(session.send({ type: 'flag', message: 'm-chart', flag: 'no-such' }).ok).toBe(false);
    expect(session.send({ type: 'flag', message: 'm-fee', flag: 'withdrawal-fee' }).ok).toBe(false);
    const own = session.getSnapshot().entries.find((e) => e.from === 'player')!;
    expect(own.choice).toBe('c-how');
    session.send({ type: 'flag', message: 'm-chart', flag: 'guaranteed-returns' });
    expect(session.send({ type: 'flag', message: 'm-chart', flag: 'guaranteed-returns' })).toEqual({ ok: false, reason: 'you already flagged this message for this red flag' });
  });

  it('block: the scammer goes quiet and the global reaction ends the play', () => {
    const { session, settle } = atAsk();
    expect(session.send({ type: 'block', contact: 'teacher' })).toEqual({ ok: true });
    const snap = settle();
    expect(snap.blocked).toEqual(['teacher']);
    expect(snap.ending).toMatchObject({ id: 'reported', outcome: 'reported' });
    expect(session.send({ type: 'call-96110' }).ok).toBe(false);
  });

  it("block: a blocked contact's queued messages never arrive", () => {
    const { session, clock } = startSession(model);
    clock.increment(100);
    session.send({ type: 'report', contact: 'mom' });
    // Reporting is not blocking: mum's message still comes.
    clock.increment(30_000);
    expect(session.getSnapshot().entries.some((e) => e.message === 'm-mom')).toBe(true);
    const second = startSession(model);
    second.clock.increment(100);
    expect(second.session.send({ type: 'block', contact: 'mom' })).toEqual({ ok: true });
    second.clock.increment(30_000);
    expect(second.session.getSnapshot().entries.map((e) => e.message)).toEqual(['m-hello']);
  });

  it('call 96110 follows the scenario-wide reaction', () => {
    const { session, settle } = atAsk();
    session.send({ type: 'call-96110' });
    const snap = settle();
    expect(snap.node).toBe('hotline');
    expect(snap.entries.at(-1)).toMatchObject({ message: 'm-hotline', conversation: 'hotline-chat', from: 'hotline' });
  });

  it('ask family and check an official channel are always allowed and change no dialogue here', () => {
    const { session } = atAsk();
    expect(session.send({ type: 'ask-family' })).toEqual({ ok: true });
    expect(session.send({ type: 'check-official' })).toEqual({ ok: true });
    expect(session.getSnapshot().node).toBe('ask');
    expect(session.debrief().protective.map((p) => p.kind)).toEqual(['ask-family', 'check-official']);
  });

  it('transfer: takes money, shows a card, and the scammer asks for a fee', () => {
    const { session, settle } = atAsk();
    const ask = session.getSnapshot().transferTo;
    expect(ask).toHaveLength(1);
    expect(ask[0]!.contact).toBe('teacher');
    expect([2000, 3000]).toContain(ask[0]!.amount);
    expect(session.send({ type: 'transfer', contact: 'teacher', amount: ask[0]!.amount! })).toEqual({ ok: true });
    const snap = settle(30_000);
    expect(snap.balance).toBe(10_000 - ask[0]!.amount!);
    expect(snap.entries.find((e) => e.from === 'player' && e.kind === 'transfer')).toMatchObject({ amount: ask[0]!.amount, conversation: 'dm', status: 'received' });
    expect(snap.node).toBe('fee');
    expect(snap.entries.some((e) => e.message === 'm-fee')).toBe(true);
  });

  it('transfer: refuses what is impossible and changes nothing', () => {
    const { session } = atAsk();
    const before = JSON.stringify(session.save());
    for (const bad of [
      { amount: 20_000, reason: /not enough money/ },
      { amount: -5, reason: /positive/ },
      { amount: 10.001, reason: /two decimals/ },
      { amount: Number.NaN, reason: /positive/ },
    ]) {
      const result = session.send({ type: 'transfer', contact: 'teacher', amount: bad.amount });
      expect(result.ok).toBe(false);
      expect(!result.ok && result.reason).toMatch(bad.reason);
    }
    expect(session.send({ type: 'transfer', contact: 'mom', amount: 10 })).toEqual({ ok: false, reason: 'no one is asking for a transfer to this contact now' });
    expect(session.send({ type: 'transfer', contact: 'ghost', amount: 10 }).ok).toBe(false);
    expect(JSON.stringify(session.save())).toBe(before);
  });

  it('transfer: not possible where no one asks for money', () => {
    const { session, settle } = startSession(model);
    settle();
    expect(session.getSnapshot().transferTo).toEqual([]);
    expect(session.send({ type: 'transfer', contact: 'teacher', amount: 100 }).ok).toBe(false);
  });

  it('receive: accepting the bait payout adds money once', () => {
    const { session, settle } = atAsk();
    session.send({ type: 'transfer', contact: 'teacher', amount: 2000 });
    settle(30_000);
    const card = session.getSnapshot().entries.find((e) => e.message === 'm-payout')!;
    expect(card).toMatchObject({ kind: 'transfer', amount: 100, status: 'pending' });
    expect(session.send({ type: 'receive', message: 'm-payout' })).toEqual({ ok: true });
    expect(session.getSnapshot().balance).toBe(10_000 - 2000 + 100);
    expect(session.getSnapshot().entries.find((e) => e.message === 'm-payout')!.status).toBe('received');
    expect(session.send({ type: 'receive', message: 'm-payout' }).ok).toBe(false);
    expect(session.getDialogueSnapshot().context.vars.doubts).toBe(-1);
  });

  it('click-link is allowed on a link on screen only', () => {
    const { session } = atAsk();
    expect(session.send({ type: 'click-link', message: 'm-link' })).toEqual({ ok: true });
    expect(session.send({ type: 'click-link', message: 'm-chart' }).ok).toBe(false);
    expect(session.debrief().exposures).toMatchObject([{ kind: 'click-link', contact: 'teacher', message: 'm-link' }]);
  });

  it('refuses malformed actions without throwing', () => {
    const { session } = atAsk();
    for (const bad of [{}, { type: 'dance' }, { type: 'flag' }, { type: 'block' }, { type: 'share-info', contact: 'teacher', info: 'soul' }, null]) {
      expect(session.send(bad as never).ok).toBe(false);
    }
  });

  it('notifies subscribers of every change and stops after unsubscribe', () => {
    const clock = new SimulatedClock();
    const session = GameSession.start(model, { seed: 'x', clock, pacing: 'realtime' });
    const seen: number[] = [];
    const stop = session.subscribe((snap) => seen.push(snap.entries.length));
    clock.increment(10_000);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.at(-1)).toBe(session.getSnapshot().entries.length);
    stop();
    const count = seen.length;
    clock.increment(10_000);
    expect(seen.length).toBe(count);
    session.dispose();
    expect(session.send({ type: 'ask-family' }).ok).toBe(false);
  });
});

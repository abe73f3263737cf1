import { describe, expect, it } from 'vitest';
import { SCORING, scoreOf, type PlayAnalysis } from '../../src/engine/scoring.ts';
import { loadFixture, startSession } from '../helpers.ts';

const model = loadFixture('mini-scam');

const analysis = (over: Partial<PlayAnalysis> = {}): PlayAnalysis => ({
  flags: [], mistakes: [], protective: [], exposures: [], firstScamTransfer: null,
  money: { wallet: 10_000, sent: 0, sentToScammers: 0, received: 0, receivedFromScammers: 0, lost: 0, balance: 10_000 },
  ...over,
});
const flag = (credit: number) => ({ flag: 'f', firstSeen: { message: 'm', seq: 1, at: 0 }, spotted: null, status: 'missed' as const, credit });

describe('the score formula', () => {
  it('is 100 for a play with every flag spotted at once, no loss and full protection', () => {
    const score = scoreOf(analysis({
      flags: [flag(1), flag(1)],
      protective: [{ kind: 'block-or-report', action: 'block', at: 0 }, { kind: 'call-96110', action: 'call-96110', at: 0 }, { kind: 'ask-family', action: 'ask-family', at: 0 }],
    }));
    expect(score).toEqual({ total: 100, parts: { detection: 60, safety: 25, protection: 15, discernment: 0 }, max: { detection: 60, safety: 25, protection: 15 } });
  });

  it('detection is the average credit of the flags shown', () => {
    expect(scoreOf(analysis({ flags: [flag(1), flag(0), flag(0.5), flag(0.5)] })).parts.detection).toBe(30);
    expect(scoreOf(analysis({ flags: [] })).parts.detection).toBe(SCORING.detectionMax);
  });

  it('any loss caps safety, and more loss lowers it further', () => {
    const lose = (lost: number) => scoreOf(analysis({ money: { ...analysis().money, lost } })).parts.safety;
    expect(lose(0)).toBe(25);
    expect(lose(1)).toBeLessThanOrEqual(SCORING.safetyAfterLoss);
    expect(lose(5000)).toBe(6);
    expect(lose(10_000)).toBe(0);
    expect(lose(50_000)).toBe(0);
  });

  it('each exposure costs 5 of safety, never below zero', () => {
    const exposure = { kind: 'click-link' as const, contact: 'x', at: 0 };
    expect(scoreOf(analysis({ exposures: [exposure, exposure] })).parts.safety).toBe(15);
    expect(scoreOf(analysis({ exposures: Array(9).fill(exposure) })).parts.safety).toBe(0);
  });

  it('protection counts each kind once and is capped', () => {
    const p = (kind: 'call-96110' | 'ask-family' | 'check-official') => ({ kind, action: kind, at: 0 });
    expect(scoreOf(analysis({ protective: [p('call-96110'), p('call-96110')] })).parts.protection).toBe(5);
    expect(scoreOf(analysis({ protective: [p('call-96110'), p('ask-family'), p('check-official')] })).parts.protection).toBe(13);
  });

  it('discernment subtracts for each mistake and the total never goes below 0', () => {
    const m = (kind: 'false-flag' | 'wrong-category' | 'wronged-genuine' | 'missed-out') => ({ kind, at: 0 });
    const score = scoreOf(analysis({ mistakes: [m('false-flag'), m('wrong-category'), m('wronged-genuine'), m('missed-out')] }));
    expect(score.parts.discernment).toBe(-(10 + 3 + 25 + 15));
    expect(score.total).toBe(60 + 25 - 53);
    const worst = scoreOf(analysis({ flags: [flag(0)], money: { ...analysis().money, lost: 10_000 }, mistakes: Array(5).fill(m('wronged-genuine')) }));
    expect(worst.total).toBe(0);
  });
});

describe('scoring real plays of the test scenario', () => {
  it('spotting right away earns full credit; each message of delay costs 3%', () => {
    const { session, clock } = startSession(model, { pacing: 'realtime' });
    while (!session.getSnapshot().entries.length) clock.increment(50);
    session.send({ type: 'flag', message: 'm-hello', flag: 'unsolicited-contact' });
    const f = session.debrief().flags[0]!;
    expect(f).toMatchObject({ flag: 'unsolicited-contact', status: 'spotted', credit: 1, spotted: { lag: 0, afterTransfer: false } });

    const late = startSession(model, { pacing: 'instant' });
    late.session.send({ type: 'choose', choice: 'c-how' });
    late.session.send({ type: 'flag', message: 'm-hello', flag: 'unsolicited-contact' });
    const lf = late.session.debrief().flags.find((x) => x.flag === 'unsolicited-contact')!;
    expect(lf.spotted!.lag).toBe(lf.spotted!.seq - 1);
    expect(lf.credit).toBeCloseTo(1 - 0.03 * Math.min(10, lf.spotted!.lag), 10);
  });

  it('a flag spotted after the first transfer to a scammer counts half, and is "late"', () => {
    const { session } = startSession(model, { pacing: 'instant' });
    session.send({ type: 'choose', choice: 'c-how' });
    session.send({ type: 'transfer', contact: 'teacher', amount: 2000 });
    session.send({ type: 'flag', message: 'm-fee', flag: 'withdrawal-fee' });
    const f = session.debrief().flags.find((x) => x.flag === 'withdrawal-fee')!;
    expect(f.status).toBe('late');
    expect(f.credit).toBeCloseTo((1 - 0.03 * f.spotted!.lag) * 0.5, 10);
  });

  it('money lost is net of what the scammer paid out, and transfers to genuine contacts are not lost', () => {
    const { session } = startSession(model, { pacing: 'instant' });
    session.send({ type: 'choose', choice: 'c-how' });
    session.send({ type: 'transfer', contact: 'teacher', amount: 2000 });
    session.send({ type: 'receive', message: 'm-payout' });
    session.send({ type: 'transfer', contact: 'teacher', amount: 5000 });
    const d = session.debrief();
    expect(d.outcome!.kind).toBe('scammed');
    expect(d.money).toEqual({ wallet: 10_000, sent: 7000, sentToScammers: 7000, received: 100, receivedFromScammers: 100, lost: 6900, balance: 3100 });
    expect(d.score.parts.safety).toBeCloseTo(12 * (1 - 6900 / 10_000), 1);
  });

  it('flagging a genuine message and blocking mum cost points', () => {
    const { session } = startSession(model, { pacing: 'instant' });
    session.send({ type: 'flag', message: 'm-mom', flag: 'urgency' });
    session.send({ type: 'flag', message: 'm-mom', flag: 'secrecy' });
    session.send({ type: 'flag', message: 'm-hello', flag: 'urgency' });
    session.send({ type: 'block', contact: 'mom' });
    const d = session.debrief();
    expect(d.mistakes.map((m) => m.kind)).toEqual(['false-flag', 'wrong-category', 'wronged-genuine']);
    expect(d.score.parts.discernment).toBe(-(10 + 3 + 25));
    expect(d.protective).toEqual([]);
  });

  it('the debrief names every flag with its rule, the script stages and who was behind the account', () => {
    const { session } = startSession(model, { pacing: 'instant' });
    session.send({ type: 'choose', choice: 'c-how' });
    session.send({ type: 'choose', choice: 'c-no' });
    const d = session.debrief();
    expect(d.finished).toBe(true);
    expect(d.flags.map((f) => f.flag)).toEqual(['unsolicited-contact', 'guaranteed-returns', 'unknown-app', 'urgency']);
    for (const f of d.flags) {
      expect(f.ruleText.zh).toMatch(/不|多/);
      expect(f.explanation.en.length).toBeGreaterThan(20);
      expect(f.seenIn).not.toBeNull();
    }
    expect(d.stages.map((s) => [s.stage, s.messages.length > 0])).toEqual([['approach', true], ['trust', true], ['induce', true], ['harvest', false]]);
    expect(d.behind).toEqual([{ contact: 'teacher', name: expect.objectContaining({ zh: expect.stringMatching(/老师$/) }), text: expect.any(Object) }]);
    // Only the people this play met: the hotline was never called.
    expect(d.genuine.map((g) => g.contact)).toEqual(['mom']);
    const called = startSession(model, { pacing: 'instant' }).session;
    called.send({ type: 'call-96110' });
    expect(called.debrief().genuine.map((g) => g.contact)).toEqual(['mom', 'hotline']);
  });
});

describe('replies that stand for a protective move', () => {
  it('a choice marked `protects` counts like the action, once per kind', async () => {
    const { parse, stringify } = await import('yaml');
    const { loadScenario, GameSession } = await import('../../src/engine/index.ts');
    const { catalogue, fixtureText } = await import('../helpers.ts');
    const doc = parse(fixtureText('mini-scam'));
    doc.nodes.hello.choices[1].protects = ['verify'];
    doc.nodes.hello.choices[1].once = false;
    const edited = loadScenario(stringify(doc), 'x.yaml', catalogue);
    const session = GameSession.start(edited, { seed: 'v', pacing: 'instant' });
    session.send({ type: 'choose', choice: 'c-doubt' });
    session.send({ type: 'choose', choice: 'c-doubt' });
    const d = session.debrief();
    expect(d.protective.map((p) => [p.kind, p.choice])).toEqual([['verify', 'c-doubt'], ['verify', 'c-doubt']]);
    expect(d.score.parts.protection).toBe(SCORING.protective.verify);
  });
});

// Reporting a play to the workshop server: at once after an action, at most every 2 s while
// messages only arrive, one request at a time with the newest state sent next, the result at the
// end, and the report kept on the device until the server has answered it. A real engine session
// plays a bundled case; time is a hand-moved clock (no real waiting).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/engine/index.ts';
import type { PlayReport } from '../../src/game/workshop/credentials.ts';
import { Reporter, type SendOutcome, type Timers } from '../../src/game/workshop/reporter.ts';
import { ROOT } from '../../scripts/lib/content-files.ts';
import { catalogue, startSession } from '../helpers.ts';

const model = loadScenario(readFileSync(join(ROOT, 'assets/scenarios/warm-uncle.yaml'), 'utf8'), 'assets/scenarios/warm-uncle.yaml', catalogue);

/** Timers whose time moves only when the test says so. */
class ManualTimers implements Timers {
  time = 0;
  private queue: { at: number; run: () => void; id: number }[] = [];
  private next = 1;
  now = () => this.time;
  setTimeout = (run: () => void, ms: number) => { const id = this.next++; this.queue.push({ at: this.time + ms, run, id }); return id; };
  clearTimeout = (handle: unknown) => { this.queue = this.queue.filter((t) => t.id !== handle); };
  advance(ms: number) {
    const end = this.time + ms;
    for (;;) {
      this.queue.sort((a, b) => a.at - b.at);
      const due = this.queue[0];
      if (!due || due.at > end) break;
      this.queue.shift();
      this.time = due.at;
      due.run();
    }
    this.time = end;
  }
}

const microtasks = async () => { for (let i = 0; i < 5; i++) await Promise.resolve(); };

interface Sent { report: PlayReport; at: number; answered: boolean; answer(outcome: SendOutcome): Promise<void>; fail(): Promise<void> }

function setup(options: { autoAnswer?: boolean } = {}) {
  const game = startSession(model, { seed: 'rep', mode: 'challenge', pacing: 'realtime' });
  const timers = new ManualTimers();
  const sent: Sent[] = [];
  let kept: PlayReport | null = null;
  const reporter = new Reporter({
    read: () => {
      const { state } = game.session.save();
      return { type: game.session.getSnapshot().status === 'ended' ? 'result' : 'progress', scenario: state.scenarioId, seed: 'rep', delivered: game.session.deliveredCount, log: state.log };
    },
    send: (report) => new Promise<SendOutcome>((resolve, reject) => {
      const entry: Sent = {
        report, at: timers.time, answered: false,
        answer: async (outcome) => { entry.answered = true; resolve(outcome); await microtasks(); },
        fail: async () => { entry.answered = true; reject(new Error('connection given up')); await microtasks(); },
      };
      sent.push(entry);
      if (options.autoAnswer) { entry.answered = true; resolve('accepted'); }
    }),
    keep: (report) => { kept = report; },
    settled: (report) => { if (kept === report) kept = null; },
    timers,
  });
  /** Game time and reporter time move together; every change reaches the reporter, as the app's events do. */
  const tick = async (ms: number) => {
    game.clock.increment(ms);
    timers.advance(ms);
    await microtasks();
  };
  game.session.subscribe(() => reporter.changed());
  /** The server answers everything on its way (and whatever that lets through). */
  const answerAll = async () => {
    for (let open = sent.find((x) => !x.answered); open; open = sent.find((x) => !x.answered)) await open.answer('accepted');
  };
  return { ...game, timers, sent, reporter, tick, answerAll, kept: () => kept };
}

describe('reporting a workshop play', () => {
  it('reports an action at once, with the whole log so far', async () => {
    const s = setup({ autoAnswer: true });
    for (let i = 0; i < 600 && !s.session.getSnapshot().choices.length; i++) await s.tick(100);
    await s.tick(3000);
    const count = s.sent.length;
    const choice = s.session.getSnapshot().choices[0]!.id;
    s.session.send({ type: 'choose', choice });
    s.reporter.action();
    expect(s.sent.length).toBe(count + 1);
    const { report } = s.sent.at(-1)!;
    expect(report.type).toBe('progress');
    expect(report.log).toEqual(s.session.save().state.log);
    expect(report.log.at(-1)!.event).toEqual({ type: 'choose', choice });
    expect(report.delivered).toBe(s.session.deliveredCount);
  });

  it('sends at most one report every 2 s while messages only arrive, and catches up once they stop', async () => {
    const s = setup({ autoAnswer: true });
    const actions: number[] = [];
    let offeredAt: number | null = null;
    for (let t = 0; t < 240_000 && s.session.getSnapshot().status !== 'ended'; t += 100) {
      await s.tick(100);
      const snap = s.session.getSnapshot();
      // The player reads for 5 s before answering, so messages arrive with no action between them.
      if (snap.choices.length === 0) { offeredAt = null; continue; }
      offeredAt ??= s.timers.time;
      if (s.timers.time - offeredAt < 5000) continue;
      s.session.send({ type: 'choose', choice: snap.choices[0]!.id });
      actions.push(s.timers.time);
      s.reporter.action();
      offeredAt = null;
    }
    await s.tick(5000);
    let checked = 0;
    for (let i = 1; i < s.sent.length; i++) {
      const [a, b] = [s.sent[i - 1]!.at, s.sent[i]!.at];
      if (actions.some((at) => at > a && at <= b)) continue;
      expect(b - a, `reports ${i - 1} and ${i}`).toBeGreaterThanOrEqual(2000);
      checked++;
    }
    expect(checked).toBeGreaterThan(3);
    expect(s.session.deliveredCount).toBeGreaterThan(10);
    const last = s.sent.at(-1)!.report;
    expect(last.delivered).toBe(s.session.deliveredCount);
    expect(last.log).toEqual(s.session.save().state.log);
  });

  it('keeps one report on its way at a time and sends the newest state after it is answered', async () => {
    const s = setup();
    for (let i = 0; i < 600 && !s.session.getSnapshot().choices.length; i++) await s.tick(100);
    await s.answerAll();
    const before = s.sent.length;
    s.session.send({ type: 'choose', choice: s.session.getSnapshot().choices[0]!.id });
    s.reporter.action();
    expect(s.sent.length).toBe(before + 1);
    s.session.send({ type: 'call-96110' });
    s.reporter.action();
    s.session.send({ type: 'ask-family' });
    s.reporter.action();
    expect(s.sent.length).toBe(before + 1);
    await s.sent.at(-1)!.answer('accepted');
    expect(s.sent.length).toBe(before + 2);
    expect(s.sent.at(-1)!.report.log.slice(-2).map((l) => l.event.type)).toEqual(['call-96110', 'ask-family']);
    await s.sent.at(-1)!.answer('accepted');
    s.reporter.flush();
    s.reporter.action();
    expect(s.sent.length).toBe(before + 2);
  });

  it('keeps the report on the device until the server answers; one lost with the connection stays kept', async () => {
    const s = setup();
    s.reporter.flush();
    expect(s.sent).toHaveLength(1);
    expect(s.kept()).toBe(s.sent[0]!.report);
    await s.sent[0]!.answer('accepted');
    expect(s.kept()).toBeNull();
    s.session.send({ type: 'call-96110' });
    s.reporter.action();
    expect(s.kept()).toBe(s.sent[1]!.report);
    await s.sent[1]!.fail();
    expect(s.kept()).toBe(s.sent[1]!.report);
  });

  it('forgets a report the server refused for good, and carries on with the next', async () => {
    const s = setup();
    s.reporter.flush();
    await s.sent[0]!.answer('refused');
    expect(s.kept()).toBeNull();
    expect(s.reporter.refused).toBe(1);
    s.session.send({ type: 'call-96110' });
    s.reporter.action();
    expect(s.sent).toHaveLength(2);
  });

  it('sends the result when the play ends, once', async () => {
    const s = setup({ autoAnswer: true });
    for (let i = 0; i < 5000 && s.session.getSnapshot().status !== 'ended'; i++) {
      await s.tick(200);
      const snap = s.session.getSnapshot();
      const payee = snap.transferTo[0];
      if (payee && s.session.send({ type: 'transfer', contact: payee.contact, amount: Math.min(payee.amount ?? 100, snap.balance) }).ok) { s.reporter.action(); continue; }
      if (snap.choices[0]) { s.session.send({ type: 'choose', choice: snap.choices[0].id }); s.reporter.action(); }
    }
    expect(s.session.getSnapshot().status).toBe('ended');
    s.reporter.action();
    await s.tick(5000);
    const results = s.sent.filter((x) => x.report.type === 'result');
    expect(results).toHaveLength(1);
    expect(results[0]!.report.log).toEqual(s.session.save().state.log);
    expect(s.sent.at(-1)!.report.type).toBe('result');
  });

  it('sends nothing after it is stopped', async () => {
    const s = setup({ autoAnswer: true });
    s.reporter.stop();
    s.session.send({ type: 'call-96110' });
    s.reporter.action();
    await s.tick(30_000);
    expect(s.sent).toHaveLength(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replay } from '../../src/engine/index.ts';
import { api, createRoom, hostDo, hostSocket, joinRoom, model, participantSocket, playScenario, startTestServer, type TestServer } from './helpers.ts';

let t: TestServer;
beforeAll(async () => { t = await startTestServer(); });
afterAll(async () => { await t.close(); });

async function startedRoom(scenarios = ['warm-uncle']) {
  const room = await createRoom(t.url, { scenarios });
  const host = await hostSocket(t, room);
  const a = await joinRoom(t.url, room.pin, 'A');
  const pa = await participantSocket(t, a.token);
  await hostDo(host, room, { type: 'host:start' });
  const play = (await pa.socket.nextOfType('welcome')).plays[0]!;
  return { room, host, socket: pa.socket, play, participantId: a.participantId };
}

describe('scores are the server’s own', () => {
  it('recomputes the score by replaying the log with the seed it assigned', async () => {
    const { room, host, socket, play } = await startedRoom();
    const steps = playScenario(model(play.scenario), play.seed, play.mode, { spotAll: true });
    const last = steps[steps.length - 1]!;
    expect(last.ended).toBe(true);
    const ack = await socket.request({ type: 'result', scenario: play.scenario, delivered: last.delivered, log: last.log });
    expect(ack.type).toBe('ack');
    const expected = replay(model(play.scenario), { seed: play.seed, mode: play.mode, delivered: last.delivered }, last.log);
    expect(expected.ok).toBe(true);
    if (ack.type !== 'ack') return;
    expect(ack.play?.score).toBe(expected.debrief.score.total);
    expect(ack.play?.flags.map((f) => f.status)).toEqual(expected.debrief.flags.map((f) => f.status));
    expect(ack.play?.flags.every((f) => f.status === 'spotted')).toBe(true);
    const row = await host.next((m) => m.type === 'participant' && m.participant.finished === 1);
    expect(row.type === 'participant' && row.participant.score).toBe(expected.debrief.score.total);
    const stored = (await t.server.storage.plays(room.roomId))[0]!;
    expect(stored.summary?.score).toBe(expected.debrief.score.total);
    // The server counts the reports it handled (GET /api/health).
    const health = await api(t.url, '/api/health');
    expect(health.json.stats.reports).toBeGreaterThanOrEqual(1);
    expect(Object.keys(health.json.stats.reportToPush)).toEqual(['p50', 'p95', 'p99', 'max']);
    socket.close(); host.close();
  });

  it('refuses a client that claims its own score', async () => {
    const { room, host, socket, play } = await startedRoom();
    const last = playScenario(model(play.scenario), play.seed, play.mode, { pay: true }).at(-1)!;
    const claim = await socket.request({ type: 'result', scenario: play.scenario, delivered: last.delivered, log: last.log, score: 100 });
    expect(claim).toMatchObject({ type: 'error', code: 'bad-message' });
    const inLog = await socket.request({ type: 'result', scenario: play.scenario, delivered: last.delivered, log: [...last.log, { seq: last.delivered, at: 0, event: { type: 'score', total: 100 } }] });
    expect(inLog).toMatchObject({ type: 'error', code: 'bad-message' });
    expect((await t.server.storage.plays(room.roomId))[0]).toMatchObject({ finished: false, summary: null, log: [] });
    // The honest result is scored low: this play sent money to the scammer.
    const honest = await socket.request({ type: 'result', scenario: play.scenario, delivered: last.delivered, log: last.log });
    expect(honest.type === 'ack' && honest.play!.lost).toBeGreaterThan(0);
    expect(honest.type === 'ack' && honest.play!.score).toBeLessThan(50);
    socket.close(); host.close();
  });

  it('refuses logs that do not replay, and stores nothing', async () => {
    const { room, host, socket, play } = await startedRoom();
    const m = model(play.scenario);
    const steps = playScenario(m, play.seed, play.mode, { pay: true });
    const last = steps.at(-1)!;
    const transferAt = last.log.findIndex((e) => e.event.type === 'transfer');
    expect(transferAt).toBeGreaterThan(0);
    const flagged = [...m.messages.values()].find((msg) => msg.flags.length > 0)!;
    const tampered = {
      'the transfer removed': last.log.filter((e) => e.event.type !== 'transfer'),
      'a flag on a message not yet shown': [{ seq: 0, at: 0, event: { type: 'flag', message: flagged.id, flag: flagged.flags[0]! } }, ...last.log],
      'a choice that was never on offer': [{ seq: 0, at: 0, event: { type: 'choose', choice: 'no-such-choice' } }],
      'an invented timeout': [{ seq: 1, at: 0, event: { type: 'timeout' } }],
      'more money than the wallet holds': last.log.map((e) => (e.event.type === 'transfer' ? { ...e, event: { ...e.event, amount: 10 ** 8 } } : e)),
    };
    for (const [why, log] of Object.entries(tampered)) {
      const reply = await socket.request({ type: 'result', scenario: play.scenario, log });
      expect(reply.type === 'error' ? reply.code : reply.type, why).toMatch(/^(log-rejected|not-finished)$/);
    }
    // Claiming fewer messages than the log's own actions had seen, or more than the scenario has to show.
    const mid = steps[4]!;
    const lastSeq = mid.log.at(-1)!.seq;
    expect(lastSeq).toBeGreaterThan(0);
    expect(await socket.request({ type: 'progress', scenario: play.scenario, delivered: lastSeq - 1, log: mid.log })).toMatchObject({ type: 'error', code: 'log-rejected' });
    expect(await socket.request({ type: 'progress', scenario: play.scenario, delivered: 10_000, log: mid.log })).toMatchObject({ type: 'error', code: 'log-rejected' });
    // A result of a play that has not ended.
    expect(await socket.request({ type: 'result', scenario: play.scenario, delivered: mid.delivered, log: mid.log })).toMatchObject({ type: 'error', code: 'not-finished' });
    // A scenario that is not theirs.
    expect(await socket.request({ type: 'progress', scenario: 'insider', delivered: 0, log: [] })).toMatchObject({ type: 'error', code: 'not-assigned' });
    expect((await t.server.storage.plays(room.roomId))[0]).toMatchObject({ finished: false, summary: null, log: [] });
    socket.close(); host.close();
  });

  it('does not let a later report rewrite what was accepted (e.g. take back a transfer)', async () => {
    const { room, host, socket, play } = await startedRoom();
    const steps = playScenario(model(play.scenario), play.seed, play.mode, { pay: true });
    const withTransfer = steps.find((s) => s.log.some((e) => e.event.type === 'transfer'))!;
    expect((await socket.request({ type: 'progress', scenario: play.scenario, delivered: withTransfer.delivered, log: withTransfer.log })).type).toBe('ack');
    // An honest-looking play without the transfer, from a different route.
    const other = playScenario(model(play.scenario), play.seed, play.mode).at(-1)!;
    expect(await socket.request({ type: 'result', scenario: play.scenario, delivered: other.delivered, log: other.log })).toMatchObject({ type: 'error', code: 'log-rewrites-history' });
    // An older report arriving late (a resend) changes nothing and is answered with what is stored.
    const earlier = steps[0]!;
    const late = await socket.request({ type: 'progress', scenario: play.scenario, delivered: earlier.delivered, log: earlier.log });
    expect(late.type === 'ack' && late.play!.delivered).toBe(withTransfer.delivered);
    const stored = (await t.server.storage.plays(room.roomId))[0]!;
    expect(stored.log).toEqual(withTransfer.log);
    expect(stored.summary!.sentToScammers).toBeGreaterThan(0);
    socket.close(); host.close();
  });

  it('answers a repeated result the same way, and refuses a different one after it', async () => {
    const { socket, host, play } = await startedRoom();
    const steps = playScenario(model(play.scenario), play.seed, play.mode);
    const last = steps.at(-1)!;
    const first = await socket.request({ type: 'result', scenario: play.scenario, delivered: last.delivered, log: last.log });
    const again = await socket.request({ type: 'result', scenario: play.scenario, delivered: last.delivered, log: last.log });
    expect(first.type).toBe('ack');
    expect(again.type === 'ack' && again.play).toEqual(first.type === 'ack' && first.play);
    // A progress report from before the result, arriving after it, changes nothing.
    const stale = await socket.request({ type: 'progress', scenario: play.scenario, delivered: steps[1]!.delivered, log: steps[1]!.log });
    expect(stale.type === 'ack' && stale.play!.finished).toBe(true);
    const other = playScenario(model(play.scenario), play.seed, play.mode, { pay: true }).at(-1)!;
    expect(await socket.request({ type: 'result', scenario: play.scenario, delivered: other.delivered, log: other.log })).toMatchObject({ type: 'error', code: 'already-finished' });
    socket.close(); host.close();
  });
});

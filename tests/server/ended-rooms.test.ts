// An ended room leaves the server's memory (a server that runs session after session holds only
// the rooms still going), while its report, its debrief on the host page and the answers to its
// late messages keep coming, read from the SQLite file.
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { api, createRoom, TestSocket, hostDo, hostSocket, joinRoom, model, participantSocket, playScenario, startTestServer, tempDir, type TestServer } from './helpers.ts';

const dataDir = tempDir('workshop-ended-');
const servers: TestServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function start(): Promise<TestServer> {
  const t = await startTestServer({ dataDir });
  servers.push(t);
  return t;
}

const roomsInMemory = async (t: TestServer): Promise<number> => (await api(t.url, '/api/health')).json.roomsInMemory;

/** The report with what may differ between two reads of the same room left out. */
const reportOf = async (t: TestServer, room: { roomId: string; hostToken: string }) => {
  const r = await api(t.url, `/api/rooms/${room.roomId}/report.json?names=1`, { token: room.hostToken });
  expect(r.status).toBe(200);
  const { generatedAt: _generated, room: { endedAt, ...roomRest }, ...rest } = r.json;
  return { report: { ...rest, room: roomRest }, endedAt };
};
const csvOf = async (t: TestServer, room: { roomId: string; hostToken: string }, table: string) =>
  (await api(t.url, `/api/rooms/${room.roomId}/report.csv?names=1&table=${table}`, { token: room.hostToken })).text;

describe('an ended room', () => {
  it('leaves memory; its report, debrief and answers come from storage, the same as before the end', { timeout: 60_000 }, async () => {
    let t = await start();
    expect(await roomsInMemory(t)).toBe(0);

    const ending = await createRoom(t.url, { scenarios: ['warm-uncle'] });
    const going = await createRoom(t.url, { scenarios: ['warm-uncle'] });
    const host = await hostSocket(t, ending);
    const a = await joinRoom(t.url, ending.pin, 'Anna');
    const b = await joinRoom(t.url, ending.pin, '小林');
    await joinRoom(t.url, going.pin, 'Other room');
    const pa = await participantSocket(t, a.token);
    const pb = await participantSocket(t, b.token);

    // A quiz answer, a finished play (money sent) and a play under way.
    await hostDo(host, ending, { type: 'host:quiz', phase: 'before', state: 'open' });
    const quiz = await pa.socket.nextOfType('quiz');
    expect(await pa.socket.request({ type: 'quiz-answers', phase: 'before', answers: quiz.items.map((i) => ({ item: i.id, answer: 'scam' })) })).toMatchObject({ type: 'ack' });
    await hostDo(host, ending, { type: 'host:quiz', phase: 'before', state: 'done' });
    await hostDo(host, ending, { type: 'host:start' });
    const playA = (await pa.socket.nextOfType('welcome')).plays[0]!;
    const playB = (await pb.socket.nextOfType('welcome')).plays[0]!;
    const stepsA = playScenario(model(playA.scenario), playA.seed, playA.mode, { pay: true });
    const last = stepsA[stepsA.length - 1]!;
    expect(await pa.socket.request({ type: 'result', scenario: playA.scenario, delivered: last.delivered, log: last.log })).toMatchObject({ type: 'ack' });
    const stepsB = playScenario(model(playB.scenario), playB.seed, playB.mode);
    // The last report is not waited for: the end comes while it may still be on its way to disk.
    pb.socket.sendRaw(JSON.stringify({ v: 1, type: 'progress', scenario: playB.scenario, delivered: stepsB[2]!.delivered, log: stepsB[2]!.log }));
    await host.next((m) => m.type === 'participant' && m.participant.id === b.participantId && m.participant.messages === stepsB[2]!.delivered);

    expect(await roomsInMemory(t)).toBe(2);
    const before = await reportOf(t, ending);
    expect(before.report.transferred).toBe(1);
    expect(before.report.plays.map((p: { nickname: string }) => p.nickname)).toEqual(['Anna', '小林']);
    expect(before.report.quiz.before.answered).toBe(1);
    const csvBefore = await csvOf(t, ending, 'plays');

    expect(await hostDo(host, ending, { type: 'host:end' })).toMatchObject({ type: 'ack' });
    expect(await roomsInMemory(t)).toBe(1);

    // Its report is the same, read back from the file, and reading it does not bring it back.
    const after = await reportOf(t, ending);
    expect(after.report).toEqual(before.report);
    expect(after.endedAt).toEqual(expect.any(Number));
    expect(await csvOf(t, ending, 'plays')).toBe(csvBefore);
    expect(await roomsInMemory(t)).toBe(1);

    // The host page opened again shows the ended room with everyone in it, and the right counts.
    const reopened = await TestSocket.open(t.wsUrl);
    const welcome = await reopened.request({ type: 'hello', role: 'host', roomId: ending.roomId, hostToken: ending.hostToken });
    expect(welcome).toMatchObject({ type: 'host-welcome', room: { status: 'ended', pin: null }, dashboard: { joined: 2, transferred: 1 } });
    expect(welcome.type === 'host-welcome' && welcome.participants.map((p) => p.nickname)).toEqual(['Anna', '小林']);
    reopened.close();

    // Late messages from participants are refused without loading the room back.
    expect(await pb.socket.request({ type: 'progress', scenario: playB.scenario, delivered: stepsB[3]!.delivered, log: stepsB[3]!.log })).toMatchObject({ type: 'error', code: 'room-ended' });
    expect(await pb.socket.request({ type: 'quiz-answers', phase: 'before', answers: [] })).toMatchObject({ type: 'error', code: 'room-ended' });
    const back = await participantSocket(t, a.token);
    expect(back.welcome.room.status).toBe('ended');
    for (const s of [host, pa.socket, pb.socket, back.socket]) s.close();
    await pb.socket.waitClosed();
    expect(await roomsInMemory(t)).toBe(1);
    // Nothing of the late progress report was kept.
    expect((await reportOf(t, ending)).report).toEqual(before.report);

    // The other room carries on.
    await joinRoom(t.url, going.pin, 'Latecomer');

    // After a restart the ended room is there from the file alone.
    await t.close();
    servers.length = 0;
    t = await start();
    expect(await roomsInMemory(t)).toBe(0);
    expect((await reportOf(t, ending)).report).toEqual(before.report);
    expect(await roomsInMemory(t)).toBe(0);
    await joinRoom(t.url, going.pin, 'Back again');
    expect(await roomsInMemory(t)).toBe(1);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createRoom, hostDo, hostSocket, joinRoom, model, participantSocket, playScenario, startTestServer, TestSocket, type TestServer } from './helpers.ts';

let t: TestServer;
beforeAll(async () => { t = await startTestServer(); });
afterAll(async () => { await t.close(); });

describe('rooms and participants are kept apart', () => {
  it('a participant sees nothing of another room or of other participants', async () => {
    const roomA = await createRoom(t.url, { scenarios: ['warm-uncle'] });
    const roomB = await createRoom(t.url, { scenarios: ['warm-uncle'] });
    const hostA = await hostSocket(t, roomA);
    const hostB = await hostSocket(t, roomB);
    const a1 = await joinRoom(t.url, roomA.pin, 'A1');
    const a2 = await joinRoom(t.url, roomA.pin, 'A2');
    const b1 = await joinRoom(t.url, roomB.pin, 'B1');
    const pa1 = await participantSocket(t, a1.token);
    const pa2 = await participantSocket(t, a2.token);
    const pb1 = await participantSocket(t, b1.token);
    await hostDo(hostA, roomA, { type: 'host:start' });
    await hostDo(hostB, roomB, { type: 'host:start' });
    const playA2 = (await pa2.socket.nextOfType('welcome')).plays[0]!;
    const playB1 = (await pb1.socket.nextOfType('welcome')).plays[0]!;
    await pa1.socket.nextOfType('welcome');

    // B1 plays and pauses its room; A2 plays too.
    const stepsB = playScenario(model(playB1.scenario), playB1.seed, playB1.mode);
    await pb1.socket.request({ type: 'progress', scenario: playB1.scenario, delivered: stepsB[2]!.delivered, log: stepsB[2]!.log });
    await hostDo(hostB, roomB, { type: 'host:pause' });
    const stepsA = playScenario(model(playA2.scenario), playA2.seed, playA2.mode);
    await pa2.socket.request({ type: 'progress', scenario: playA2.scenario, delivered: stepsA[1]!.delivered, log: stepsA[1]!.log });
    await hostA.next((m) => m.type === 'participant' && m.participant.id === a2.participantId && m.participant.messages > 0);

    // A1 heard nothing about room B, nor anything about A2's progress.
    await pa1.socket.request({ type: 'ping' });
    const heard = pa1.socket.messages.filter((m) => m.type !== 'pong');
    expect(heard.map((m) => m.type)).toEqual(['room']);
    expect(heard[0]).toMatchObject({ room: { id: roomA.roomId, status: 'playing', paused: false } });
    // Room A's host heard nothing of room B.
    expect(hostA.messages.some((m) => JSON.stringify(m).includes(b1.participantId) || JSON.stringify(m).includes(roomB.roomId))).toBe(false);
    // Whatever A1 reports lands in A1's own play: room B's data and host see nothing of it.
    const roomBBefore = await t.server.storage.plays(roomB.roomId);
    hostB.messages.length = 0;
    await pa1.socket.request({ type: 'progress', scenario: playB1.scenario, delivered: stepsB[2]!.delivered, log: stepsB[2]!.log });
    await pa1.socket.request({ type: 'ping' });
    expect(await t.server.storage.plays(roomB.roomId)).toEqual(roomBBefore);
    expect(hostB.messages).toEqual([]);
    // A participant's token does not open the host view of either room.
    const sneaky = await TestSocket.open(t.wsUrl);
    expect(await sneaky.request({ type: 'hello', role: 'host', roomId: roomA.roomId, hostToken: a1.token })).toMatchObject({ type: 'error', code: 'host-token-refused' });
    expect((await api(t.url, `/api/rooms/${roomB.roomId}/report.json`, { token: a1.token })).status).toBe(403);
    expect((await api(t.url, `/api/rooms/${roomB.roomId}/report.json`, { token: roomA.hostToken })).status).toBe(403);
    // Room B's report holds only room B.
    const reportB = await api(t.url, `/api/rooms/${roomB.roomId}/report.json?names=1`, { token: roomB.hostToken });
    expect(reportB.json.participants).toBe(1);
    expect(reportB.json.plays.map((p: any) => p.nickname)).toEqual(['B1']);
    for (const s of [hostA, hostB, pa1.socket, pa2.socket, pb1.socket, sneaky]) s.close();
  });

  it('the welcome holds only the participant’s own plays', async () => {
    const room = await createRoom(t.url, { scenarios: ['warm-uncle'] });
    const host = await hostSocket(t, room);
    const a = await joinRoom(t.url, room.pin, 'A');
    const b = await joinRoom(t.url, room.pin, 'B');
    await hostDo(host, room, { type: 'host:start' });
    const pa = await participantSocket(t, a.token);
    const pb = await participantSocket(t, b.token);
    expect(JSON.stringify(pa.welcome)).not.toContain(b.participantId);
    expect(JSON.stringify(pa.welcome)).not.toContain('"B"');
    expect(pa.welcome.plays[0]!.seed).not.toBe(pb.welcome.plays[0]!.seed);
    for (const s of [host, pa.socket, pb.socket]) s.close();
  });
});

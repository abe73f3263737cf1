import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createRoom, hostDo, hostSocket, joinRoom, participantSocket, startedRoomWithOne, startTestServer, type TestServer, TestSocket } from './helpers.ts';

let t: TestServer;
beforeAll(async () => { t = await startTestServer(); });
afterAll(async () => { await t.close(); });

describe('host controls', () => {
  it('locks and unlocks the room: nobody new gets in while it is locked', async () => {
    const room = await createRoom(t.url);
    const host = await hostSocket(t, room);
    const a = await joinRoom(t.url, room.pin, 'A');
    const { socket } = await participantSocket(t, a.token);
    expect((await hostDo(host, room, { type: 'host:lock', locked: true })).type).toBe('ack');
    expect((await socket.nextOfType('room')).room.locked).toBe(true);
    expect((await host.nextOfType('host-room')).room.locked).toBe(true);
    const refused = await api(t.url, '/api/join', { body: { v: 1, pin: room.pin, nickname: 'B' } });
    expect(refused.status).toBe(403);
    expect(refused.json.code).toBe('room-locked');
    // People already in can still come back.
    socket.close();
    const again = await participantSocket(t, a.token);
    expect(again.welcome.you.nickname).toBe('A');
    await hostDo(host, room, { type: 'host:lock', locked: false });
    expect((await joinRoom(t.url, room.pin, 'B')).number).toBe(2);
    again.socket.close(); host.close();
  });

  it('removes a participant: their socket closes, their token is dead, the dashboard drops them', async () => {
    const room = await createRoom(t.url);
    const host = await hostSocket(t, room);
    const a = await joinRoom(t.url, room.pin, 'troll');
    const b = await joinRoom(t.url, room.pin, 'nice');
    const { socket } = await participantSocket(t, a.token);
    expect((await hostDo(host, room, { type: 'host:remove', participantId: a.participantId })).type).toBe('ack');
    expect((await socket.nextOfType('removed')).type).toBe('removed');
    expect((await socket.waitClosed()).code).toBe(4001);
    const row = await host.next((m) => m.type === 'participant' && m.removed);
    expect(row.type === 'participant' && row.dashboard.joined).toBe(1);
    const back = await TestSocket.open(t.wsUrl);
    const refused = await back.request({ type: 'hello', role: 'participant', token: a.token });
    expect(refused).toMatchObject({ type: 'error', code: 'removed' });
    const unknown = await hostDo(host, room, { type: 'host:remove', participantId: 'nobody-here-123' });
    expect(unknown).toMatchObject({ type: 'error', code: 'unknown-participant' });
    const fresh = await hostSocket(t, room);
    expect(fresh.messages).toHaveLength(0);
    void b;
    back.close(); host.close(); fresh.close();
  });

  it('starts the room: each participant gets their scenarios, a seed and the mode', async () => {
    const room = await createRoom(t.url, { scenarios: ['warm-uncle', 'insider'], mode: 'practice' });
    const host = await hostSocket(t, room);
    const a = await joinRoom(t.url, room.pin, 'A');
    const b = await joinRoom(t.url, room.pin, 'B');
    const pa = await participantSocket(t, a.token);
    const pb = await participantSocket(t, b.token);
    expect(pa.welcome.plays).toEqual([]);
    expect(pa.welcome.room.status).toBe('lobby');
    await hostDo(host, room, { type: 'host:start' });
    const wa = await pa.socket.nextOfType('welcome');
    const wb = await pb.socket.nextOfType('welcome');
    expect(wa.room.status).toBe('playing');
    expect(wa.plays.map((p) => p.scenario)).toEqual(['warm-uncle', 'insider']);
    expect(wb.plays.map((p) => p.scenario)).toEqual(['insider', 'warm-uncle']);
    expect(wa.plays.every((p) => p.mode === 'practice' && p.seed.length >= 8 && !p.finished)).toBe(true);
    expect(new Set([...wa.plays, ...wb.plays].map((p) => p.seed)).size).toBe(4);
    // Settings are fixed once the room has started.
    expect(await hostDo(host, room, { type: 'host:settings', mode: 'challenge' })).toMatchObject({ type: 'error', code: 'room-started' });
    pa.socket.close(); pb.socket.close(); host.close();
  });

  it('changes scenarios and mode in the lobby', async () => {
    const room = await createRoom(t.url);
    const host = await hostSocket(t, room);
    await hostDo(host, room, { type: 'host:settings', scenarios: ['insider'], mode: 'practice', lateJoin: 'refuse' });
    const view = (await host.nextOfType('host-room')).room;
    expect(view).toMatchObject({ scenarios: ['insider'], mode: 'practice', lateJoin: 'refuse' });
    expect(await hostDo(host, room, { type: 'host:settings', scenarios: ['made-up'] })).toMatchObject({ type: 'error', code: 'unknown-scenario' });
    host.close();
  });

  it('pauses and resumes: everyone hears it, and a participant who comes back during the pause sees it', async () => {
    const room = await createRoom(t.url);
    const host = await hostSocket(t, room);
    const a = await joinRoom(t.url, room.pin, 'A');
    const pa = await participantSocket(t, a.token);
    expect(await hostDo(host, room, { type: 'host:pause' })).toMatchObject({ type: 'error', code: 'room-not-started' });
    await hostDo(host, room, { type: 'host:start' });
    await hostDo(host, room, { type: 'host:pause' });
    expect((await pa.socket.next((m) => m.type === 'room' && m.room.paused)).type).toBe('room');
    pa.socket.close();
    const back = await participantSocket(t, a.token);
    expect(back.welcome.room.paused).toBe(true);
    await hostDo(host, room, { type: 'host:resume' });
    expect((await back.socket.next((m) => m.type === 'room' && !m.room.paused)).type).toBe('room');
    back.socket.close(); host.close();
  });

  it('ends the room: the PIN is dead, participants are told, later reports are refused', async () => {
    const { room, host, participant: pa, play } = await startedRoomWithOne(t, 'A');
    await hostDo(host, room, { type: 'host:end' });
    expect((await pa.socket.next((m) => m.type === 'room' && m.room.status === 'ended')).type).toBe('room');
    const hostView = await host.next((m) => m.type === 'host-room' && m.room.status === 'ended');
    expect(hostView.type === 'host-room' && hostView.room.pin).toBeNull();
    const late = await api(t.url, '/api/join', { body: { v: 1, pin: room.pin, nickname: 'late' } });
    expect(late.json.code).toBe('pin-unknown');
    const report = await pa.socket.request({ type: 'progress', scenario: play.scenario, delivered: 0, log: [] });
    expect(report).toMatchObject({ type: 'error', code: 'room-ended' });
    expect(await hostDo(host, room, { type: 'host:start' })).toMatchObject({ type: 'error', code: 'room-ended' });
    // The report is still there for the host.
    expect((await api(t.url, `/api/rooms/${room.roomId}/report.json`, { token: room.hostToken })).status).toBe(200);
    pa.socket.close(); host.close();
  });
});

describe('host actions need the host token', () => {
  it('refuses hello and actions with a wrong token, and actions from participants', async () => {
    const room = await createRoom(t.url);
    const other = await createRoom(t.url);
    const a = await joinRoom(t.url, room.pin, 'A');
    const stranger = await TestSocket.open(t.wsUrl);
    expect(await stranger.request({ type: 'hello', role: 'host', roomId: room.roomId, hostToken: other.hostToken })).toMatchObject({ type: 'error', code: 'host-token-refused' });
    expect(await stranger.request({ type: 'host:start', hostToken: room.hostToken })).toMatchObject({ type: 'error', code: 'not-authenticated' });

    const pa = await participantSocket(t, a.token);
    for (const action of [{ type: 'host:start' }, { type: 'host:end' }, { type: 'host:lock', locked: true }, { type: 'host:remove', participantId: a.participantId }]) {
      expect(await pa.socket.request({ ...action, hostToken: room.hostToken }), action.type).toMatchObject({ type: 'error', code: 'not-authenticated' });
    }
    const host = await hostSocket(t, room);
    expect(await host.request({ type: 'host:end', hostToken: other.hostToken })).toMatchObject({ type: 'error', code: 'host-token-refused' });
    expect(await host.request({ type: 'host:end' })).toMatchObject({ type: 'error', code: 'bad-message' });
    const report = await api(t.url, `/api/rooms/${room.roomId}/report.csv`, { token: other.hostToken });
    expect(report.status).toBe(403);
    expect((await api(t.url, `/api/rooms/${room.roomId}/report.csv`)).status).toBe(401);
    // Nothing happened to the room.
    const fresh = await hostSocket(t, room);
    expect(fresh).toBeDefined();
    const view = await TestSocket.open(t.wsUrl);
    const welcome = await view.request({ type: 'hello', role: 'participant', token: a.token });
    expect(welcome.type === 'welcome' && welcome.room).toMatchObject({ status: 'lobby', locked: false });
    for (const s of [stranger, pa.socket, host, fresh, view]) s.close();
  });
});

// Rooms nobody ends are ended by the server once unused for long enough (no message from the host
// or the participants, no join, no host page open), exactly as if the host had ended them: the PIN
// stops working, the report stays, the room leaves memory. The server's clock is moved forward
// instead of waiting; the same clock stamps what storage keeps.
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_IDLE_ROOM_MS } from '../../src/server/idle-rooms.ts';
import { api, createRoom, hostDo, hostSocket, joinRoom, participantSocket, startTestServer, tempDir, type TestServer } from './helpers.ts';

const IDLE = DEFAULT_IDLE_ROOM_MS;
const HOUR = 3_600_000;
const MINUTE = 60_000;

const servers: TestServer[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A server whose clock runs `shift` ms ahead of the real one; `log` collects its log lines. */
async function start(dataDir?: string) {
  const clock = { shift: 0 };
  const log: string[] = [];
  const t = await startTestServer({ now: () => Date.now() + clock.shift, log: (line) => log.push(line), ...(dataDir ? { dataDir } : {}) });
  servers.push(t);
  return { t, clock, log };
}

const openSockets = async (t: TestServer): Promise<number> => (await api(t.url, '/api/health')).json.sockets;
async function until(check: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}
const roomsInMemory = async (t: TestServer): Promise<number> => (await api(t.url, '/api/health')).json.roomsInMemory;
const joinStatus = async (t: TestServer, pin: string) => {
  const r = await api(t.url, '/api/join', { body: { v: 1, pin, nickname: 'Late' } });
  return { status: r.status, code: r.json?.code };
};
const report = (t: TestServer, room: { roomId: string; hostToken: string }) => api(t.url, `/api/rooms/${room.roomId}/report.json`, { token: room.hostToken });

describe('idle rooms', () => {
  it('ends a room unused for the idle time, not one used lately nor one whose host page is open', async () => {
    const { t, clock, log } = await start();
    const idle = await createRoom(t.url);
    const recent = await createRoom(t.url);
    const hosted = await createRoom(t.url);
    const idlePerson = await joinRoom(t.url, idle.pin, 'Stays online');
    const { socket: idlePhone } = await participantSocket(t, idlePerson.token);
    (await hostSocket(t, idle)).close();
    (await hostSocket(t, recent)).close();
    const hostedHost = await hostSocket(t, hosted);
    expect(await roomsInMemory(t)).toBe(3);

    // An hour before the idle time: the host of `recent` comes back and locks the room; the idle
    // room's phone only pings, which is no use of the room.
    clock.shift = IDLE - HOUR;
    const back = await hostSocket(t, recent);
    expect(await hostDo(back, recent, { type: 'host:lock', locked: true })).toMatchObject({ type: 'ack' });
    back.close();
    await back.waitClosed();
    expect((await idlePhone.request({ type: 'ping' })).type).toBe('pong');
    expect(await t.server.endIdleRooms()).toEqual([]);

    clock.shift = IDLE + MINUTE;
    expect(await t.server.endIdleRooms()).toEqual([idle.roomId]);

    // Ended as if by its host: the phone is told, the PIN is refused, the report stays, memory is freed.
    expect(await idlePhone.nextOfType('room')).toMatchObject({ room: { status: 'ended' } });
    expect(await joinStatus(t, idle.pin)).toEqual({ status: 404, code: 'pin-unknown' });
    const ended = await report(t, idle);
    expect(ended.status).toBe(200);
    expect(ended.json).toMatchObject({ participants: 1, room: { id: idle.roomId, endedAt: expect.any(Number) } });
    expect(ended.json.room.endedAt).toBeGreaterThanOrEqual(Date.now() + IDLE);
    expect(await roomsInMemory(t)).toBe(2);
    expect((await t.server.storage.getRoom(idle.roomId))?.status).toBe('ended');
    expect(log.filter((line) => line.includes(idle.pin))).toEqual([expect.stringMatching(/ended: unused for 24\.0 h with no host page open/)]);
    expect(await t.server.endIdleRooms()).toEqual([]);

    // The host page open all along (silent since its hello) kept its room; the idle time counts
    // from when it closes.
    hostedHost.close();
    await until(async () => (await openSockets(t)) === 1, 'the server to see the host page leave');
    expect(await t.server.endIdleRooms()).toEqual([]);
    clock.shift = 2 * IDLE;
    expect(await t.server.endIdleRooms()).toEqual([recent.roomId]);
    clock.shift = 2 * IDLE + 2 * MINUTE;
    expect(await t.server.endIdleRooms()).toEqual([hosted.roomId]);
    expect(await roomsInMemory(t)).toBe(0);
    expect(await joinStatus(t, hosted.pin)).toEqual({ status: 404, code: 'pin-unknown' });
    idlePhone.close();
  });

  it('ends rooms left open before a restart, judged by what storage holds about them', async () => {
    const dataDir = tempDir('workshop-idle-');
    dirs.push(dataDir);
    const first = await start(dataDir);
    const forgotten = await createRoom(first.t.url);
    const lateJoin = await createRoom(first.t.url);
    await joinRoom(first.t.url, forgotten.pin, 'Early');
    first.clock.shift = IDLE - HOUR;
    await joinRoom(first.t.url, lateJoin.pin, 'Later');
    await first.t.close();
    servers.length = 0;

    const { t, clock, log } = await start(dataDir);
    clock.shift = IDLE + MINUTE;
    expect(await roomsInMemory(t)).toBe(0);
    expect(await t.server.endIdleRooms()).toEqual([forgotten.roomId]);
    expect(log).toEqual([expect.stringContaining(`room ${forgotten.pin} (${forgotten.roomId}) ended`)]);
    expect(await roomsInMemory(t)).toBe(0);
    expect(await joinStatus(t, forgotten.pin)).toEqual({ status: 404, code: 'pin-unknown' });
    expect(await report(t, forgotten)).toMatchObject({ status: 200, json: { participants: 1, room: { endedAt: expect.any(Number) } } });
    // The room someone joined an hour before the idle time is left alone.
    expect(await joinStatus(t, lateJoin.pin)).toEqual({ status: 201, code: undefined });
    expect(await roomsInMemory(t)).toBe(1);
  });

  it('ends nothing when the idle end is turned off', async () => {
    const clock = { shift: 0 };
    const t = await startTestServer({ now: () => Date.now() + clock.shift, endIdleRoomsAfterMs: 0 });
    servers.push(t);
    const room = await createRoom(t.url);
    clock.shift = 30 * IDLE;
    expect(await t.server.endIdleRooms()).toEqual([]);
    expect(await joinStatus(t, room.pin)).toEqual({ status: 201, code: undefined });
  });
});

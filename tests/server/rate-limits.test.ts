import { afterEach, describe, expect, it } from 'vitest';
import { api, createRoom, joinRoom, participantSocket, startTestServer, type TestServer } from './helpers.ts';

// Nearly no refill: what passes is exactly the burst.
const slow = (burst: number) => ({ burst, perSecond: 0.001 });
let t: TestServer | null = null;
afterEach(async () => { await t?.close(); t = null; });

describe('rate limits', () => {
  it('limits joins per IP address, with Retry-After, and adds nobody past the limit', async () => {
    t = await startTestServer({ limits: { joinsPerIp: slow(3) } });
    const room = await createRoom(t.url);
    for (let i = 0; i < 3; i++) await joinRoom(t.url, room.pin, `P${i}`);
    const refused = await api(t.url, '/api/join', { body: { v: 1, pin: room.pin, nickname: 'one too many' } });
    expect(refused.status).toBe(429);
    expect(refused.json.code).toBe('rate-limited');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await t.server.storage.participants(room.roomId)).toHaveLength(3);
  });

  it('limits room creation per IP address', async () => {
    t = await startTestServer({ limits: { roomsPerIp: slow(2) } });
    await createRoom(t.url);
    await createRoom(t.url);
    const refused = await api(t.url, '/api/rooms', { body: { v: 1, scenarios: ['warm-uncle'] } });
    expect(refused.status).toBe(429);
    expect(refused.json.code).toBe('rate-limited');
  });

  it('limits messages per socket: the extra ones get an error and are not handled', async () => {
    t = await startTestServer({ limits: { messagesPerSocket: slow(5) } });
    const room = await createRoom(t.url);
    const a = await joinRoom(t.url, room.pin, 'chatty');
    const { socket } = await participantSocket(t, a.token);
    // hello took one message of the five.
    const replies = [];
    for (let i = 0; i < 6; i++) replies.push(await socket.request({ type: 'ping' }));
    expect(replies.map((r) => r.type)).toEqual(['pong', 'pong', 'pong', 'pong', 'error', 'error']);
    expect(replies[4]).toMatchObject({ code: 'rate-limited' });
    expect(replies[4]!.replyTo).toBeTruthy();
    socket.close();
    // Another socket has its own allowance.
    const again = await participantSocket(t, a.token);
    expect((await again.socket.request({ type: 'ping' })).type).toBe('pong');
    again.socket.close();
  });
});

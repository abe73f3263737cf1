import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, startedRoomWithOne, startTestServer, type TestServer, TestSocket } from './helpers.ts';

let t: TestServer;
beforeAll(async () => { t = await startTestServer(); });
afterAll(async () => { await t.close(); });

/** Everything stored about a room, to compare before and after. */
async function stored(roomId: string) {
  const s = t.server.storage;
  return { room: await s.getRoom(roomId), participants: await s.participants(roomId), plays: await s.plays(roomId), quizzes: await s.quizzes(roomId) };
}

describe('malformed realtime messages', () => {
  it('get an error reply and change nothing', async () => {
    const { room, host, joined: a, participant: pa, play } = await startedRoomWithOne(t, 'A');
    const before = await stored(room.roomId);
    host.messages.length = 0;

    const cases: [string, string, string][] = [
      ['not JSON', '{"v":1,"type":', 'bad-json'],
      ['a JSON array', '[1,2,3]', 'bad-message'],
      ['a JSON string', '"hello"', 'bad-message'],
      ['no version', JSON.stringify({ type: 'ping', id: 'x' }), 'unsupported-version'],
      ['a future version', JSON.stringify({ v: 2, type: 'ping', id: 'x' }), 'unsupported-version'],
      ['an unknown type', JSON.stringify({ v: 1, type: 'teleport', id: 'x' }), 'bad-message'],
      ['delivered as text', JSON.stringify({ v: 1, type: 'progress', scenario: play.scenario, delivered: 'ten', log: [], id: 'x' }), 'bad-message'],
      ['a log that is not a list', JSON.stringify({ v: 1, type: 'progress', scenario: play.scenario, delivered: 0, log: { seq: 0 }, id: 'x' }), 'bad-message'],
      ['an action of no known kind', JSON.stringify({ v: 1, type: 'result', scenario: play.scenario, log: [{ seq: 0, at: 0, event: { type: 'hack' } }], id: 'x' }), 'bad-message'],
      ['a negative amount', JSON.stringify({ v: 1, type: 'result', scenario: play.scenario, log: [{ seq: 1, at: 0, event: { type: 'transfer', contact: 'x', amount: -5 } }], id: 'x' }), 'bad-message'],
      ['an extra field', JSON.stringify({ v: 1, type: 'ping', id: 'x', admin: true }), 'bad-message'],
      ['a host action with a token of the wrong shape', JSON.stringify({ v: 1, type: 'host:end', hostToken: 42, id: 'x' }), 'bad-message'],
      ['hello twice', JSON.stringify({ v: 1, type: 'hello', role: 'participant', token: a.token, id: 'x' }), 'bad-message'],
      ['a huge id', JSON.stringify({ v: 1, type: 'ping', id: 'x'.repeat(500) }), 'bad-message'],
    ];
    for (const [why, raw, code] of cases) {
      pa.socket.sendRaw(raw);
      const reply = await pa.socket.nextOfType('error');
      expect(reply.code, why).toBe(code);
      expect(reply.message.length, why).toBeGreaterThan(0);
    }
    // The reply names the request when it can.
    pa.socket.sendRaw(JSON.stringify({ v: 1, type: 'progress', scenario: 'BAD ID', delivered: 0, log: [], id: 'mine' }));
    expect(await pa.socket.nextOfType('error')).toMatchObject({ code: 'bad-message', replyTo: 'mine' });
    pa.socket.ws.send(Buffer.from([1, 2, 3]), { binary: true });
    expect((await pa.socket.nextOfType('error')).code).toBe('bad-json');

    // Still connected and working, and nothing changed.
    expect((await pa.socket.request({ type: 'ping' })).type).toBe('pong');
    expect(await stored(room.roomId)).toEqual(before);
    expect(host.messages.filter((m) => m.type !== 'participant' || m.participant.messages !== 0)).toEqual([]);
    pa.socket.close(); host.close();
  });

  it('before hello, a socket can do nothing but say hello or ping', async () => {
    const socket = await TestSocket.open(t.wsUrl);
    expect(await socket.request({ type: 'progress', scenario: 'warm-uncle', delivered: 0, log: [] })).toMatchObject({ type: 'error', code: 'not-authenticated' });
    expect(await socket.request({ type: 'quiz-answers', phase: 'before', answers: [] })).toMatchObject({ type: 'error', code: 'not-authenticated' });
    expect((await socket.request({ type: 'ping' })).type).toBe('pong');
    socket.close();
  });
});

describe('malformed HTTP requests', () => {
  it('get a JSON error with the right status', async () => {
    expect((await api(t.url, '/api/rooms', { raw: '{nope' })).json).toMatchObject({ type: 'error', code: 'bad-json' });
    expect((await api(t.url, '/api/join', { body: { v: 1, pin: 123456 } })).json.code).toBe('bad-message');
    expect((await api(t.url, '/api/join', { body: { v: 1, pin: '123456', nickname: 'a', admin: true } })).json.code).toBe('bad-message');
    const big = await api(t.url, '/api/rooms', { raw: JSON.stringify({ v: 1, scenarios: ['warm-uncle'], pad: 'x'.repeat(100_000) }) });
    expect(big.status).toBe(413);
    expect((await api(t.url, '/api/nothing-here')).status).toBe(404);
    expect((await api(t.url, '/api/nickname?lang=fr')).json.code).toBe('bad-message');
  });
});

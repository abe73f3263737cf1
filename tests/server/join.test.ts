import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createRoom, hostDo, hostSocket, joinRoom, startTestServer, type TestServer } from './helpers.ts';

let t: TestServer;
beforeAll(async () => { t = await startTestServer(); });
afterAll(async () => { await t.close(); });

describe('creating a room', () => {
  it('gives a 6-digit PIN, a join URL with it, a QR code and a host token', async () => {
    const room = await createRoom(t.url, { scenarios: ['warm-uncle', 'insider'] });
    expect(room.pin).toMatch(/^\d{6}$/);
    expect(room.joinUrl).toBe(`http://localhost:${t.server.port}/j/${room.pin}`);
    expect(room.localOnly).toBe(true);
    expect(room.qrSvg).toMatch(/^<svg[^>]*viewBox/);
    expect(room.hostToken.length).toBeGreaterThanOrEqual(20);
    expect(room.roomId).not.toContain(room.pin);
  });

  it('gives each live room its own PIN', async () => {
    const rooms = await Promise.all(Array.from({ length: 30 }, () => createRoom(t.url)));
    expect(new Set(rooms.map((r) => r.pin)).size).toBe(30);
  });

  it('refuses unknown scenarios and an empty list with a clear error', async () => {
    const unknown = await api(t.url, '/api/rooms', { body: { v: 1, scenarios: ['no-such-case'] } });
    expect(unknown.status).toBe(422);
    expect(unknown.json).toMatchObject({ type: 'error', code: 'unknown-scenario' });
    expect(unknown.json.message).toContain('no-such-case');
    const empty = await api(t.url, '/api/rooms', { body: { v: 1, scenarios: [] } });
    expect(empty.json.code).toBe('bad-message');
    const version = await api(t.url, '/api/rooms', { body: { v: 7, scenarios: ['warm-uncle'] } });
    expect(version.json.code).toBe('unsupported-version');
  });

  it('lists the bundled scenarios for the host to choose from', async () => {
    const list = await api(t.url, '/api/scenarios');
    expect(list.json.scenarios.map((s: any) => s.id)).toContain('warm-uncle');
    for (const s of list.json.scenarios) expect(s.title.zh && s.title.en).toBeTruthy();
  });
});

describe('joining', () => {
  it('takes a PIN and a nickname, numbers people in order and tells the host', async () => {
    const room = await createRoom(t.url);
    const host = await hostSocket(t, room);
    const a = await joinRoom(t.url, room.pin, '小林');
    const b = await joinRoom(t.url, room.pin, 'Anna');
    expect([a.number, b.number]).toEqual([1, 2]);
    expect(a.roomId).toBe(room.roomId);
    expect(a.token).not.toBe(b.token);
    const seen = await host.nextOfType('participant');
    expect(seen.participant).toMatchObject({ id: a.participantId, nickname: '小林', number: 1, connected: false });
    expect((await host.nextOfType('participant')).dashboard.joined).toBe(2);
    host.close();
  });

  it('resolves duplicate nicknames with a number', async () => {
    const room = await createRoom(t.url);
    const names = [];
    for (let i = 0; i < 3; i++) names.push((await joinRoom(t.url, room.pin, '小林')).nickname);
    names.push((await joinRoom(t.url, room.pin, ' 小林 2 ')).nickname);
    expect(names).toEqual(['小林', '小林 2', '小林 3', '小林 2 2']);
  });

  it('makes up a nickname when asked, in the language asked', async () => {
    const room = await createRoom(t.url);
    const zh = await joinRoom(t.url, room.pin);
    expect(zh.nickname).toMatch(/[\u4e00-\u9fff]/);
    const en = await api(t.url, '/api/join', { body: { v: 1, pin: room.pin, lang: 'en' } });
    expect(en.json.nickname).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
    const suggestion = await api(t.url, '/api/nickname?lang=en');
    expect(suggestion.json.nickname).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
  });

  it('refuses rude nicknames and adds nobody', async () => {
    const room = await createRoom(t.url);
    const host = await hostSocket(t, room);
    const refused = await api(t.url, '/api/join', { body: { v: 1, pin: room.pin, nickname: '傻 逼' } });
    expect(refused.status).toBe(422);
    expect(refused.json.code).toBe('nickname-refused');
    const ok = await joinRoom(t.url, room.pin, '小林');
    expect(ok.number).toBe(1);
    const rows = await host.nextOfType('participant');
    expect(rows.dashboard.joined).toBe(1);
    host.close();
  });

  it('refuses an unknown PIN and malformed PINs', async () => {
    let pin = 100000;
    while (await t.server.storage.findLiveRoomByPin(String(pin))) pin++;
    const unknownPin = await api(t.url, '/api/join', { body: { v: 1, pin: String(pin), nickname: 'x' } });
    expect(unknownPin.status).toBe(404);
    expect(unknownPin.json.code).toBe('pin-unknown');
    const fiveDigits = await api(t.url, '/api/join', { body: { v: 1, pin: '12345', nickname: 'x' } });
    expect(fiveDigits.json.code).toBe('bad-message');
    expect(fiveDigits.json.message).toContain('pin');
  });

  it('follows the late-join policy after the start', async () => {
    const refuse = await createRoom(t.url, { lateJoin: 'refuse' });
    const allow = await createRoom(t.url, { lateJoin: 'allow' });
    for (const room of [refuse, allow]) {
      const host = await hostSocket(t, room);
      await joinRoom(t.url, room.pin, 'early');
      expect((await hostDo(host, room, { type: 'host:start' })).type).toBe('ack');
      host.close();
    }
    const late = await api(t.url, '/api/join', { body: { v: 1, pin: refuse.pin, nickname: 'late' } });
    expect(late.json.code).toBe('room-started');
    const lateOk = await joinRoom(t.url, allow.pin, 'late');
    expect(lateOk.number).toBe(2);
  });
});

// Sockets that hold server resources for nothing: one that never says hello is closed after a
// deadline, and one address may hold only so many sockets at once (the next upgrade gets HTTP 429
// before any WebSocket exists).
import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { CLOSE_NO_HELLO } from '../../src/server/hub.ts';
import { WorkshopClient, type ClientStatus, type WebSocketLike } from '../../src/workshop/client.ts';
import { api, createRoom, hostSocket, joinRoom, participantSocket, startTestServer, TestSocket, type TestServer } from './helpers.ts';

let t: TestServer | null = null;
afterEach(async () => { await t?.close(); t = null; });

const HELLO_WITHIN_MS = 300;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const openSockets = async (t: TestServer): Promise<number> => (await api(t.url, '/api/health')).json.sockets;
async function until(check: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await sleep(20);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Opens a raw socket and reports how the upgrade went: opened, or the HTTP answer refusing it. */
function tryUpgrade(wsUrl: string): Promise<{ ws: WebSocket } | { status: number; retryAfter: string | undefined; body: any }> {
  const ws = new WebSocket(wsUrl);
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve({ ws }));
    ws.once('unexpected-response', (_request, response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => { text += chunk.toString(); });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, retryAfter: response.headers['retry-after'], body: JSON.parse(text) }));
    });
    ws.once('error', (error) => { if (!/Unexpected server response/.test(error.message)) reject(error); });
  });
}

describe('the hello deadline', () => {
  it('closes a socket that says no valid hello in time, and never one that did', async () => {
    t = await startTestServer({ limits: { helloWithinMs: HELLO_WITHIN_MS } });
    const room = await createRoom(t.url);
    const joined = await joinRoom(t.url, room.pin, 'On time');

    const silent = await TestSocket.open(t.wsUrl);
    // Pings work before hello, but do not count as one; neither does a refused hello.
    const pinging = await TestSocket.open(t.wsUrl);
    expect((await pinging.request({ type: 'ping' })).type).toBe('pong');
    const refused = await TestSocket.open(t.wsUrl);
    expect(await refused.request({ type: 'hello', role: 'participant', token: 'x'.repeat(32) })).toMatchObject({ type: 'error', code: 'participant-token-refused' });
    const host = await hostSocket(t, room);
    const { socket: participant } = await participantSocket(t, joined.token);

    for (const s of [silent, pinging, refused]) {
      const closed = await s.waitClosed(5000);
      expect(closed.code).toBe(CLOSE_NO_HELLO);
      expect(closed.reason).toBe('no hello within 0.3 s');
    }
    // Well past the deadline, the sockets that said hello are open and answered.
    await sleep(HELLO_WITHIN_MS * 3);
    for (const s of [host, participant]) {
      expect(s.closed).toBeNull();
      expect((await s.request({ type: 'ping' })).type).toBe('pong');
    }
    host.close(); participant.close();
  });

  it('the game\'s client just reconnects when its page froze before saying hello', async () => {
    t = await startTestServer({ limits: { helloWithinMs: HELLO_WITHIN_MS } });
    const room = await createRoom(t.url);
    const joined = await joinRoom(t.url, room.pin, 'Sleepy');
    const host = await hostSocket(t, room);

    // A phone put the page in the background just as its first socket opened: the page sees that
    // socket's events (open, then the server's close) only once it wakes, after the deadline.
    const closeCodes: number[] = [];
    let made = 0;
    class FrozenFirstPage implements WebSocketLike {
      onopen: WebSocketLike['onopen'] = null;
      onmessage: WebSocketLike['onmessage'] = null;
      onclose: WebSocketLike['onclose'] = null;
      onerror: WebSocketLike['onerror'] = null;
      private readonly ws: WebSocket;
      constructor(url: string) {
        const frozen = made++ === 0;
        const held: (() => void)[] = [];
        let awake = !frozen;
        const deliver = (event: () => void) => { if (awake) event(); else held.push(event); };
        if (frozen) setTimeout(() => { awake = true; for (const event of held.splice(0)) event(); }, HELLO_WITHIN_MS * 3);
        this.ws = new WebSocket(url);
        this.ws.on('open', () => deliver(() => this.onopen?.({})));
        this.ws.on('message', (data) => deliver(() => this.onmessage?.({ data: data.toString() })));
        this.ws.on('close', (code, reason) => { closeCodes.push(code); deliver(() => this.onclose?.({ code, reason: reason.toString() })); });
        this.ws.on('error', (error) => deliver(() => this.onerror?.(error)));
      }
      get readyState() { return this.ws.readyState; }
      send(data: string) { this.ws.send(data); }
      close(code?: number, reason?: string) { this.ws.close(code, reason); }
    }

    const statuses: ClientStatus[] = [];
    const client = new WorkshopClient({
      url: t.wsUrl, hello: { type: 'hello', role: 'participant', token: joined.token }, WebSocket: FrozenFirstPage, minDelayMs: 50,
      onStatus: (status) => statuses.push(status),
    });
    try {
      const online = await host.next((m) => m.type === 'participant' && m.participant.connected, 5000);
      expect(online).toMatchObject({ participant: { id: joined.participantId } });
      expect(closeCodes[0]).toBe(CLOSE_NO_HELLO);
      expect(made).toBe(2);
      expect(statuses).toEqual(['connecting', 'reconnecting', 'reconnecting', 'open']);
      expect((await client.request({ type: 'ping' })).type).toBe('pong');
    } finally {
      client.close();
      host.close();
    }
  });
});

describe('sockets per address', () => {
  it('refuses the upgrade past the cap with 429 and Retry-After; closing a socket frees a place', async () => {
    const server = t = await startTestServer({ limits: { socketsPerIp: 3 } });
    const room = await createRoom(t.url);
    const host = await hostSocket(t, room);
    const others = [await TestSocket.open(t.wsUrl), await TestSocket.open(t.wsUrl)];

    const refused = await tryUpgrade(t.wsUrl);
    expect(refused).toMatchObject({ status: 429, body: { v: 1, type: 'error', code: 'rate-limited' } });
    expect(Number('retryAfter' in refused ? refused.retryAfter : 0)).toBeGreaterThan(0);
    // Only sockets are capped: the same address still uses the HTTP API, and the open sockets work.
    expect((await api(t.url, '/api/health')).status).toBe(200);
    expect((await host.request({ type: 'ping' })).type).toBe('pong');

    // The refused upgrade took no place.
    expect(await openSockets(t)).toBe(3);

    others[0]!.close();
    await others[0]!.waitClosed();
    // The server frees the place when its side of the TCP connection closes, a moment after ours.
    await until(async () => (await openSockets(server)) === 2, 'the server to see the socket close');
    const reopened = await tryUpgrade(t.wsUrl);
    expect('ws' in reopened).toBe(true);
    // The freed place is taken again: the cap holds.
    expect(await tryUpgrade(t.wsUrl)).toMatchObject({ status: 429 });
    expect(await openSockets(t)).toBe(3);

    if ('ws' in reopened) reopened.ws.close();
    others[1]!.close(); host.close();
  });
});

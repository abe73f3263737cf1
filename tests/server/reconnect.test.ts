import { createServer, Socket, type Server } from 'node:net';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkshopClient, type WebSocketConstructor } from '../../src/workshop/client.ts';
import type { ServerMessage } from '../../src/workshop/protocol.ts';
import { createRoom, hostDo, hostSocket, joinRoom, model, participantSocket, playScenario, startedRoomWithOne, startTestServer, type TestServer, TestSocket } from './helpers.ts';

let t: TestServer;
beforeAll(async () => { t = await startTestServer(); });
afterAll(async () => { await t.close(); });

/** A TCP relay in front of the server whose connections the test can cut, like a phone losing Wi-Fi. */
async function relay(targetPort: number): Promise<{ port: number; cut(): void; close(): Promise<void> }> {
  const pairs = new Set<[Socket, Socket]>();
  const server: Server = createServer((inbound) => {
    const outbound = new Socket();
    outbound.connect(targetPort, '127.0.0.1');
    const pair: [Socket, Socket] = [inbound, outbound];
    pairs.add(pair);
    inbound.pipe(outbound); outbound.pipe(inbound);
    const drop = () => { inbound.destroy(); outbound.destroy(); pairs.delete(pair); };
    inbound.on('error', drop); outbound.on('error', drop); inbound.on('close', drop); outbound.on('close', drop);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    port: (server.address() as { port: number }).port,
    cut() { for (const [a, b] of pairs) { a.destroy(); b.destroy(); } pairs.clear(); },
    close: () => new Promise((r) => { for (const [a, b] of pairs) { a.destroy(); b.destroy(); } server.close(() => r()); }),
  };
}

const until = async (check: () => boolean, what: string) => {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
};

describe('reconnecting', () => {
  it('a reconnect token brings a participant back to the same place, with their accepted progress', async () => {
    const { host, joined: a, participant: first, play } = await startedRoomWithOne(t, '小林');
    const steps = playScenario(model(play.scenario), play.seed, play.mode);
    const step = steps[3]!;
    expect((await first.socket.request({ type: 'progress', scenario: play.scenario, delivered: step.delivered, log: step.log })).type).toBe('ack');
    first.socket.close();
    await host.next((m) => m.type === 'participant' && !m.participant.connected);
    host.messages.length = 0;

    const back = await participantSocket(t, a.token);
    expect(back.welcome.you).toEqual({ participantId: a.participantId, nickname: '小林', number: 1 });
    expect(back.welcome.room.status).toBe('playing');
    expect(back.welcome.plays[0]).toMatchObject({ scenario: play.scenario, seed: play.seed, mode: play.mode, delivered: step.delivered, log: step.log });
    const row = await host.next((m) => m.type === 'participant' && m.participant.connected);
    expect(row.type === 'participant' && row.participant.messages).toBe(step.delivered);
    back.socket.close(); host.close();
  });

  it('a second socket of the same participant replaces the first', async () => {
    const room = await createRoom(t.url);
    const a = await joinRoom(t.url, room.pin, 'A');
    const first = await participantSocket(t, a.token);
    const second = await participantSocket(t, a.token);
    expect((await first.socket.nextOfType('replaced')).type).toBe('replaced');
    expect((await first.socket.waitClosed()).code).toBe(4002);
    expect((await second.socket.request({ type: 'ping' })).type).toBe('pong');
    second.socket.close();
  });

  it('an unknown token is refused', async () => {
    const socket = await TestSocket.open(t.wsUrl);
    expect(await socket.request({ type: 'hello', role: 'participant', token: 'not-a-real-token-1234' })).toMatchObject({ type: 'error', code: 'participant-token-refused' });
    socket.close();
  });

  it('the client library reconnects by itself after the connection drops and resends what was not answered', async () => {
    const room = await createRoom(t.url);
    const host = await hostSocket(t, room);
    const a = await joinRoom(t.url, room.pin, 'Wi-Fi');
    await hostDo(host, room, { type: 'host:start' });
    const proxy = await relay(t.server.port);
    const received: ServerMessage[] = [];
    const client = new WorkshopClient({
      url: `ws://127.0.0.1:${proxy.port}/ws`, hello: { type: 'hello', role: 'participant', token: a.token },
      WebSocket: WebSocket as unknown as WebSocketConstructor, onMessage: (m) => received.push(m), minDelayMs: 20, maxDelayMs: 100,
    });
    await until(() => received.some((m) => m.type === 'welcome'), 'the first welcome');
    const play = (received.find((m) => m.type === 'welcome') as Extract<ServerMessage, { type: 'welcome' }>).plays[0]!;
    const steps = playScenario(model(play.scenario), play.seed, play.mode);

    proxy.cut();
    await until(() => client.status === 'reconnecting', 'the drop to be noticed');
    // Sent while offline: queued, then sent after the next hello.
    const last = steps[steps.length - 1]!;
    const reply = client.request({ type: 'result', scenario: play.scenario, delivered: last.delivered, log: last.log });
    const ack = await reply;
    expect(ack.type).toBe('ack');
    expect(received.filter((m) => m.type === 'welcome')).toHaveLength(2);
    const stored = await t.server.storage.plays(room.roomId);
    expect(stored[0]).toMatchObject({ finished: true, delivered: last.delivered });
    client.close();
    await proxy.close();
    host.close();
  });

  it('the client library stops for good when the host removes the participant', async () => {
    const room = await createRoom(t.url);
    const host = await hostSocket(t, room);
    const a = await joinRoom(t.url, room.pin, 'gone');
    const statuses: string[] = [];
    const client = new WorkshopClient({
      url: t.wsUrl, hello: { type: 'hello', role: 'participant', token: a.token },
      WebSocket: WebSocket as unknown as WebSocketConstructor, onStatus: (s) => statuses.push(s), minDelayMs: 20,
    });
    await until(() => client.status === 'open', 'the connection');
    await hostDo(host, room, { type: 'host:remove', participantId: a.participantId });
    await until(() => client.status === 'refused', 'the removal');
    await new Promise((r) => setTimeout(r, 150));
    expect(statuses.filter((s) => s === 'reconnecting')).toHaveLength(0);
    await expect(client.request({ type: 'ping' })).rejects.toMatchObject({ code: 'closed' });
    host.close();
  });
});

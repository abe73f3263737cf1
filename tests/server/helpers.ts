// Shared pieces of the workshop server tests: a real server on a loopback port with a real SQLite
// file in a temp folder, raw `ws` sockets that collect what the server sends, and plays made by
// driving the real engine the way the game does.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SimulatedClock } from 'xstate';
import WebSocket from 'ws';
import { GameSession, type LoggedEvent, type Mode, type ScenarioModel } from '../../src/engine/index.ts';
import { startWorkshopServer, type WorkshopServer, type WorkshopServerOptions } from '../../src/server/server.ts';
import { loadBundledContent, type Content } from '../../src/server/content.ts';
import { afterEach, expect } from 'vitest';
import { createRoomResponse, joinResponse, serverMessage, type CreateRoomResponse, type JoinResponse, type ServerMessage } from '../../src/workshop/protocol.ts';

/** Every message a test socket receives is checked against the protocol's schema. */
const schemaViolations: string[] = [];
afterEach(() => {
  const found = schemaViolations.splice(0);
  expect(found, 'server messages that do not match the protocol schema').toEqual([]);
});

let sharedContent: Content | null = null;
export const content = (): Content => (sharedContent ??= loadBundledContent());
export const model = (id: string): ScenarioModel => content().models.get(id)!;

/** Tests that are not about rate limits should not run into them. */
const GENEROUS = {
  joinsPerIp: { burst: 10_000, perSecond: 1000 }, roomsPerIp: { burst: 10_000, perSecond: 1000 }, messagesPerSocket: { burst: 10_000, perSecond: 1000 },
};

export interface TestServer {
  server: WorkshopServer;
  url: string;
  wsUrl: string;
  dataDir: string;
  close(): Promise<void>;
}

export function tempDir(prefix = 'workshop-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export async function startTestServer(options: WorkshopServerOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? tempDir();
  const server = await startWorkshopServer({ port: 0, dataDir, content: content(), log: () => undefined, ...options, limits: { ...GENEROUS, ...options.limits } });
  return {
    server, url: server.url, wsUrl: `${server.url.replace('http', 'ws')}/ws`, dataDir,
    async close() {
      await server.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function api(url: string, path: string, init: { method?: string; body?: unknown; raw?: string; token?: string } = {}) {
  const headers: Record<string, string> = {};
  if (init.body !== undefined || init.raw !== undefined) headers['content-type'] = 'application/json';
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  const response = await fetch(`${url}${path}`, {
    method: init.method ?? (init.body !== undefined || init.raw !== undefined ? 'POST' : 'GET'), headers,
    ...(init.raw !== undefined ? { body: init.raw } : init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  const text = await response.text();
  let json: any = null;
  try { json = JSON.parse(text); } catch { /* not JSON */ }
  return { status: response.status, headers: response.headers, text, json };
}

export async function createRoom(url: string, body: Record<string, unknown> = {}): Promise<CreateRoomResponse> {
  const r = await api(url, '/api/rooms', { body: { v: 1, scenarios: ['warm-uncle'], mode: 'challenge', ...body } });
  if (r.status !== 201) throw new Error(`create room: ${r.status} ${r.text}`);
  return createRoomResponse.parse(r.json);
}

export async function joinRoom(url: string, pin: string, nickname?: string): Promise<JoinResponse> {
  const r = await api(url, '/api/join', { body: { v: 1, pin, ...(nickname !== undefined ? { nickname } : {}) } });
  if (r.status !== 201) throw new Error(`join: ${r.status} ${r.text}`);
  return joinResponse.parse(r.json);
}

/** A raw WebSocket that keeps everything the server sends, to wait for and inspect. */
export class TestSocket {
  readonly messages: ServerMessage[] = [];
  closed: { code: number; reason: string } | null = null;
  private waiters: (() => void)[] = [];
  private seen = 0;
  private nextId = 1;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const message = JSON.parse(data.toString());
      const checked = serverMessage.safeParse(message);
      if (!checked.success) schemaViolations.push(`${message.type}: ${checked.error.message}`);
      this.messages.push(message);
      this.wake();
    });
    ws.on('close', (code, reason) => { this.closed = { code, reason: reason.toString() }; this.wake(); });
  }

  static open(wsUrl: string): Promise<TestSocket> {
    const ws = new WebSocket(wsUrl);
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(new TestSocket(ws)));
      ws.once('error', reject);
    });
  }

  private wake() {
    for (const w of this.waiters.splice(0)) w();
  }

  sendRaw(data: string) {
    this.ws.send(data);
  }

  /** Sends a message with a fresh id and resolves with the reply to it. */
  async request(message: Record<string, unknown>): Promise<ServerMessage> {
    const id = `t${this.nextId++}`;
    this.ws.send(JSON.stringify({ v: 1, ...message, id }));
    return this.next((m) => m.replyTo === id);
  }

  /** The first message (after those already taken) that matches; waits up to 5 s for it. */
  async next(match: (m: ServerMessage) => boolean = () => true, timeoutMs = 5000): Promise<ServerMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.messages.findIndex((m, i) => i >= this.seen && match(m));
      if (index >= 0) {
        const found = this.messages[index]!;
        this.messages.splice(index, 1);
        return found;
      }
      if (this.closed) throw new Error(`socket closed (${this.closed.code}) while waiting`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching message within ${timeoutMs} ms; got ${JSON.stringify(this.messages.map((m) => m.type))}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => { clearTimeout(timer); resolve(); });
      });
    }
  }

  nextOfType<T extends ServerMessage['type']>(type: T, timeoutMs?: number): Promise<Extract<ServerMessage, { type: T }>> {
    return this.next((m) => m.type === type, timeoutMs) as Promise<Extract<ServerMessage, { type: T }>>;
  }

  waitClosed(timeoutMs = 5000): Promise<{ code: number; reason: string }> {
    return new Promise((resolve, reject) => {
      if (this.closed) return resolve(this.closed);
      const timer = setTimeout(() => reject(new Error('socket did not close')), timeoutMs);
      this.ws.once('close', (code, reason) => { clearTimeout(timer); resolve({ code, reason: reason.toString() }); });
    });
  }

  close() {
    this.ws.close();
  }
}

export async function hostSocket(t: TestServer, room: CreateRoomResponse): Promise<TestSocket> {
  const socket = await TestSocket.open(t.wsUrl);
  const welcome = await socket.request({ type: 'hello', role: 'host', roomId: room.roomId, hostToken: room.hostToken });
  if (welcome.type !== 'host-welcome') throw new Error(`host hello: ${JSON.stringify(welcome)}`);
  return socket;
}

export async function participantSocket(t: TestServer, token: string): Promise<{ socket: TestSocket; welcome: Extract<ServerMessage, { type: 'welcome' }> }> {
  const socket = await TestSocket.open(t.wsUrl);
  const welcome = await socket.request({ type: 'hello', role: 'participant', token });
  if (welcome.type !== 'welcome') throw new Error(`participant hello: ${JSON.stringify(welcome)}`);
  return { socket, welcome };
}

export async function hostDo(socket: TestSocket, room: CreateRoomResponse, message: Record<string, unknown>) {
  return socket.request({ hostToken: room.hostToken, ...message });
}

export interface PlayStep {
  delivered: number;
  log: LoggedEvent[];
  ended: boolean;
}

/**
 * Plays a scenario as the game would, with the real engine and instant pacing: pays whoever asks
 * if `pay`, flags every red flag of every message right when it shows if `spotAll` (a perfect
 * spotter), and takes the first reply on offer it has not taken before. Returns what the game
 * would report after each step; the last step is the finished play.
 */
export function playScenario(m: ScenarioModel, seed: string, mode: Mode, options: { pay?: boolean; spotAll?: boolean } = {}): PlayStep[] {
  const clock = new SimulatedClock();
  const session = GameSession.start(m, { seed, mode, pacing: 'instant', clock });
  const steps: PlayStep[] = [];
  const tried = new Set<string>();
  const flagged = new Set<string>();
  const record = () => {
    steps.push({ delivered: session.deliveredCount, log: structuredClone(session.save().state.log), ended: session.getSnapshot().status === 'ended' });
  };
  for (let step = 0; step < 300; step++) {
    clock.increment(1000);
    const snap = session.getSnapshot();
    if (options.spotAll) {
      for (const entry of snap.entries) {
        if (!entry.message || entry.recalled) continue;
        for (const flag of m.messages.get(entry.message)?.flags ?? []) {
          if (flagged.has(`${entry.message}:${flag}`)) continue;
          flagged.add(`${entry.message}:${flag}`);
          session.send({ type: 'flag', message: entry.message, flag });
        }
      }
    }
    if (snap.status === 'ended') break;
    const payee = snap.transferTo[0];
    if (options.pay && payee && session.send({ type: 'transfer', contact: payee.contact, amount: Math.min(payee.amount ?? 100, snap.balance) }).ok) {
      record();
      continue;
    }
    const choices = snap.choices.map((c) => c.id);
    if (choices.length) {
      // A reply not tried before, so the play moves on instead of going round a loop.
      const choice = choices.find((c) => !tried.has(c)) ?? choices[0]!;
      tried.add(choice);
      session.send({ type: 'choose', choice });
      record();
    }
  }
  clock.increment(1000);
  record();
  session.dispose();
  return steps;
}

/** The usual start of a test: a room, its host connected, one participant joined and connected, the session started. */
export async function startedRoomWithOne(t: TestServer, nickname: string) {
  const room = await createRoom(t.url);
  const host = await hostSocket(t, room);
  const joined = await joinRoom(t.url, room.pin, nickname);
  const participant = await participantSocket(t, joined.token);
  await hostDo(host, room, { type: 'host:start' });
  const play = (await participant.socket.nextOfType('welcome')).plays[0]!;
  return { room, host, joined, participant, play };
}

// The realtime half: WebSockets at /ws. Every message is parsed, rate-limited and checked against
// its schema before anything happens; a bad one gets an error reply and changes nothing. Messages
// from one socket are handled one after another, in order. A socket must say hello soon after it
// opens, and one address may hold only so many sockets at once.
import type { IncomingMessage } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { clientMessage, PROTOCOL_VERSION, type ClientMessage, type ServerMessage } from '../workshop/protocol.ts';
import type { ServerContext } from './context.ts';
import { WorkshopError } from './errors.ts';
import { AddressSlots } from './address-slots.ts';
import { CLOSE_NO_HELLO, type Connection } from './hub.ts';
import { clientIp } from './http-util.ts';
import { disconnected, helloParticipant } from './participants.ts';
import { report } from './plays.ts';
import { answerQuiz } from './quiz-answers.ts';
import { TokenBucket } from './rate-limit.ts';
import { helloHost, hostAction } from './rooms.ts';
import type { ServerLimits } from './server.ts';
import { describeIssues } from './validation.ts';

export const MAX_MESSAGE_BYTES = 1024 * 1024;
const HEARTBEAT_MS = 30_000;
/** Seconds a client refused for holding too many sockets is told to wait. */
const SOCKETS_RETRY_AFTER_S = 10;

class SocketConnection implements Connection {
  bound: Connection['bound'] = null;
  alive = true;
  /** Closes the socket if no hello succeeds in time; cleared by the first that does. */
  helloDeadline: ReturnType<typeof setTimeout> | null = null;
  /** The previous message's handling: the next one waits for it. */
  chain: Promise<void> = Promise.resolve();
  constructor(readonly ws: WebSocket, readonly bucket: TokenBucket) {}

  send(message: ServerMessage) {
    if (this.ws.readyState === this.ws.OPEN) this.ws.send(JSON.stringify(message));
  }

  close(code: number, reason: string) {
    this.ws.close(code, reason);
  }
}

export interface Realtime {
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** WebSockets open (or opening) from every address together. */
  readonly sockets: number;
  close(): void;
}

type RealtimeLimits = Pick<ServerLimits, 'messagesPerSocket' | 'helloWithinMs' | 'socketsPerIp'>;

/** Refuses a WebSocket upgrade with a plain HTTP answer, before any WebSocket exists. */
function refuseUpgrade(socket: Duplex, status: string, code: string, message: string, headers: Record<string, string>) {
  const body = JSON.stringify({ v: PROTOCOL_VERSION, type: 'error', code, message });
  const head = Object.entries({ ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(body)), connection: 'close' })
    .map(([name, value]) => `${name}: ${value}\r\n`).join('');
  socket.on('error', () => socket.destroy());
  socket.once('finish', () => socket.destroy());
  socket.end(`HTTP/1.1 ${status}\r\n${head}\r\n${body}`);
}

export function createRealtime(ctx: ServerContext, limits: RealtimeLimits, log: (line: string) => void): Realtime {
  const slots = new AddressSlots(limits.socketsPerIp);
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES, perMessageDeflate: false });

  const fail = (conn: Connection, error: unknown, replyTo?: string) => {
    if (error instanceof WorkshopError) {
      conn.send({ v: PROTOCOL_VERSION, type: 'error', code: error.code, message: error.message, ...(replyTo ? { replyTo } : {}) });
      return;
    }
    log(`error: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    conn.send({ v: PROTOCOL_VERSION, type: 'error', code: 'server-error', message: 'the server could not handle this message', ...(replyTo ? { replyTo } : {}) });
  };

  const handle = async (conn: SocketConnection, message: ClientMessage, receivedAt: number) => {
    const ack = (extra: Omit<Extract<ServerMessage, { type: 'ack' }>, 'v' | 'type' | 'replyTo'> = {}) =>
      conn.send({ v: PROTOCOL_VERSION, type: 'ack', ...(message.id ? { replyTo: message.id } : {}), ...extra });
    switch (message.type) {
      case 'ping':
        conn.send({ v: PROTOCOL_VERSION, type: 'pong', ...(message.id ? { replyTo: message.id } : {}), serverTime: ctx.now() });
        return;
      case 'hello':
        if (conn.bound) throw new WorkshopError('bad-message', 'this socket has already said hello');
        if (message.role === 'host') await helloHost(ctx, conn, message);
        else await helloParticipant(ctx, conn, message);
        if (conn.helloDeadline) clearTimeout(conn.helloDeadline);
        conn.helloDeadline = null;
        return;
      case 'progress':
      case 'result':
      case 'quiz-answers': {
        const bound = conn.bound;
        if (bound?.role !== 'participant') throw new WorkshopError('not-authenticated', 'say hello as a participant first');
        const reply = await ctx.queues.run(bound.roomId, async () => {
          // After the end nothing more is taken, and the ended room is not loaded back to say so.
          const live = await ctx.rooms.live(bound.roomId);
          if (!live) throw new WorkshopError('room-ended', 'the host has ended this room');
          const participant = live.participants.get(bound.participantId);
          if (!participant || participant.removed) throw new WorkshopError('removed', 'you are no longer in this room');
          if (message.type === 'quiz-answers') return { quiz: await answerQuiz(ctx, live, participant, message), durable: Promise.resolve() };
          const accepted = report(ctx, live, participant, message);
          // The dashboard update has just been sent.
          ctx.stats.recordReport(performance.now() - receivedAt);
          return { play: accepted.summary, durable: accepted.durable };
        });
        // Acknowledged only once it is on disk; the room's other participants need not wait for that.
        await reply.durable;
        ack(reply.quiz ? { quiz: reply.quiz } : { play: reply.play! });
        return;
      }
      default: {
        const bound = conn.bound;
        if (bound?.role !== 'host') throw new WorkshopError('not-authenticated', 'say hello as the host first');
        await ctx.queues.run(bound.roomId, () => hostAction(ctx, conn, message));
        ack();
      }
    }
  };

  const receive = async (conn: SocketConnection, data: string, receivedAt: number) => {
    let raw: unknown;
    try {
      raw = JSON.parse(data);
    } catch {
      fail(conn, new WorkshopError('bad-json', 'the message is not JSON'));
      return;
    }
    const replyTo = typeof (raw as { id?: unknown })?.id === 'string' ? ((raw as { id: string }).id).slice(0, 40) : undefined;
    if (!conn.bucket.take()) {
      fail(conn, new WorkshopError('rate-limited', `too many messages; wait ${conn.bucket.retryAfter()} s`), replyTo);
      return;
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      fail(conn, new WorkshopError('bad-message', 'a message is a JSON object'), replyTo);
      return;
    }
    if ((raw as { v?: unknown }).v !== PROTOCOL_VERSION) {
      fail(conn, new WorkshopError('unsupported-version', `"v" must be ${PROTOCOL_VERSION}`), replyTo);
      return;
    }
    const parsed = clientMessage.safeParse(raw);
    if (!parsed.success) {
      fail(conn, new WorkshopError('bad-message', describeIssues(parsed.error.issues)), replyTo);
      return;
    }
    // The room is in use (noted before handling, so an idle-room sweep waiting in the room's queue
    // sees it); keep-alive pings do not count: a tab left open pings all night.
    if (conn.bound && parsed.data.type !== 'ping') ctx.rooms.touch(conn.bound.roomId, ctx.now());
    try {
      await handle(conn, parsed.data, receivedAt);
    } catch (error) {
      fail(conn, error, replyTo);
    }
    if (parsed.data.type === 'hello' && conn.bound) ctx.rooms.touch(conn.bound.roomId, ctx.now());
  };

  const open = new Map<WebSocket, SocketConnection>();
  wss.on('connection', (ws: WebSocket) => {
    const conn = new SocketConnection(ws, new TokenBucket(limits.messagesPerSocket, ctx.now));
    open.set(ws, conn);
    // A socket that never says hello would hold its place for nothing.
    conn.helloDeadline = setTimeout(() => {
      conn.helloDeadline = null;
      if (!conn.bound) ws.close(CLOSE_NO_HELLO, `no hello within ${limits.helloWithinMs / 1000} s`);
    }, limits.helloWithinMs);
    conn.helloDeadline.unref();
    ws.on('pong', () => { conn.alive = true; });
    ws.on('message', (data, isBinary) => {
      const receivedAt = performance.now();
      const text = isBinary ? null : data.toString();
      conn.chain = conn.chain.then(() => (text === null ? fail(conn, new WorkshopError('bad-json', 'binary messages are not used')) : receive(conn, text, receivedAt)));
    });
    ws.on('close', () => {
      open.delete(ws);
      if (conn.helloDeadline) clearTimeout(conn.helloDeadline);
      // A room's idle time counts from its last host page leaving too.
      if (conn.bound?.role === 'host') ctx.rooms.touch(conn.bound.roomId, ctx.now());
      conn.chain = conn.chain.then(() => disconnected(ctx, conn)).catch((error) => log(`error on close: ${String(error)}`));
    });
    ws.on('error', () => undefined);
  });

  // Sockets that stop answering pings (a phone that went to sleep) are closed, so the host sees them leave.
  const heartbeat = setInterval(() => {
    for (const [ws, conn] of open) {
      if (!conn.alive) { ws.terminate(); continue; }
      conn.alive = false;
      ws.ping();
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();

  return {
    handleUpgrade(request, socket, head) {
      const address = clientIp(request);
      if (!slots.take(address)) {
        refuseUpgrade(socket, '429 Too Many Requests', 'rate-limited', `too many connections from this address (at most ${limits.socketsPerIp}); wait ${SOCKETS_RETRY_AFTER_S} s`, {
          'retry-after': String(SOCKETS_RETRY_AFTER_S),
        });
        return;
      }
      // The TCP socket closing frees the place, whether the handshake succeeded or not.
      socket.once('close', () => slots.release(address));
      wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
    },
    get sockets() {
      return slots.total;
    },
    close() {
      clearInterval(heartbeat);
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}

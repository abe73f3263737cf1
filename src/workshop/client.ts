// A small client for the workshop server, for the browser (the game, the host page) and for Node
// (tests, the load benchmark: pass the `ws` package's WebSocket). It says hello with its
// credentials on every connection, reconnects by itself with growing pauses, and resends every
// request that has not been answered yet (the server answers a repeated report the same way), so
// a dropped connection loses nothing. It imports only types from protocol.ts: no zod in the game.
import type {
  ClientMessage, CreateRoomRequest, CreateRoomResponse, ErrorCode, JoinRequest, JoinResponse, PROTOCOL_VERSION, ServerMessage,
} from './protocol.ts';

const V: typeof PROTOCOL_VERSION = 1;

/** The part of the WebSocket API used here; the browser's WebSocket and the `ws` package both fit. */
export interface WebSocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number; reason: string }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}
export type WebSocketConstructor = new (url: string) => WebSocketLike;

export class WorkshopClientError extends Error {
  constructor(readonly code: ErrorCode | 'timeout' | 'closed' | 'http', message: string, readonly status?: number) {
    super(message);
    this.name = 'WorkshopClientError';
  }
}

type Hello = Extract<ClientMessage, { type: 'hello' }>;
type Body<M> = M extends unknown ? Omit<M, 'v' | 'id'> : never;
export type ClientRequest = Body<Exclude<ClientMessage, Hello>>;
export type ClientStatus = 'connecting' | 'open' | 'reconnecting' | 'refused' | 'closed';

export interface WorkshopClientOptions {
  /** ws://host:port/ws (see wsUrlOf). */
  url: string;
  /** The credentials said on every connection. */
  hello: Body<Hello>;
  WebSocket?: WebSocketConstructor;
  onMessage?: (message: ServerMessage) => void;
  onStatus?: (status: ClientStatus, error?: WorkshopClientError) => void;
  /** Pause before the first reconnect, doubling up to `maxDelayMs`. */
  minDelayMs?: number;
  maxDelayMs?: number;
  /** An app-level ping this often; a connection with no answer is dropped and made again. */
  keepAliveMs?: number;
}

interface Pending {
  message: ClientMessage;
  resolve: (reply: ServerMessage) => void;
  reject: (error: WorkshopClientError) => void;
  sent: boolean;
}

/** Hello answers that mean "do not try again". */
const FATAL: readonly string[] = ['removed', 'participant-token-refused', 'host-token-refused', 'unsupported-version'];
const CLOSE_REMOVED = 4001;
const CLOSE_REPLACED = 4002;
// Any other close reconnects, including 4003 (the server heard no hello in time, e.g. the page was
// frozen just after the socket opened) and a refused upgrade (too many sockets from one address).

export class WorkshopClient {
  private socket: WebSocketLike | null = null;
  private ready = false;
  private stopped = false;
  private attempts = 0;
  private nextId = 1;
  private pending = new Map<string, Pending>();
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private keepAlive: ReturnType<typeof setInterval> | null = null;
  private lastHeard = 0;
  private readonly WebSocketImpl: WebSocketConstructor;
  status: ClientStatus = 'connecting';

  constructor(private readonly options: WorkshopClientOptions) {
    const impl = options.WebSocket ?? (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
    if (!impl) throw new Error('no WebSocket implementation: pass the ws package as options.WebSocket');
    this.WebSocketImpl = impl;
    this.open();
  }

  /** Sends a message and resolves with the server's reply (rejects on an error reply). Waits for a connection if there is none. */
  request(body: ClientRequest): Promise<ServerMessage> {
    if (this.stopped) return Promise.reject(new WorkshopClientError('closed', 'the client is closed'));
    const id = `r${this.nextId++}`;
    const message = { ...body, v: V, id } as ClientMessage;
    return new Promise((resolve, reject) => {
      const pending: Pending = { message, resolve, reject, sent: false };
      this.pending.set(id, pending);
      if (this.ready) this.transmit(pending);
    });
  }

  /** How many requests wait for an answer. */
  get unanswered(): number {
    return this.pending.size;
  }

  close() {
    this.stopped = true;
    this.clearTimers();
    this.socket?.close(1000, 'bye');
    this.setStatus('closed');
    for (const p of this.pending.values()) p.reject(new WorkshopClientError('closed', 'the client was closed'));
    this.pending.clear();
  }

  private setStatus(status: ClientStatus, error?: WorkshopClientError) {
    this.status = status;
    this.options.onStatus?.(status, error);
  }

  private clearTimers() {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.keepAlive) clearInterval(this.keepAlive);
    this.retryTimer = this.keepAlive = null;
  }

  private transmit(p: Pending) {
    p.sent = true;
    this.socket?.send(JSON.stringify(p.message));
  }

  private open() {
    if (this.stopped) return;
    this.setStatus(this.attempts === 0 ? 'connecting' : 'reconnecting');
    const socket = new this.WebSocketImpl(this.options.url);
    this.socket = socket;
    const helloId = `h${this.nextId++}`;
    socket.onopen = () => {
      this.lastHeard = Date.now();
      socket.send(JSON.stringify({ ...this.options.hello, v: V, id: helloId }));
      const every = this.options.keepAliveMs ?? 20_000;
      this.keepAlive = setInterval(() => {
        if (Date.now() - this.lastHeard > every * 2) { socket.close(4000, 'no answer'); return; }
        if (this.ready) socket.send(JSON.stringify({ v: V, type: 'ping' }));
      }, every);
    };
    socket.onmessage = (event) => {
      this.lastHeard = Date.now();
      let message: ServerMessage;
      try {
        message = JSON.parse(String(event.data)) as ServerMessage;
      } catch {
        return;
      }
      if (message.replyTo === helloId) {
        if (message.type === 'error') {
          const error = new WorkshopClientError(message.code, message.message);
          if (FATAL.includes(message.code)) this.stop(error);
          else socket.close(4000, 'hello failed');
          return;
        } else {
          this.ready = true;
          this.attempts = 0;
          this.setStatus('open');
          this.options.onMessage?.(message);
          for (const p of this.pending.values()) this.transmit(p);
          return;
        }
      }
      this.options.onMessage?.(message);
      if (message.type === 'removed') { this.stop(new WorkshopClientError('removed', 'the host removed you from this room')); return; }
      const pending = message.replyTo ? this.pending.get(message.replyTo) : undefined;
      if (!pending) return;
      if (message.type === 'error' && message.code === 'rate-limited') {
        // Sent again after a pause rather than lost.
        pending.sent = false;
        setTimeout(() => { if (this.ready && this.pending.has(message.replyTo!)) this.transmit(pending); }, 1000);
        return;
      }
      this.pending.delete(message.replyTo!);
      if (message.type === 'error') pending.reject(new WorkshopClientError(message.code, message.message));
      else pending.resolve(message);
    };
    socket.onerror = () => undefined;
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.ready = false;
      this.clearTimers();
      for (const p of this.pending.values()) p.sent = false;
      if (this.stopped) return;
      if (event.code === CLOSE_REMOVED) return this.stop(new WorkshopClientError('removed', 'the host removed you from this room'));
      if (event.code === CLOSE_REPLACED) return this.stop(new WorkshopClientError('closed', 'this game was opened somewhere else'));
      const min = this.options.minDelayMs ?? 500;
      const delay = Math.min(this.options.maxDelayMs ?? 10_000, min * 2 ** this.attempts) * (0.75 + Math.random() * 0.5);
      this.attempts++;
      this.setStatus('reconnecting');
      this.retryTimer = setTimeout(() => this.open(), delay);
    };
  }

  private stop(error: WorkshopClientError) {
    this.stopped = true;
    this.clearTimers();
    this.socket?.close(1000, 'stopped');
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
    this.setStatus('refused', error);
  }
}

/** ws://… or wss://… /ws for a server's http(s) address. */
export const wsUrlOf = (baseUrl: string) => `${baseUrl.replace(/^http/, 'ws').replace(/\/+$/, '')}/ws`;

async function post<T>(url: string, body: unknown): Promise<T> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const data = await response.json().catch(() => null) as { type?: string; code?: ErrorCode; message?: string } | null;
  if (!response.ok) throw new WorkshopClientError(data?.code ?? 'http', data?.message ?? `HTTP ${response.status}`, response.status);
  return data as T;
}

export function createRoom(baseUrl: string, body: Omit<CreateRoomRequest, 'v'>): Promise<CreateRoomResponse> {
  return post(`${baseUrl}/api/rooms`, { ...body, v: V });
}

export function joinRoom(baseUrl: string, body: Omit<JoinRequest, 'v'>): Promise<JoinResponse> {
  return post(`${baseUrl}/api/join`, { ...body, v: V });
}

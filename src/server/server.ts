// One Node process for a workshop: serves the built game and the host page, the HTTP API and the
// realtime API at /ws, with everything kept in a SQLite file under the data folder.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { ROOT } from '../../scripts/lib/content-files.ts';
import { loadBundledContent, type Content } from './content.ts';
import type { ServerContext } from './context.ts';
import { WorkshopError } from './errors.ts';
import { Hub } from './hub.ts';
import { handleApi } from './http-api.ts';
import { DEFAULT_IDLE_ROOM_MS, IdleRooms } from './idle-rooms.ts';
import { sendError } from './http-util.ts';
import { publicOrigin, type PublicOrigin } from './join-link.ts';
import { RoomRegistry } from './live-room.ts';
import { bundledQuizBank, type QuizBank } from './quiz.ts';
import { KeyedRateLimiter, type RateLimit } from './rate-limit.ts';
import { createRealtime } from './realtime.ts';
import { SerialQueues } from './serial.ts';
import { StaticFiles } from './static-files.ts';
import { findFontStylesheet } from './report/font-link.ts';
import { ServerStats } from './stats.ts';
import { SqliteStorage } from './storage/sqlite.ts';
import type { Storage } from './storage/storage.ts';

export interface ServerLimits {
  /** Joins per IP address. A classroom behind one NAT address joins through one bucket, so it is generous. */
  joinsPerIp: RateLimit;
  roomsPerIp: RateLimit;
  /** Realtime messages per socket. A game reports a few times a minute. */
  messagesPerSocket: RateLimit;
  /** WebSockets one address may hold at once. A whole class (or several) can come through one school NAT address. */
  socketsPerIp: number;
  /** A socket that has not said a valid hello this long after opening is closed (CLOSE_NO_HELLO). */
  helloWithinMs: number;
}

export const DEFAULT_LIMITS: ServerLimits = {
  joinsPerIp: { burst: 60, perSecond: 2 },
  roomsPerIp: { burst: 10, perSecond: 0.2 },
  messagesPerSocket: { burst: 30, perSecond: 5 },
  socketsPerIp: 1000,
  helloWithinMs: 20_000,
};

export interface WorkshopServerOptions {
  port?: number;
  /** 127.0.0.1 by default (this computer only); 0.0.0.0 opens the server to the LAN. */
  host?: string;
  dataDir?: string;
  /** The built game (default dist/). */
  staticDir?: string;
  /** The address phones should use, if the server cannot work it out (e.g. behind a proxy). */
  publicUrl?: string;
  durability?: 'full' | 'normal';
  limits?: Partial<ServerLimits>;
  /** A room not ended is ended after this long unused with no host page open (default 24 h; 0 never). */
  endIdleRoomsAfterMs?: number;
  /** The clock (tests move it to make rooms idle). */
  now?: () => number;
  content?: Content;
  /** The quiz item bank (default: assets/quiz.yaml); null runs rooms without a quiz. */
  quiz?: QuizBank | null;
  storage?: Storage;
  log?: (line: string) => void;
}

export interface WorkshopServer {
  /** http://host:port as this machine reaches it. */
  url: string;
  port: number;
  origin: PublicOrigin;
  storage: Storage;
  /** Ends the idle rooms now (the server also does it every few minutes); resolves with their ids. */
  endIdleRooms(): Promise<string[]>;
  close(): Promise<void>;
}

const JOIN_PAGE = /^\/j\/(\d{6})\/?$/;

export async function startWorkshopServer(options: WorkshopServerOptions = {}): Promise<WorkshopServer> {
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? ((line: string) => console.log(`[${new Date().toISOString()}] ${line}`));
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const dataDir = resolve(options.dataDir ?? 'data');
  const storage = options.storage ?? new SqliteStorage(join(dataDir, 'workshop.sqlite'), { durability: options.durability ?? 'full' });
  const files = new StaticFiles(options.staticDir ?? join(ROOT, 'dist'));
  let fontStylesheet: string | null | undefined;
  let origin: PublicOrigin = { origin: '', localOnly: true };

  const content = options.content ?? loadBundledContent();
  const ctx: ServerContext = {
    storage, rooms: new RoomRegistry(storage), hub: new Hub(), content,
    quiz: options.quiz === undefined ? bundledQuizBank(content.catalogue) : options.quiz, queues: new SerialQueues(),
    origin: () => origin, now: options.now ?? Date.now,
    fontStylesheet: () => (fontStylesheet ??= findFontStylesheet(files.root)),
    stats: new ServerStats(), sockets: () => realtime.sockets,
  };
  const api = { joins: new KeyedRateLimiter(limits.joinsPerIp), rooms: new KeyedRateLimiter(limits.roomsPerIp) };
  const realtime = createRealtime(ctx, limits, log);
  const idleRooms = new IdleRooms(ctx, options.endIdleRoomsAfterMs ?? DEFAULT_IDLE_ROOM_MS, log);

  const route = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/api/')) return handleApi(ctx, api, request, response, url);
    if (request.method !== 'GET' && request.method !== 'HEAD') throw new WorkshopError('not-found', 'only GET and HEAD outside /api/');
    if (url.pathname === '/host' || url.pathname === '/host/') return files.serveFile(request, response, 'host.html');
    // The join link serves the game; <base> keeps its relative asset paths pointing at the root.
    if (JOIN_PAGE.test(url.pathname)) return files.serveFile(request, response, 'index.html', (html) => html.replace(/<head>/i, '<head><base href="/">'));
    // A page served at /j/<PIN> by a service worker asks for /j/assets/…: the same files.
    if (url.pathname.startsWith('/j/')) return files.serve(request, response, url.pathname.slice(2));
    return files.serve(request, response, url.pathname);
  };

  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      if (response.headersSent) { response.destroy(); return; }
      if (error instanceof WorkshopError) {
        const retry = (error as WorkshopError & { retryAfter?: number }).retryAfter;
        return sendError(response, error, retry ? { 'retry-after': String(retry) } : {});
      }
      log(`error: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      sendError(response, new WorkshopError('server-error', 'the server could not handle this request'));
    });
  });
  server.on('upgrade', (request, socket, head) => {
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== '/ws') { socket.destroy(); return; }
    realtime.handleUpgrade(request, socket, head);
  });

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, host, () => { server.off('error', reject); resolvePromise(); });
  });
  const port = (server.address() as AddressInfo).port;
  origin = publicOrigin({ host, port, ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}) });
  idleRooms.start();
  const localHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${localHost}:${port}`, port, origin, storage,
    endIdleRooms: () => idleRooms.sweep(),
    async close() {
      ctx.stats.stop();
      await idleRooms.stop();
      realtime.close();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await storage.close();
    },
  };
}

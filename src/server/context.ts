// What every part of the server shares: storage, rooms in memory, sockets, content and settings.
import type { Content } from './content.ts';
import type { Hub } from './hub.ts';
import type { RoomRegistry } from './live-room.ts';
import type { QuizBank } from './quiz.ts';
import type { SerialQueues } from './serial.ts';
import type { Storage } from './storage/storage.ts';
import type { PublicOrigin } from './join-link.ts';
import type { ServerStats } from './stats.ts';

export interface ServerContext {
  storage: Storage;
  rooms: RoomRegistry;
  hub: Hub;
  content: Content;
  quiz: QuizBank | null;
  /** Everything that changes a room runs in that room's queue. */
  queues: SerialQueues;
  /** Where phones reach this server (known once it listens). */
  origin: () => PublicOrigin;
  /** The built game's font stylesheet, relative to the site root (the printable report links it). */
  fontStylesheet: () => string | null;
  now: () => number;
  stats: ServerStats;
  /** WebSockets open now (GET /api/health). */
  sockets: () => number;
}

// Storage in one SQLite file (better-sqlite3, WAL). Writes go to a writer thread
// (sqlite-writer.mjs) that commits what arrives together in one transaction, so disk flushes and
// checkpoints never stall the event loop; a write's promise resolves once it is committed, so
// anything the server acknowledges survives the process being killed, and with `synchronous =
// FULL` (the default) a power cut too. Reads use a connection of their own on this thread: WAL
// lets them see every committed write without waiting for the writer.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import { PinTakenError, type OpenRoom, type ParticipantRecord, type PlayProgress, type PlayRecord, type QuizRecord, type RoomPatch, type RoomRecord, type Storage } from './storage.ts';

const SCHEMA_VERSION = 1;

const SCHEMA = `
CREATE TABLE rooms (
  id TEXT PRIMARY KEY,
  pin TEXT NOT NULL,
  host_token_hash TEXT NOT NULL,
  status TEXT NOT NULL,
  paused INTEGER NOT NULL,
  locked INTEGER NOT NULL,
  mode TEXT NOT NULL,
  late_join TEXT NOT NULL,
  scenarios TEXT NOT NULL,
  quiz TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  ended_at INTEGER
);
CREATE UNIQUE INDEX rooms_live_pin ON rooms(pin) WHERE status <> 'ended';

CREATE TABLE participants (
  id TEXT PRIMARY KEY,
  room_id TEXT NOT NULL REFERENCES rooms(id),
  number INTEGER NOT NULL,
  nickname TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  joined_at INTEGER NOT NULL,
  removed INTEGER NOT NULL DEFAULT 0,
  quiz_seed TEXT NOT NULL,
  UNIQUE (room_id, number)
);
CREATE UNIQUE INDEX participants_live_nickname ON participants(room_id, nickname) WHERE removed = 0;

CREATE TABLE plays (
  participant_id TEXT NOT NULL REFERENCES participants(id),
  room_id TEXT NOT NULL REFERENCES rooms(id),
  scenario TEXT NOT NULL,
  position INTEGER NOT NULL,
  seed TEXT NOT NULL,
  delivered INTEGER NOT NULL,
  log TEXT NOT NULL,
  summary TEXT,
  finished INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (participant_id, scenario)
);
CREATE INDEX plays_room ON plays(room_id);

CREATE TABLE quiz_answers (
  participant_id TEXT NOT NULL REFERENCES participants(id),
  room_id TEXT NOT NULL REFERENCES rooms(id),
  phase TEXT NOT NULL,
  items TEXT NOT NULL,
  answers TEXT NOT NULL,
  score TEXT NOT NULL,
  submitted_at INTEGER NOT NULL,
  PRIMARY KEY (participant_id, phase)
);
CREATE INDEX quiz_room ON quiz_answers(room_id);
`;

interface RoomRow {
  id: string; pin: string; host_token_hash: string; status: string; paused: number; locked: number; mode: string;
  late_join: string; scenarios: string; quiz: string; created_at: number; ended_at: number | null;
}
interface ParticipantRow {
  id: string; room_id: string; number: number; nickname: string; token_hash: string; joined_at: number; removed: number; quiz_seed: string;
}
interface PlayRow {
  participant_id: string; room_id: string; scenario: string; position: number; seed: string; delivered: number;
  log: string; summary: string | null; finished: number; updated_at: number;
}
interface QuizRow {
  participant_id: string; room_id: string; phase: string; items: string; answers: string; score: string; submitted_at: number;
}

const toRoom = (r: RoomRow): RoomRecord => ({
  id: r.id, pin: r.pin, hostTokenHash: r.host_token_hash, status: r.status as RoomRecord['status'], paused: r.paused === 1,
  locked: r.locked === 1, mode: r.mode as RoomRecord['mode'], lateJoin: r.late_join as RoomRecord['lateJoin'],
  scenarios: JSON.parse(r.scenarios), quiz: JSON.parse(r.quiz), createdAt: r.created_at, endedAt: r.ended_at,
});
const toParticipant = (r: ParticipantRow): ParticipantRecord => ({
  id: r.id, roomId: r.room_id, number: r.number, nickname: r.nickname, tokenHash: r.token_hash, joinedAt: r.joined_at,
  removed: r.removed === 1, quizSeed: r.quiz_seed,
});
const toPlay = (r: PlayRow): PlayRecord => ({
  participantId: r.participant_id, roomId: r.room_id, scenario: r.scenario, position: r.position, seed: r.seed,
  delivered: r.delivered, log: JSON.parse(r.log), summary: r.summary === null ? null : JSON.parse(r.summary),
  finished: r.finished === 1, updatedAt: r.updated_at,
});
const toQuiz = (r: QuizRow): QuizRecord => ({
  participantId: r.participant_id, roomId: r.room_id, phase: r.phase as QuizRecord['phase'], items: JSON.parse(r.items),
  answers: JSON.parse(r.answers), score: JSON.parse(r.score), submittedAt: r.submitted_at,
});

const ROOM_COLUMNS: Record<keyof RoomPatch, [string, (value: never) => unknown]> = {
  status: ['status', (v: string) => v],
  paused: ['paused', (v: boolean) => (v ? 1 : 0)],
  locked: ['locked', (v: boolean) => (v ? 1 : 0)],
  mode: ['mode', (v: string) => v],
  lateJoin: ['late_join', (v: string) => v],
  scenarios: ['scenarios', (v: string[]) => JSON.stringify(v)],
  quiz: ['quiz', (v: object) => JSON.stringify(v)],
  endedAt: ['ended_at', (v: number | null) => v],
};

export interface SqliteOptions {
  /** `full` (default) survives a power cut; `normal` survives the process being killed. */
  durability?: 'full' | 'normal';
}

interface Op {
  sql: string;
  params: unknown;
}

interface WriteReply {
  id: number;
  ok: boolean;
  changes?: number[];
  error?: { message: string; code: string | null };
}

/** An error from the writer thread, with SQLite's error code. */
export class WriteError extends Error {
  constructor(message: string, readonly code: string | null) {
    super(message);
    this.name = 'WriteError';
  }
}

const SQL = {
  insertRoom: `INSERT INTO rooms (id, pin, host_token_hash, status, paused, locked, mode, late_join, scenarios, quiz, created_at, ended_at)
    VALUES (@id, @pin, @hostTokenHash, @status, @paused, @locked, @mode, @lateJoin, @scenarios, @quiz, @createdAt, @endedAt)`,
  insertParticipant: `INSERT INTO participants (id, room_id, number, nickname, token_hash, joined_at, removed, quiz_seed)
    VALUES (@id, @roomId, @number, @nickname, @tokenHash, @joinedAt, @removed, @quizSeed)`,
  removeParticipant: 'UPDATE participants SET removed = 1 WHERE id = ?',
  insertPlay: `INSERT OR IGNORE INTO plays (participant_id, room_id, scenario, position, seed, delivered, log, summary, finished, updated_at)
    VALUES (@participantId, @roomId, @scenario, @position, @seed, @delivered, @log, @summary, @finished, @updatedAt)`,
  saveProgress: `UPDATE plays SET delivered = @delivered, log = @log, summary = @summary, finished = @finished, updated_at = @updatedAt
    WHERE participant_id = @participantId AND scenario = @scenario`,
  insertQuiz: `INSERT INTO quiz_answers (participant_id, room_id, phase, items, answers, score, submitted_at)
    VALUES (@participantId, @roomId, @phase, @items, @answers, @score, @submittedAt)`,
};

export class SqliteStorage implements Storage {
  private readonly db: Database.Database;
  private readonly statements;
  private readonly writer: Worker;
  private readonly waiting = new Map<number, { resolve: (changes: number[]) => void; reject: (error: Error) => void }>();
  private nextId = 1;
  private broken: Error | null = null;
  /** Writes not yet answered: close() waits for them. */
  private readonly underWay = new Set<Promise<unknown>>();

  constructor(file: string, options: SqliteOptions = {}) {
    mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    this.migrate();
    this.writer = new Worker(new URL('./sqlite-writer.mjs', import.meta.url), { workerData: { file, durability: options.durability ?? 'full' } });
    this.writer.on('message', (reply: WriteReply | { type: string }) => {
      if (!('id' in reply)) return;
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (reply.ok) waiter?.resolve(reply.changes ?? []);
      else waiter?.reject(new WriteError(reply.error?.message ?? 'write failed', reply.error?.code ?? null));
    });
    const fail = (error: Error) => {
      this.broken = error;
      for (const waiter of this.waiting.values()) waiter.reject(error);
      this.waiting.clear();
    };
    this.writer.on('error', fail);
    this.writer.on('exit', (code) => fail(new Error(`the storage writer stopped (exit code ${code})`)));
    const db = this.db;
    this.statements = {
      getRoom: db.prepare<[string], RoomRow>('SELECT * FROM rooms WHERE id = ?'),
      roomByPin: db.prepare<[string], RoomRow>(`SELECT * FROM rooms WHERE pin = ? AND status <> 'ended'`),
      openRooms: db.prepare<[], RoomRow & { last_stored_at: number }>(`SELECT r.*, MAX(r.created_at,
        COALESCE((SELECT MAX(joined_at) FROM participants WHERE room_id = r.id), 0),
        COALESCE((SELECT MAX(updated_at) FROM plays WHERE room_id = r.id), 0),
        COALESCE((SELECT MAX(submitted_at) FROM quiz_answers WHERE room_id = r.id), 0)) AS last_stored_at
        FROM rooms r WHERE r.status <> 'ended'`),
      getParticipant: db.prepare<[string], ParticipantRow>('SELECT * FROM participants WHERE id = ?'),
      participantByToken: db.prepare<[string], ParticipantRow>('SELECT * FROM participants WHERE token_hash = ?'),
      participants: db.prepare<[string], ParticipantRow>('SELECT * FROM participants WHERE room_id = ? ORDER BY number'),
      plays: db.prepare<[string], PlayRow>('SELECT * FROM plays WHERE room_id = ? ORDER BY participant_id, position'),
      quizzes: db.prepare<[string], QuizRow>('SELECT * FROM quiz_answers WHERE room_id = ?'),
    };
  }

  /** Sends statements to the writer thread, to run together in one savepoint; resolves with each one's count of changed rows once committed. */
  private write(...ops: Op[]): Promise<number[]> {
    if (this.broken) return Promise.reject(this.broken);
    const id = this.nextId++;
    const promise = new Promise<number[]>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.writer.postMessage({ id, ops });
    });
    this.underWay.add(promise);
    const settled = () => this.underWay.delete(promise);
    promise.then(settled, settled);
    return promise;
  }

  private migrate() {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) throw new Error(`the data file was written by a newer server (schema ${version}, this one knows ${SCHEMA_VERSION})`);
    if (version === SCHEMA_VERSION) return;
    this.db.transaction(() => {
      this.db.exec(SCHEMA);
      this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
    })();
  }

  async createRoom(room: RoomRecord): Promise<void> {
    try {
      await this.write({ sql: SQL.insertRoom, params: {
        ...room, paused: room.paused ? 1 : 0, locked: room.locked ? 1 : 0,
        scenarios: JSON.stringify(room.scenarios), quiz: JSON.stringify(room.quiz),
      } });
    } catch (error) {
      if (error instanceof WriteError && error.code === 'SQLITE_CONSTRAINT_UNIQUE' && /rooms\.pin/.test(error.message)) throw new PinTakenError(room.pin);
      throw error;
    }
  }

  async updateRoom(id: string, patch: RoomPatch): Promise<void> {
    const entries = Object.entries(patch).filter(([, value]) => value !== undefined) as [keyof RoomPatch, never][];
    if (entries.length === 0) return;
    const sets = entries.map(([key]) => `${ROOM_COLUMNS[key][0]} = ?`).join(', ');
    const values = entries.map(([key, value]) => ROOM_COLUMNS[key][1](value));
    await this.write({ sql: `UPDATE rooms SET ${sets} WHERE id = ?`, params: [...values, id] });
  }

  async getRoom(id: string): Promise<RoomRecord | null> {
    const row = this.statements.getRoom.get(id);
    return row ? toRoom(row) : null;
  }

  async findLiveRoomByPin(pin: string): Promise<RoomRecord | null> {
    const row = this.statements.roomByPin.get(pin);
    return row ? toRoom(row) : null;
  }

  async openRooms(): Promise<OpenRoom[]> {
    return this.statements.openRooms.all().map((row) => ({ room: toRoom(row), lastStoredAt: row.last_stored_at }));
  }

  async addParticipant(p: ParticipantRecord): Promise<void> {
    await this.write({ sql: SQL.insertParticipant, params: { ...p, removed: p.removed ? 1 : 0 } });
  }

  async removeParticipant(id: string): Promise<void> {
    await this.write({ sql: SQL.removeParticipant, params: [id] });
  }

  async getParticipant(id: string): Promise<ParticipantRecord | null> {
    const row = this.statements.getParticipant.get(id);
    return row ? toParticipant(row) : null;
  }

  async findParticipantByTokenHash(tokenHash: string): Promise<ParticipantRecord | null> {
    const row = this.statements.participantByToken.get(tokenHash);
    return row ? toParticipant(row) : null;
  }

  async participants(roomId: string): Promise<ParticipantRecord[]> {
    return this.statements.participants.all(roomId).map(toParticipant);
  }

  async assignPlays(plays: PlayRecord[]): Promise<void> {
    if (!plays.length) return;
    await this.write(...plays.map((p) => ({ sql: SQL.insertPlay, params: {
      ...p, log: JSON.stringify(p.log), summary: p.summary ? JSON.stringify(p.summary) : null, finished: p.finished ? 1 : 0,
    } })));
  }

  async savePlayProgress(participantId: string, scenario: string, progress: PlayProgress): Promise<void> {
    const row = {
      participantId, scenario, delivered: progress.delivered, log: JSON.stringify(progress.log),
      summary: progress.summary ? JSON.stringify(progress.summary) : null, finished: progress.finished ? 1 : 0, updatedAt: progress.updatedAt,
    };
    const [changes] = await this.write({ sql: SQL.saveProgress, params: row });
    if (changes !== 1) throw new Error(`no play of ${scenario} is assigned to participant ${participantId}`);
  }

  async plays(roomId: string): Promise<PlayRecord[]> {
    return this.statements.plays.all(roomId).map(toPlay);
  }

  async saveQuiz(r: QuizRecord): Promise<void> {
    const row = { ...r, items: JSON.stringify(r.items), answers: JSON.stringify(r.answers), score: JSON.stringify(r.score) };
    await this.write({ sql: SQL.insertQuiz, params: row });
  }

  async quizzes(roomId: string): Promise<QuizRecord[]> {
    return this.statements.quizzes.all(roomId).map(toQuiz);
  }

  /** Waits for the writes under way, then closes both connections. */
  async close(): Promise<void> {
    await Promise.allSettled([...this.underWay]);
    if (!this.broken) {
      await new Promise<void>((resolve) => {
        this.writer.once('exit', () => resolve());
        this.writer.on('message', (m: { type?: string }) => { if (m.type === 'closed') void this.writer.terminate(); });
        this.writer.postMessage({ type: 'close' });
      });
    }
    if (this.db.open) this.db.close();
  }
}

// Storage in one SQLite file (better-sqlite3, WAL). Writes are synchronous and committed before
// the promise resolves, so anything the server acknowledges survives the process being killed;
// with `synchronous = FULL` (the default) it survives a power cut too.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { PinTakenError, type ParticipantRecord, type PlayProgress, type PlayRecord, type QuizRecord, type RoomPatch, type RoomRecord, type Storage } from './storage.ts';

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

export class SqliteStorage implements Storage {
  private readonly db: Database.Database;
  private readonly statements;

  constructor(file: string, options: SqliteOptions = {}) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.durability === 'normal' ? 'NORMAL' : 'FULL'}`);
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    this.migrate();
    const db = this.db;
    this.statements = {
      insertRoom: db.prepare(`INSERT INTO rooms (id, pin, host_token_hash, status, paused, locked, mode, late_join, scenarios, quiz, created_at, ended_at)
        VALUES (@id, @pin, @hostTokenHash, @status, @paused, @locked, @mode, @lateJoin, @scenarios, @quiz, @createdAt, @endedAt)`),
      getRoom: db.prepare<[string], RoomRow>('SELECT * FROM rooms WHERE id = ?'),
      roomByPin: db.prepare<[string], RoomRow>(`SELECT * FROM rooms WHERE pin = ? AND status <> 'ended'`),
      insertParticipant: db.prepare(`INSERT INTO participants (id, room_id, number, nickname, token_hash, joined_at, removed, quiz_seed)
        VALUES (@id, @roomId, @number, @nickname, @tokenHash, @joinedAt, @removed, @quizSeed)`),
      removeParticipant: db.prepare('UPDATE participants SET removed = 1 WHERE id = ?'),
      getParticipant: db.prepare<[string], ParticipantRow>('SELECT * FROM participants WHERE id = ?'),
      participantByToken: db.prepare<[string], ParticipantRow>('SELECT * FROM participants WHERE token_hash = ?'),
      participants: db.prepare<[string], ParticipantRow>('SELECT * FROM participants WHERE room_id = ? ORDER BY number'),
      insertPlay: db.prepare(`INSERT OR IGNORE INTO plays (participant_id, room_id, scenario, position, seed, delivered, log, summary, finished, updated_at)
        VALUES (@participantId, @roomId, @scenario, @position, @seed, @delivered, @log, @summary, @finished, @updatedAt)`),
      saveProgress: db.prepare(`UPDATE plays SET delivered = @delivered, log = @log, summary = @summary, finished = @finished, updated_at = @updatedAt
        WHERE participant_id = @participantId AND scenario = @scenario`),
      plays: db.prepare<[string], PlayRow>('SELECT * FROM plays WHERE room_id = ? ORDER BY participant_id, position'),
      insertQuiz: db.prepare(`INSERT INTO quiz_answers (participant_id, room_id, phase, items, answers, score, submitted_at)
        VALUES (@participantId, @roomId, @phase, @items, @answers, @score, @submittedAt)`),
      quizzes: db.prepare<[string], QuizRow>('SELECT * FROM quiz_answers WHERE room_id = ?'),
    };
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
      this.statements.insertRoom.run({
        ...room, paused: room.paused ? 1 : 0, locked: room.locked ? 1 : 0,
        scenarios: JSON.stringify(room.scenarios), quiz: JSON.stringify(room.quiz),
      });
    } catch (error) {
      if (error instanceof Database.SqliteError && error.code === 'SQLITE_CONSTRAINT_UNIQUE' && /rooms\.pin/.test(error.message)) throw new PinTakenError(room.pin);
      throw error;
    }
  }

  async updateRoom(id: string, patch: RoomPatch): Promise<void> {
    const entries = Object.entries(patch).filter(([, value]) => value !== undefined) as [keyof RoomPatch, never][];
    if (entries.length === 0) return;
    const sets = entries.map(([key]) => `${ROOM_COLUMNS[key][0]} = ?`).join(', ');
    const values = entries.map(([key, value]) => ROOM_COLUMNS[key][1](value));
    this.db.prepare(`UPDATE rooms SET ${sets} WHERE id = ?`).run(...values, id);
  }

  async getRoom(id: string): Promise<RoomRecord | null> {
    const row = this.statements.getRoom.get(id);
    return row ? toRoom(row) : null;
  }

  async findLiveRoomByPin(pin: string): Promise<RoomRecord | null> {
    const row = this.statements.roomByPin.get(pin);
    return row ? toRoom(row) : null;
  }

  async addParticipant(p: ParticipantRecord): Promise<void> {
    this.statements.insertParticipant.run({ ...p, removed: p.removed ? 1 : 0 });
  }

  async removeParticipant(id: string): Promise<void> {
    this.statements.removeParticipant.run(id);
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
    this.db.transaction(() => {
      for (const p of plays) {
        this.statements.insertPlay.run({
          ...p, log: JSON.stringify(p.log), summary: p.summary ? JSON.stringify(p.summary) : null, finished: p.finished ? 1 : 0,
        });
      }
    })();
  }

  async savePlayProgress(participantId: string, scenario: string, progress: PlayProgress): Promise<void> {
    const result = this.statements.saveProgress.run({
      participantId, scenario, delivered: progress.delivered, log: JSON.stringify(progress.log),
      summary: progress.summary ? JSON.stringify(progress.summary) : null, finished: progress.finished ? 1 : 0, updatedAt: progress.updatedAt,
    });
    if (result.changes !== 1) throw new Error(`no play of ${scenario} is assigned to participant ${participantId}`);
  }

  async plays(roomId: string): Promise<PlayRecord[]> {
    return this.statements.plays.all(roomId).map(toPlay);
  }

  async saveQuiz(r: QuizRecord): Promise<void> {
    this.statements.insertQuiz.run({
      ...r, items: JSON.stringify(r.items), answers: JSON.stringify(r.answers), score: JSON.stringify(r.score),
    });
  }

  async quizzes(roomId: string): Promise<QuizRecord[]> {
    return this.statements.quizzes.all(roomId).map(toQuiz);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

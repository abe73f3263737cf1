// What the workshop server keeps, and the small interface it keeps it through. SQLite
// (sqlite.ts) implements it for one server; a PostgreSQL implementation of the same interface
// could replace it when one server is not enough. Every method is asynchronous for that reason,
// and every write has happened (durably) by the time its promise resolves.
import type { LateJoin, Mode, PlaySummary, QuizPhase, QuizScore, QuizState, RoomStatus, LoggedAction, QuizAnswer } from '../../workshop/protocol.ts';

export interface RoomRecord {
  id: string;
  /** Unique among rooms that have not ended; an ended room's PIN may be handed out again. */
  pin: string;
  hostTokenHash: string;
  status: RoomStatus;
  paused: boolean;
  locked: boolean;
  mode: Mode;
  lateJoin: LateJoin;
  scenarios: string[];
  quiz: Record<QuizPhase, QuizState>;
  createdAt: number;
  endedAt: number | null;
}

export interface ParticipantRecord {
  id: string;
  roomId: string;
  /** 1, 2, 3… in order of joining: anonymised reports call people by it. */
  number: number;
  nickname: string;
  tokenHash: string;
  joinedAt: number;
  removed: boolean;
  /** Draws this participant's quiz items. */
  quizSeed: string;
}

export interface PlayRecord {
  participantId: string;
  roomId: string;
  scenario: string;
  /** Order of the play in the participant's list. */
  position: number;
  seed: string;
  /** The last accepted report: messages delivered and the action log, with the server's reading of it. */
  delivered: number;
  log: LoggedAction[];
  summary: PlaySummary | null;
  finished: boolean;
  updatedAt: number;
}

export interface QuizRecord {
  participantId: string;
  roomId: string;
  phase: QuizPhase;
  items: string[];
  answers: { item: string; answer: QuizAnswer }[];
  score: QuizScore;
  submittedAt: number;
}

/** Thrown by createRoom when another live room holds the PIN. */
export class PinTakenError extends Error {
  constructor(pin: string) {
    super(`PIN ${pin} is held by a live room`);
    this.name = 'PinTakenError';
  }
}

/** A room that has not ended, with the time of the last thing stored about it: its creation, a join, a report or a quiz answer. */
export interface OpenRoom {
  room: RoomRecord;
  lastStoredAt: number;
}

export type RoomPatch = Partial<Pick<RoomRecord, 'status' | 'paused' | 'locked' | 'mode' | 'lateJoin' | 'scenarios' | 'quiz' | 'endedAt'>>;
export type PlayProgress = Pick<PlayRecord, 'delivered' | 'log' | 'summary' | 'finished' | 'updatedAt'>;

export interface Storage {
  createRoom(room: RoomRecord): Promise<void>;
  updateRoom(id: string, patch: RoomPatch): Promise<void>;
  getRoom(id: string): Promise<RoomRecord | null>;
  /** The room that has not ended and holds this PIN. */
  findLiveRoomByPin(pin: string): Promise<RoomRecord | null>;
  /** Every room that has not ended. */
  openRooms(): Promise<OpenRoom[]>;

  addParticipant(participant: ParticipantRecord): Promise<void>;
  removeParticipant(id: string): Promise<void>;
  getParticipant(id: string): Promise<ParticipantRecord | null>;
  findParticipantByTokenHash(tokenHash: string): Promise<ParticipantRecord | null>;
  participants(roomId: string): Promise<ParticipantRecord[]>;

  /** Writes new assignments; existing plays of the same participant and scenario are kept as they are. */
  assignPlays(plays: PlayRecord[]): Promise<void>;
  savePlayProgress(participantId: string, scenario: string, progress: PlayProgress): Promise<void>;
  plays(roomId: string): Promise<PlayRecord[]>;

  saveQuiz(record: QuizRecord): Promise<void>;
  quizzes(roomId: string): Promise<QuizRecord[]>;

  close(): Promise<void>;
}

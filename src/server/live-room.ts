// A room as the server holds it in memory: the stored records plus who is connected. Storage is
// the truth; a LiveRoom changes only after the matching write has succeeded.
import type { ParticipantRecord, PlayRecord, QuizRecord, RoomRecord, Storage } from './storage/storage.ts';
import type { QuizPhase } from '../workshop/protocol.ts';

export class LiveRoom {
  readonly participants = new Map<string, ParticipantRecord>();
  /** Each participant's plays in their order. */
  readonly plays = new Map<string, PlayRecord[]>();
  readonly quizzes = new Map<string, Partial<Record<QuizPhase, QuizRecord>>>();
  readonly connected = new Set<string>();
  /** The last message from its host or participants, a join, or a host page leaving (ms); rooms idle too long are ended. */
  lastActivityAt: number;

  constructor(public room: RoomRecord) {
    this.lastActivityAt = room.createdAt;
  }

  /** Notes that the room was used at this time. */
  noteActivity(at: number) {
    this.lastActivityAt = Math.max(this.lastActivityAt, at);
  }

  static async load(storage: Storage, room: RoomRecord): Promise<LiveRoom> {
    const live = new LiveRoom(room);
    for (const p of await storage.participants(room.id)) live.participants.set(p.id, p);
    for (const play of await storage.plays(room.id)) live.addPlay(play);
    for (const quiz of await storage.quizzes(room.id)) live.setQuiz(quiz);
    return live;
  }

  /** Participants still in the room (not removed), in joining order. */
  active(): ParticipantRecord[] {
    return [...this.participants.values()].filter((p) => !p.removed).sort((a, b) => a.number - b.number);
  }

  playsOf(participantId: string): PlayRecord[] {
    return this.plays.get(participantId) ?? [];
  }

  addPlay(play: PlayRecord) {
    const list = this.plays.get(play.participantId) ?? [];
    if (list.some((p) => p.scenario === play.scenario)) return;
    list.push(play);
    list.sort((a, b) => a.position - b.position);
    this.plays.set(play.participantId, list);
  }

  setQuiz(record: QuizRecord) {
    this.quizzes.set(record.participantId, { ...this.quizzes.get(record.participantId), [record.phase]: record });
  }
}

/**
 * Rooms in memory. A room that has not ended is loaded from storage on first use and kept while
 * the process runs; once it ends it leaves memory (release), and any later read of it (its
 * report, a host reopening its debrief) loads it afresh from storage and drops it after use, so
 * a server that runs many sessions holds only the ones still going.
 */
export class RoomRegistry {
  private rooms = new Map<string, Promise<LiveRoom | null>>();
  constructor(private readonly storage: Storage) {}

  /** The room, from memory or loaded from storage. */
  get(roomId: string): Promise<LiveRoom | null> {
    const held = this.rooms.get(roomId);
    if (held) return held;
    const loading = this.storage.getRoom(roomId).then((record) => (record ? LiveRoom.load(this.storage, record) : null));
    // Callers that ask while it loads share the load. A failed or empty load is not remembered (the
    // next request tries again), nor is an ended room.
    this.rooms.set(roomId, loading);
    const forget = () => { if (this.rooms.get(roomId) === loading) this.rooms.delete(roomId); };
    loading.then((live) => { if (!live || live.room.status === 'ended') forget(); }, forget);
    return loading;
  }

  /** The room if it has not ended, else null without loading all of an ended room. */
  async live(roomId: string): Promise<LiveRoom | null> {
    const held = this.rooms.get(roomId);
    if (!held) {
      const record = await this.storage.getRoom(roomId);
      if (!record || record.status === 'ended') return null;
    }
    const live = await this.get(roomId);
    return live && live.room.status !== 'ended' ? live : null;
  }

  add(live: LiveRoom) {
    this.rooms.set(live.room.id, Promise.resolve(live));
  }

  /** Notes activity in the room, if it is in memory (a room not in memory is not used). */
  touch(roomId: string, at: number) {
    void this.rooms.get(roomId)?.then((live) => {
      live?.noteActivity(at);
    }, () => undefined);
  }

  /** The room if it is in memory and loaded, without loading it. */
  async held(roomId: string): Promise<LiveRoom | null> {
    return (await this.rooms.get(roomId)?.catch(() => null)) ?? null;
  }

  /** The room has ended: it leaves memory (storage keeps it). */
  release(roomId: string) {
    this.rooms.delete(roomId);
  }

  /** How many rooms are in memory (or loading). */
  get size(): number {
    return this.rooms.size;
  }
}

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

  constructor(public room: RoomRecord) {}

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

/** Rooms loaded from storage on first use and kept in memory. */
export class RoomRegistry {
  private rooms = new Map<string, Promise<LiveRoom | null>>();
  constructor(private readonly storage: Storage) {}

  get(roomId: string): Promise<LiveRoom | null> {
    let room = this.rooms.get(roomId);
    if (!room) {
      room = this.storage.getRoom(roomId).then((record) => (record ? LiveRoom.load(this.storage, record) : null));
      this.rooms.set(roomId, room);
      // A failed or empty load is not remembered: the next request tries again.
      room.then((r) => { if (!r) this.rooms.delete(roomId); }, () => this.rooms.delete(roomId));
    }
    return room;
  }

  add(live: LiveRoom) {
    this.rooms.set(live.room.id, Promise.resolve(live));
  }
}

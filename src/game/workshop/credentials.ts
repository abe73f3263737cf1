// What a participant's device keeps between visits (localStorage "rfc.workshop"): the reconnect
// credentials the server gave at the join, and the latest report it has not confirmed yet, so a
// reload or a closed tab loses nothing. A damaged record reads as none.
import type { LoggedEvent } from '../../engine/index.ts';
import type { KeyValueStore } from '../state/storage.ts';

export interface WorkshopCredentials {
  roomId: string;
  participantId: string;
  token: string;
  pin: string;
  nickname: string;
  number: number;
}

/** A report as the game sends it: the whole action log so far (reports are cumulative). */
export interface PlayReport {
  type: 'progress' | 'result';
  scenario: string;
  seed: string;
  delivered: number;
  log: LoggedEvent[];
}

export interface WorkshopRecord extends WorkshopCredentials {
  /** The newest report the server has not acknowledged. */
  pending: PlayReport | null;
}

const KEY = 'workshop';

const isString = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

function readReport(raw: unknown): PlayReport | null {
  const r = raw as Partial<PlayReport> | null;
  if (!r || (r.type !== 'progress' && r.type !== 'result') || !isString(r.scenario) || !isString(r.seed)) return null;
  if (typeof r.delivered !== 'number' || !Array.isArray(r.log)) return null;
  return { type: r.type, scenario: r.scenario, seed: r.seed, delivered: r.delivered, log: r.log };
}

/** Where the game saves: a device in a workshop keeps the room's play apart from its own game. */
export function gameSaveSlot(store: KeyValueStore): string {
  return new WorkshopStore(store).load() ? 'workshop-game' : 'game';
}

export class WorkshopStore {
  constructor(private readonly store: KeyValueStore) {}

  load(): WorkshopRecord | null {
    const raw = this.store.get(KEY);
    if (raw === null) return null;
    try {
      const r = JSON.parse(raw) as Partial<WorkshopRecord>;
      if (!isString(r.roomId) || !isString(r.participantId) || !isString(r.token) || !isString(r.pin) || typeof r.nickname !== 'string') throw new Error('incomplete');
      return {
        roomId: r.roomId, participantId: r.participantId, token: r.token, pin: r.pin, nickname: r.nickname,
        number: typeof r.number === 'number' ? r.number : 0, pending: readReport(r.pending),
      };
    } catch {
      this.store.remove(KEY);
      return null;
    }
  }

  save(credentials: WorkshopCredentials) {
    this.store.set(KEY, JSON.stringify({ ...credentials, pending: null }));
  }

  /** Keeps (or, with null, forgets) the report waiting for the server's answer. */
  setPending(report: PlayReport | null) {
    const record = this.load();
    if (record) this.store.set(KEY, JSON.stringify({ ...record, pending: report }));
  }

  clear() {
    this.store.remove(KEY);
  }
}

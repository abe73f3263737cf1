// What the host page knows, updated from the server's messages.
import type { DashboardCounters, HostRoomView, Lang, LateJoin, Mode, ParticipantRow, ReportData, ScenarioInfo, ServerMessage } from '../protocol.ts';
import type { ClientStatus } from '../client.ts';

export interface HostSession {
  roomId: string;
  hostToken: string;
}

export interface HostState {
  lang: Lang;
  scenarios: ScenarioInfo[];
  /** The room form (new room, or settings in the lobby). */
  form: { scenarios: string[]; mode: Mode; lateJoin: LateJoin };
  editing: boolean;
  session: HostSession | null;
  room: HostRoomView | null;
  participants: Map<string, ParticipantRow>;
  dashboard: DashboardCounters | null;
  connection: ClientStatus | 'none';
  view: 'live' | 'debrief';
  report: ReportData | null;
  named: boolean;
  /** The debrief lists every decision, not just the most divided ones. */
  allDecisions: boolean;
  error: string | null;
}

export function initialState(lang: Lang, session: HostSession | null): HostState {
  return {
    lang, scenarios: [], form: { scenarios: [], mode: 'challenge', lateJoin: 'allow' }, editing: false, session, room: null,
    participants: new Map(), dashboard: null, connection: 'none', view: 'live', report: null, named: false, allDecisions: false, error: null,
  };
}

/** Folds a server message into the state; true if anything shown changed. */
export function applyMessage(state: HostState, message: ServerMessage): boolean {
  switch (message.type) {
    case 'host-welcome':
      state.room = message.room;
      state.participants = new Map(message.participants.map((p) => [p.id, p]));
      state.dashboard = message.dashboard;
      if (message.room.status === 'ended') state.view = 'debrief';
      return true;
    case 'host-room':
      state.room = message.room;
      if (message.room.status === 'ended') state.view = 'debrief';
      return true;
    case 'participant':
      if (message.removed) state.participants.delete(message.participant.id);
      else state.participants.set(message.participant.id, message.participant);
      state.dashboard = message.dashboard;
      return true;
    default:
      return false;
  }
}

/** The room this browser is hosting, and the one before it (so its report stays in reach). */
export type SessionSlot = 'current' | 'previous';
const KEYS: Record<SessionSlot, string> = { current: 'rfc-host-session', previous: 'rfc-host-previous' };

export function savedSession(storage: Storage, slot: SessionSlot = 'current'): HostSession | null {
  try {
    const value = JSON.parse(storage.getItem(KEYS[slot]) ?? 'null') as HostSession | null;
    return value && typeof value.roomId === 'string' && typeof value.hostToken === 'string' ? value : null;
  } catch {
    return null;
  }
}

export function saveSession(storage: Storage, session: HostSession | null, slot: SessionSlot = 'current') {
  if (session) storage.setItem(KEYS[slot], JSON.stringify(session));
  else storage.removeItem(KEYS[slot]);
}

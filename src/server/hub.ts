// Who is connected to which room, and sending to them. A participant has at most one socket (a
// newer one replaces it); a room may have several host sockets (laptop and phone).
import type { ServerMessage } from '../workshop/protocol.ts';

export interface Connection {
  send(message: ServerMessage): void;
  close(code: number, reason: string): void;
  /** Set once hello succeeds. */
  bound: { role: 'host'; roomId: string } | { role: 'participant'; roomId: string; participantId: string } | null;
}

export const CLOSE_REMOVED = 4001;
export const CLOSE_REPLACED = 4002;
/** The socket said no valid hello in time (see ServerLimits.helloWithinMs); clients simply reconnect. */
export const CLOSE_NO_HELLO = 4003;

interface RoomSockets {
  hosts: Set<Connection>;
  participants: Map<string, Connection>;
}

export class Hub {
  private rooms = new Map<string, RoomSockets>();

  private socketsOf(roomId: string): RoomSockets {
    let sockets = this.rooms.get(roomId);
    if (!sockets) this.rooms.set(roomId, (sockets = { hosts: new Set(), participants: new Map() }));
    return sockets;
  }

  addHost(roomId: string, conn: Connection) {
    conn.bound = { role: 'host', roomId };
    this.socketsOf(roomId).hosts.add(conn);
  }

  /** Binds the socket to the participant; returns the socket it replaces, if any. */
  addParticipant(roomId: string, participantId: string, conn: Connection): Connection | null {
    const sockets = this.socketsOf(roomId);
    const previous = sockets.participants.get(participantId) ?? null;
    conn.bound = { role: 'participant', roomId, participantId };
    sockets.participants.set(participantId, conn);
    return previous === conn ? null : previous;
  }

  /** Forgets the socket; true if it was a participant's current socket (they are now offline). */
  remove(conn: Connection): boolean {
    const bound = conn.bound;
    if (!bound) return false;
    const sockets = this.rooms.get(bound.roomId);
    if (!sockets) return false;
    let wasCurrent = false;
    if (bound.role === 'host') sockets.hosts.delete(conn);
    else if (sockets.participants.get(bound.participantId) === conn) {
      sockets.participants.delete(bound.participantId);
      wasCurrent = true;
    }
    // A room nobody is connected to any more leaves the hub.
    if (!sockets.hosts.size && !sockets.participants.size) this.rooms.delete(bound.roomId);
    return wasCurrent;
  }

  /** Whether a host page is connected to the room. */
  hasHost(roomId: string): boolean {
    return (this.rooms.get(roomId)?.hosts.size ?? 0) > 0;
  }

  participantSocket(roomId: string, participantId: string): Connection | null {
    return this.rooms.get(roomId)?.participants.get(participantId) ?? null;
  }

  toHosts(roomId: string, message: ServerMessage) {
    for (const conn of this.rooms.get(roomId)?.hosts ?? []) conn.send(message);
  }

  toParticipants(roomId: string, message: ServerMessage | ((participantId: string) => ServerMessage | null)) {
    for (const [id, conn] of this.rooms.get(roomId)?.participants ?? []) {
      const m = typeof message === 'function' ? message(id) : message;
      if (m) conn.send(m);
    }
  }

  toEveryone(roomId: string, message: ServerMessage) {
    this.toHosts(roomId, message);
    this.toParticipants(roomId, message);
  }

  /** Host sockets first, then participants', in every room. */
  all(): Connection[] {
    return [...this.rooms.values()].flatMap((s) => [...s.hosts, ...s.participants.values()]);
  }
}

// Rooms: creating one (PIN, join URL, QR code, host token) and every host action on it.
import type { ClientMessageOf, CreateRoomResponse, HostAction, Mode, LateJoin } from '../workshop/protocol.ts';
import type { ServerContext } from './context.ts';
import { WorkshopError } from './errors.ts';
import { CLOSE_REMOVED, type Connection } from './hub.ts';
import { joinUrlOf, qrSvg } from './join-link.ts';
import { LiveRoom } from './live-room.ts';
import { assignPlays, forgetReplayers, pushParticipant, writesUnderWay } from './plays.ts';
import { PinTakenError, type RoomPatch, type RoomRecord } from './storage/storage.ts';
import { hashSecret, newId, newPin, newSecret, secretMatches } from './tokens.ts';
import { dashboardCounters, hostRoomView, participantRow, roomView, welcomeMessage } from './views.ts';

function checkScenarios(ctx: ServerContext, scenarios: readonly string[]) {
  const unknown = scenarios.filter((id) => !ctx.content.models.has(id));
  if (unknown.length) throw new WorkshopError('unknown-scenario', `no such scenario on this server: ${unknown.join(', ')}`);
}

export async function createRoom(ctx: ServerContext, request: { scenarios: string[]; mode: Mode; lateJoin: LateJoin }): Promise<CreateRoomResponse> {
  const scenarios = [...new Set(request.scenarios)];
  checkScenarios(ctx, scenarios);
  const hostToken = newSecret();
  const base = {
    id: newId(), hostTokenHash: hashSecret(hostToken), status: 'lobby' as const, paused: false, locked: false,
    mode: request.mode, lateJoin: request.lateJoin, scenarios, quiz: { before: 'closed' as const, after: 'closed' as const },
    createdAt: ctx.now(), endedAt: null,
  };
  let room: RoomRecord | null = null;
  for (let attempt = 0; attempt < 50 && !room; attempt++) {
    const candidate = { ...base, pin: newPin() };
    try {
      await ctx.storage.createRoom(candidate);
      room = candidate;
    } catch (error) {
      if (!(error instanceof PinTakenError)) throw error;
    }
  }
  if (!room) throw new WorkshopError('server-error', 'no free PIN found; end some rooms and try again');
  ctx.rooms.add(new LiveRoom(room));
  const { origin, localOnly } = ctx.origin();
  const joinUrl = joinUrlOf(origin, room.pin);
  return { v: 1, roomId: room.id, pin: room.pin, hostToken, joinUrl, qrSvg: await qrSvg(joinUrl), localOnly };
}

async function hostView(ctx: ServerContext, room: RoomRecord) {
  const live = room.status !== 'ended';
  return hostRoomView(ctx, room, live ? await qrSvg(joinUrlOf(ctx.origin().origin, room.pin)) : null);
}

/** Checks the host token; the same answer whether the room is unknown or the token wrong. */
export async function roomForHost(ctx: ServerContext, roomId: string, hostToken: string): Promise<LiveRoom> {
  const live = await ctx.rooms.get(roomId);
  if (!live || !secretMatches(hostToken, live.room.hostTokenHash)) throw new WorkshopError('host-token-refused', 'wrong room or host token');
  return live;
}

export async function helloHost(ctx: ServerContext, conn: Connection, message: Extract<ClientMessageOf<'hello'>, { role: 'host' }>) {
  const live = await roomForHost(ctx, message.roomId, message.hostToken);
  ctx.hub.addHost(live.room.id, conn);
  conn.send({
    v: 1, type: 'host-welcome', ...(message.id ? { replyTo: message.id } : {}), room: await hostView(ctx, live.room),
    participants: live.active().map((p) => participantRow(live, p)), dashboard: dashboardCounters(ctx.content, live),
  });
}

/** Tells everyone the room changed: hosts get their view, participants theirs. */
async function announce(ctx: ServerContext, live: LiveRoom) {
  ctx.hub.toHosts(live.room.id, { v: 1, type: 'host-room', room: await hostView(ctx, live.room) });
  ctx.hub.toParticipants(live.room.id, { v: 1, type: 'room', room: roomView(live.room) });
}

async function update(ctx: ServerContext, live: LiveRoom, patch: RoomPatch) {
  await ctx.storage.updateRoom(live.room.id, patch);
  live.room = { ...live.room, ...patch };
  await announce(ctx, live);
}

function requireStatus(live: LiveRoom, ...allowed: RoomRecord['status'][]) {
  const { status } = live.room;
  if (allowed.includes(status)) return;
  if (status === 'ended') throw new WorkshopError('room-ended', 'the room has ended');
  if (status === 'playing') throw new WorkshopError('room-started', 'the room has already started');
  throw new WorkshopError('room-not-started', 'start the room first');
}

/** Runs one host action. The socket must have said hello as this room's host, and the token must match. */
export async function hostAction(ctx: ServerContext, conn: Connection, message: HostAction): Promise<void> {
  if (conn.bound?.role !== 'host') throw new WorkshopError('not-authenticated', 'say hello as the host first');
  const live = await roomForHost(ctx, conn.bound.roomId, message.hostToken);
  const { room } = live;
  switch (message.type) {
    case 'host:settings': {
      requireStatus(live, 'lobby');
      if (message.scenarios) checkScenarios(ctx, message.scenarios);
      const patch: RoomPatch = {};
      if (message.scenarios) patch.scenarios = [...new Set(message.scenarios)];
      if (message.mode) patch.mode = message.mode;
      if (message.lateJoin) patch.lateJoin = message.lateJoin;
      return update(ctx, live, patch);
    }
    case 'host:lock':
      requireStatus(live, 'lobby', 'playing');
      return update(ctx, live, { locked: message.locked });
    case 'host:remove':
      return removeParticipant(ctx, live, message.participantId);
    case 'host:start': {
      if (room.status === 'playing') return;
      requireStatus(live, 'lobby');
      const people = live.active();
      await assignPlays(ctx, live, people);
      await update(ctx, live, { status: 'playing', paused: false });
      for (const p of people) {
        ctx.hub.participantSocket(room.id, p.id)?.send(welcomeMessage(ctx, live, p));
        pushParticipant(ctx, live, p);
      }
      return;
    }
    case 'host:pause':
    case 'host:resume': {
      requireStatus(live, 'playing');
      const paused = message.type === 'host:pause';
      if (room.paused === paused) return;
      return update(ctx, live, { paused });
    }
    case 'host:end':
      return endRoom(ctx, live);
    case 'host:quiz':
      return setQuiz(ctx, live, message);
  }
}

/**
 * Ends the room (the host's "end session", or the server ending a room left idle): its PIN stops
 * working, everyone connected is told, and it leaves memory once its last reports are on disk.
 * Runs in the room's queue.
 */
export async function endRoom(ctx: ServerContext, live: LiveRoom): Promise<void> {
  if (live.room.status === 'ended') return;
  await update(ctx, live, { status: 'ended', paused: false, endedAt: ctx.now() });
  const plays = [...live.plays.values()].flat();
  forgetReplayers(plays);
  // Once the reports accepted before the end are on disk, storage alone holds the room.
  await writesUnderWay(plays);
  ctx.rooms.release(live.room.id);
}

async function setQuiz(ctx: ServerContext, live: LiveRoom, message: ClientMessageOf<'host:quiz'>) {
  const bank = ctx.quiz;
  if (!bank) throw new WorkshopError('quiz-unavailable', 'this server runs without a quiz item bank');
  requireStatus(live, 'lobby', 'playing');
  if (live.room.quiz[message.phase] === message.state) return;
  await update(ctx, live, { quiz: { ...live.room.quiz, [message.phase]: message.state } });
  if (message.state !== 'open') return;
  ctx.hub.toParticipants(live.room.id, (participantId) => {
    const p = live.participants.get(participantId);
    if (!p || live.quizzes.get(participantId)?.[message.phase]) return null;
    return { v: 1, type: 'quiz', phase: message.phase, items: bank.draw(p.quizSeed, message.phase) };
  });
}

async function removeParticipant(ctx: ServerContext, live: LiveRoom, participantId: string) {
  const p = live.participants.get(participantId);
  if (!p) throw new WorkshopError('unknown-participant', 'no such participant in this room');
  if (p.removed) return;
  await ctx.storage.removeParticipant(p.id);
  p.removed = true;
  forgetReplayers(live.playsOf(p.id));
  live.connected.delete(p.id);
  const socket = ctx.hub.participantSocket(live.room.id, p.id);
  if (socket) {
    ctx.hub.remove(socket);
    socket.send({ v: 1, type: 'removed' });
    socket.close(CLOSE_REMOVED, 'removed by the host');
  }
  pushParticipant(ctx, live, p);
}

// Participants: joining with a PIN and a nickname, coming back with the reconnect token, leaving.
import type { ClientMessageOf, JoinResponse, Lang } from '../workshop/protocol.ts';
import type { ServerContext } from './context.ts';
import { WorkshopError } from './errors.ts';
import { CLOSE_REPLACED, type Connection } from './hub.ts';
import type { LiveRoom } from './live-room.ts';
import { generateNickname } from './nicknames/generate.ts';
import { cleanNickname, uniqueNickname } from './nicknames/nickname.ts';
import { assignPlays, pushParticipant } from './plays.ts';
import type { ParticipantRecord } from './storage/storage.ts';
import { hashSecret, newId, newSecret, newSeed } from './tokens.ts';
import { welcomeMessage } from './views.ts';

export async function join(ctx: ServerContext, request: { pin: string; nickname?: string; lang: Lang }): Promise<JoinResponse> {
  // Checked before the room's queue so a bad name costs nothing.
  const wanted = request.nickname === undefined ? null : cleanNickname(request.nickname);
  const record = await ctx.storage.findLiveRoomByPin(request.pin);
  if (!record) throw new WorkshopError('pin-unknown', 'no open room has this PIN');
  return ctx.queues.run(record.id, async () => {
    const live = await ctx.rooms.get(record.id);
    if (!live) throw new WorkshopError('pin-unknown', 'no open room has this PIN');
    const { room } = live;
    if (room.status === 'ended') throw new WorkshopError('pin-unknown', 'no open room has this PIN');
    if (room.locked) throw new WorkshopError('room-locked', 'the host has locked this room');
    if (room.status === 'playing' && room.lateJoin === 'refuse') throw new WorkshopError('room-started', 'this room takes no one after the start');

    const taken = live.active().map((p) => p.nickname);
    const nickname = uniqueNickname(wanted ?? freshNickname(request.lang, taken), taken);
    const token = newSecret();
    const participant: ParticipantRecord = {
      id: newId(), roomId: room.id, number: Math.max(0, ...[...live.participants.values()].map((p) => p.number)) + 1,
      nickname, tokenHash: hashSecret(token), joinedAt: ctx.now(), removed: false, quizSeed: newSeed(),
    };
    await ctx.storage.addParticipant(participant);
    live.participants.set(participant.id, participant);
    if (room.status === 'playing') await assignPlays(ctx, live, [participant]);
    pushParticipant(ctx, live, participant);
    live.noteActivity(ctx.now());
    return { v: 1, roomId: room.id, participantId: participant.id, token, nickname, number: participant.number };
  });
}

/** A made-up name nobody in the room has yet, if one can be found quickly. */
function freshNickname(lang: Lang, taken: string[]): string {
  const used = new Set(taken);
  let name = generateNickname(lang);
  for (let i = 0; i < 20 && used.has(name); i++) name = generateNickname(lang);
  return name;
}

/** Finds the participant a reconnect token belongs to. */
export async function participantByToken(ctx: ServerContext, token: string): Promise<{ live: LiveRoom; participant: ParticipantRecord }> {
  const record = await ctx.storage.findParticipantByTokenHash(hashSecret(token));
  const live = record ? await ctx.rooms.get(record.roomId) : null;
  const participant = record ? live?.participants.get(record.id) : undefined;
  if (!live || !participant) throw new WorkshopError('participant-token-refused', 'this reconnect token is not known here');
  if (participant.removed) throw new WorkshopError('removed', 'the host removed you from this room');
  return { live, participant };
}

export async function helloParticipant(ctx: ServerContext, conn: Connection, message: Extract<ClientMessageOf<'hello'>, { role: 'participant' }>) {
  const { live, participant } = await participantByToken(ctx, message.token);
  const previous = ctx.hub.addParticipant(live.room.id, participant.id, conn);
  if (previous) {
    previous.bound = null;
    previous.send({ v: 1, type: 'replaced' });
    previous.close(CLOSE_REPLACED, 'opened somewhere else');
  }
  live.connected.add(participant.id);
  conn.send(welcomeMessage(ctx, live, participant, message.id));
  pushParticipant(ctx, live, participant);
}

/** A socket closed: if it was a participant's current one, the hosts see them go offline. */
export async function disconnected(ctx: ServerContext, conn: Connection) {
  const bound = conn.bound;
  if (!ctx.hub.remove(conn) || bound?.role !== 'participant') return;
  // An ended room is not loaded back just to mark someone offline.
  const live = await ctx.rooms.live(bound.roomId);
  const participant = live?.participants.get(bound.participantId);
  if (!live || !participant) return;
  live.connected.delete(participant.id);
  pushParticipant(ctx, live, participant);
}

// Plays: which scenarios each participant plays (with the seed the server replays them with), and
// the progress and results they report, checked by replaying the log with the real engine.
import type { ClientMessageOf, PlaySummary } from '../workshop/protocol.ts';
import type { ServerContext } from './context.ts';
import { WorkshopError } from './errors.ts';
import type { LiveRoom } from './live-room.ts';
import { isPrefixOf } from './log-compare.ts';
import { PlayReplayer } from './scoring.ts';
import type { ParticipantRecord, PlayRecord } from './storage/storage.ts';
import { newSeed } from './tokens.ts';
import { dashboardCounters, participantRow } from './views.ts';

/** Everyone plays every chosen scenario; participant N starts at scenario N, so a class covers all of them early. */
export function playOrder(scenarios: readonly string[], number: number): string[] {
  const start = (number - 1) % scenarios.length;
  return [...scenarios.slice(start), ...scenarios.slice(0, start)];
}

/** Gives each participant their plays (kept as they are if they already have them). */
export async function assignPlays(ctx: ServerContext, live: LiveRoom, people: ParticipantRecord[]): Promise<void> {
  const records: PlayRecord[] = people.flatMap((p) => {
    if (live.playsOf(p.id).length) return [];
    return playOrder(live.room.scenarios, p.number).map((scenario, position) => ({
      participantId: p.id, roomId: live.room.id, scenario, position, seed: newSeed(),
      delivered: 0, log: [], summary: null, finished: false, updatedAt: ctx.now(),
    }));
  });
  if (!records.length) return;
  await ctx.storage.assignPlays(records);
  for (const record of records) live.addPlay(record);
}

/** Tells the hosts a participant's row changed, with the counters after the change. */
export function pushParticipant(ctx: ServerContext, live: LiveRoom, p: ParticipantRecord) {
  ctx.hub.toHosts(live.room.id, { v: 1, type: 'participant', participant: participantRow(live, p), removed: p.removed, dashboard: dashboardCounters(ctx.content, live) });
}


/** Each play's write still on its way to disk: a repeated report is acknowledged only once it is there. */
const inFlight = new WeakMap<PlayRecord, Promise<void>>();
/** Each play in progress, replayed up to its last accepted report. */
const replayers = new WeakMap<PlayRecord, PlayReplayer>();

function replayerOf(ctx: ServerContext, play: PlayRecord, mode: LiveRoom['room']['mode']): PlayReplayer | null {
  let replayer = replayers.get(play);
  if (!replayer) {
    const model = ctx.content.models.get(play.scenario);
    if (!model) return null;
    replayers.set(play, (replayer = new PlayReplayer(model, play.seed, mode)));
  }
  return replayer;
}

/** Resolves once every report accepted for these plays is on disk (or its write has failed). */
export async function writesUnderWay(plays: readonly PlayRecord[]): Promise<void> {
  await Promise.allSettled(plays.map((play) => inFlight.get(play)).filter((write) => write !== undefined));
}

/** Lets go of the replays kept for these plays (the room ended, or the participant left it). */
export function forgetReplayers(plays: readonly PlayRecord[]) {
  for (const play of plays) forgetReplayer(play);
}

function forgetReplayer(play: PlayRecord) {
  replayers.get(play)?.dispose();
  replayers.delete(play);
}

export interface Accepted {
  summary: PlaySummary;
  /** Resolves once the report is on disk: only then may it be acknowledged. Rejects (with the play put back as it was) if the write fails. */
  durable: Promise<void>;
}

/**
 * Checks a progress report or a final result by replaying it, takes it into the room (the
 * dashboard sees it at once) and starts writing it. Throws a WorkshopError, changing nothing,
 * when the report is refused. The room's queue need not wait for the disk: the caller waits for
 * `durable` before acknowledging, and the participant's next message waits for that.
 */
export function report(ctx: ServerContext, live: LiveRoom, p: ParticipantRecord, message: ClientMessageOf<'progress'> | ClientMessageOf<'result'>): Accepted {
  const { room } = live;
  if (room.status === 'ended') throw new WorkshopError('room-ended', 'the host has ended this room');
  if (room.status === 'lobby') throw new WorkshopError('room-not-started', 'the host has not started yet');
  const play = live.playsOf(p.id).find((candidate) => candidate.scenario === message.scenario);
  if (!play) throw new WorkshopError('not-assigned', `scenario "${message.scenario}" is not one of your plays`);
  const final = message.type === 'result';

  const stored = play.log;
  // A report the server already has, or an older one arriving late (a resend after a reconnect or a
  // rate limit): answered with what is stored, and nothing changes.
  const alreadyHave = play.summary !== null && isPrefixOf(message.log, stored) && (message.delivered ?? play.delivered) <= play.delivered
    && (!final || (play.finished && message.log.length === stored.length));
  if (alreadyHave) return { summary: play.summary!, durable: inFlight.get(play) ?? Promise.resolve() };
  if (play.finished) throw new WorkshopError('already-finished', 'this play has already been submitted');
  if (!isPrefixOf(stored, message.log) || (message.delivered !== undefined && message.delivered < play.delivered)) {
    throw new WorkshopError('log-rewrites-history', 'the log does not continue the one accepted before');
  }

  const replayer = replayerOf(ctx, play, room.mode);
  if (!replayer) throw new WorkshopError('unknown-scenario', `scenario "${play.scenario}" is no longer on this server`);
  const scored = replayer.score(message.log, message.delivered);
  if (!scored.ok) {
    // The replayer moved on to the refused log: start it again from the accepted one next time.
    forgetReplayer(play);
    throw new WorkshopError('log-rejected', `the log does not replay: ${scored.error}`);
  }
  if (final && !scored.summary.finished) {
    forgetReplayer(play);
    throw new WorkshopError('not-finished', 'the log does not reach an ending');
  }

  const progress = { delivered: scored.summary.delivered, log: message.log, summary: scored.summary, finished: final, updatedAt: ctx.now() };
  const before = { delivered: play.delivered, log: play.log, summary: play.summary, finished: play.finished, updatedAt: play.updatedAt };
  const durable = ctx.storage.savePlayProgress(p.id, play.scenario, progress).catch((error: unknown) => {
    Object.assign(play, before);
    forgetReplayer(play);
    pushParticipant(ctx, live, p);
    throw error;
  });
  if (final) forgetReplayer(play);
  inFlight.set(play, durable);
  void durable.then(() => { if (inFlight.get(play) === durable) inFlight.delete(play); }, () => inFlight.delete(play));
  Object.assign(play, progress);
  pushParticipant(ctx, live, p);
  return { summary: scored.summary, durable };
}

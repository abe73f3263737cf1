// What the server shows: the room as participants see it, the host's view, each participant's
// row on the dashboard and the live counters.
import type { DashboardCounters, HostRoomView, ParticipantRow, PlayAssignment, QuizClassScore, QuizPhase, RoomView } from '../workshop/protocol.ts';
import type { ServerContext } from './context.ts';
import { joinUrlOf } from './join-link.ts';
import type { LiveRoom } from './live-room.ts';
import type { ParticipantRecord, RoomRecord } from './storage/storage.ts';
import type { Content } from './content.ts';

export function roomView(room: RoomRecord): RoomView {
  return { id: room.id, status: room.status, paused: room.paused, locked: room.locked, mode: room.mode, lateJoin: room.lateJoin, quiz: { ...room.quiz } };
}

export function hostRoomView(ctx: ServerContext, room: RoomRecord, qrSvg: string | null): HostRoomView {
  const live = room.status !== 'ended';
  const { origin, localOnly } = ctx.origin();
  return {
    ...roomView(room), pin: live ? room.pin : null, joinUrl: live ? joinUrlOf(origin, room.pin) : null, qrSvg: live ? qrSvg : null,
    localOnly, scenarios: [...room.scenarios], createdAt: room.createdAt, quizAvailable: ctx.quiz !== null,
  };
}

export function playAssignments(live: LiveRoom, participantId: string): PlayAssignment[] {
  return live.playsOf(participantId).map((p) => ({
    scenario: p.scenario, seed: p.seed, mode: live.room.mode, delivered: p.delivered, log: p.log, finished: p.finished,
  }));
}

export function participantRow(live: LiveRoom, p: ParticipantRecord): ParticipantRow {
  const plays = live.playsOf(p.id);
  const current = plays.find((play) => !play.finished) ?? plays[plays.length - 1];
  const finished = plays.filter((play) => play.finished);
  const quiz = live.quizzes.get(p.id);
  return {
    id: p.id, number: p.number, nickname: p.nickname, connected: live.connected.has(p.id), joinedAt: p.joinedAt,
    scenario: current?.scenario ?? null, stage: current?.summary?.stage ?? null, messages: current?.delivered ?? 0,
    finished: finished.length, plays: plays.length,
    score: finished.length ? Math.round(finished.reduce((sum, play) => sum + (play.summary?.score ?? 0), 0) / finished.length) : null,
    transferred: plays.some((play) => (play.summary?.sentToScammers ?? 0) > 0),
    quiz: { before: Boolean(quiz?.before), after: Boolean(quiz?.after) },
  };
}

/** The red flags the room's scenarios can show, in catalogue order. */
export function flagsOfScenarios(content: Content, scenarios: readonly string[]): string[] {
  const used = new Set<string>();
  for (const id of scenarios) for (const message of content.models.get(id)?.messages.values() ?? []) for (const f of message.flags) used.add(f);
  return content.catalogue.flags.map((f) => f.id).filter((id) => used.has(id));
}

export function quizClassScore(live: LiveRoom, phase: QuizPhase, active: ReadonlySet<string>): QuizClassScore {
  let answered = 0, hits = 0, scams = 0, falseAlarms = 0, genuine = 0;
  for (const [participantId, records] of live.quizzes) {
    const r = records[phase];
    if (!r || !active.has(participantId)) continue;
    answered++;
    hits += r.score.hits; scams += r.score.scams; falseAlarms += r.score.falseAlarms; genuine += r.score.genuine;
  }
  const hitRate = scams ? hits / scams : null;
  const falseAlarmRate = genuine ? falseAlarms / genuine : null;
  return { answered, hitRate, falseAlarmRate, discernment: hitRate === null || falseAlarmRate === null ? null : hitRate - falseAlarmRate };
}

export function dashboardCounters(content: Content, live: LiveRoom): DashboardCounters {
  const people = live.active();
  const active = new Set(people.map((p) => p.id));
  const shown = new Map<string, number>();
  const spotted = new Map<string, number>();
  let playing = 0, finished = 0, transferred = 0, totalSent = 0, totalLost = 0, playsFinished = 0, playsTotal = 0;
  for (const p of people) {
    const plays = live.playsOf(p.id);
    playsTotal += plays.length;
    playsFinished += plays.filter((play) => play.finished).length;
    if (plays.length && plays.every((play) => play.finished)) finished++;
    else if (plays.some((play) => play.delivered > 0)) playing++;
    let sent = 0;
    for (const play of plays) {
      const s = play.summary;
      if (!s) continue;
      sent += s.sentToScammers;
      totalLost += s.lost;
      for (const f of s.flags) {
        shown.set(f.flag, (shown.get(f.flag) ?? 0) + 1);
        if (f.status !== 'missed') spotted.set(f.flag, (spotted.get(f.flag) ?? 0) + 1);
      }
    }
    if (sent > 0) transferred++;
    totalSent += sent;
  }
  const flagIds = new Set([...flagsOfScenarios(content, live.room.scenarios), ...shown.keys()]);
  const flags = content.catalogue.flags.filter((f) => flagIds.has(f.id)).map((f) => ({
    flag: f.id, name: f.name, shown: shown.get(f.id) ?? 0, spotted: spotted.get(f.id) ?? 0,
  }));
  return {
    joined: people.length, connected: people.filter((p) => live.connected.has(p.id)).length, playing, finished, playsFinished, playsTotal,
    flags, transferred, totalSent, totalLost,
    quiz: { before: quizClassScore(live, 'before', active), after: quizClassScore(live, 'after', active) },
  };
}

/** What a participant gets after hello and whenever their assignment changes. */
export function welcomeMessage(ctx: ServerContext, live: LiveRoom, p: ParticipantRecord, replyTo?: string) {
  const answered = live.quizzes.get(p.id) ?? {};
  const phase = (['after', 'before'] as const).find((ph) => live.room.quiz[ph] === 'open' && !answered[ph]);
  return {
    v: 1 as const, type: 'welcome' as const, ...(replyTo ? { replyTo } : {}),
    room: roomView(live.room),
    you: { participantId: p.id, nickname: p.nickname, number: p.number },
    plays: playAssignments(live, p.id),
    quiz: phase && ctx.quiz ? { phase, items: ctx.quiz.draw(p.quizSeed, phase) } : null,
  };
}

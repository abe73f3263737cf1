// The workshop protocol: every HTTP body and realtime message between the server, the host
// dashboard and participants' games, as zod schemas with their TypeScript types. Browser code may
// import the types freely; only code that validates input (the server) should need the schemas.
// docs/workshop-protocol.md describes each message in words.
import { z } from 'zod';
import { INFO_KINDS, OUTCOMES, STAGES } from '../engine/constants.ts';
import type { PlayerAction } from '../engine/actions.ts';

export const PROTOCOL_VERSION = 1;
const v = z.literal(PROTOCOL_VERSION, { error: `unsupported protocol version (this server speaks version ${PROTOCOL_VERSION})` });

// ---- shared pieces ----------------------------------------------------------------------------

export const pin = z.string().regex(/^\d{6}$/, 'a PIN is 6 digits');
export const scenarioId = z.string().max(64).regex(/^[a-z0-9][a-z0-9-]*$/, 'not a scenario id');
/** Ids and tokens the server hands out (nanoid alphabet). */
export const opaqueId = z.string().min(8).max(64).regex(/^[A-Za-z0-9_-]+$/, 'not an id issued by this server');
/** A client's own label for a request; the reply carries it back as `replyTo`. */
const requestId = z.string().min(1).max(40).optional();
export const mode = z.enum(['practice', 'challenge']);
/** `allow`: people may still join after the start; `refuse`: only until the host starts. */
export const lateJoin = z.enum(['allow', 'refuse']);
export const lang = z.enum(['zh', 'en']);
export const quizPhase = z.enum(['before', 'after']);
export const quizAnswer = z.enum(['scam', 'genuine']);
export const localized = z.object({ zh: z.string(), en: z.string() });

export type Mode = z.infer<typeof mode>;
export type LateJoin = z.infer<typeof lateJoin>;
export type Lang = z.infer<typeof lang>;
export type QuizPhase = z.infer<typeof quizPhase>;
export type QuizAnswer = z.infer<typeof quizAnswer>;
export type Localized = z.infer<typeof localized>;

// ---- the engine's action log, as a client reports it -------------------------------------------

const ref = z.string().min(1).max(80);
export const playerAction = z.discriminatedUnion('type', [
  z.object({ type: z.literal('choose'), choice: ref }),
  z.object({ type: z.literal('flag'), message: ref, flag: ref }),
  z.object({ type: z.literal('block'), contact: ref }),
  z.object({ type: z.literal('report'), contact: ref }),
  z.object({ type: z.literal('call-96110') }),
  z.object({ type: z.literal('ask-family') }),
  z.object({ type: z.literal('check-official') }),
  z.object({ type: z.literal('transfer'), contact: ref, amount: z.number().positive().max(1e9), method: z.enum(['transfer', 'red-packet']).optional() }),
  z.object({ type: z.literal('share-info'), contact: ref, info: z.enum(INFO_KINDS) }),
  z.object({ type: z.literal('click-link'), message: ref }),
  z.object({ type: z.literal('receive'), message: ref }),
]);
export const loggedEvent = z.object({
  seq: z.number().int().min(0).max(100_000),
  at: z.number().min(0).max(1e10),
  event: z.union([playerAction, z.object({ type: z.literal('timeout') })]),
});
export const MAX_LOG_EVENTS = 2000;
export const actionLog = z.array(loggedEvent).max(MAX_LOG_EVENTS);
export type LoggedAction = z.infer<typeof loggedEvent>;
// The schema must accept exactly what the engine logs.
type _SameActions = z.infer<typeof playerAction> extends PlayerAction ? (PlayerAction extends z.infer<typeof playerAction> ? true : never) : never;
const _actionsMatch: _SameActions = true;
void _actionsMatch;

// ---- error codes ----------------------------------------------------------------------------

export const ERROR_CODES = [
  'bad-json', 'bad-message', 'unsupported-version', 'not-found', 'rate-limited', 'too-large',
  'not-authenticated', 'host-token-refused', 'participant-token-refused',
  'pin-unknown', 'room-locked', 'room-started', 'room-ended', 'room-not-started', 'removed',
  'nickname-refused', 'nickname-invalid', 'unknown-scenario',
  'not-assigned', 'log-rejected', 'log-rewrites-history', 'not-finished', 'already-finished',
  'unknown-participant', 'quiz-unavailable', 'quiz-not-open', 'quiz-answers-invalid', 'quiz-already-answered',
  'server-error',
] as const;
export const errorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCode>;

// ---- HTTP ------------------------------------------------------------------------------------

export const errorBody = z.object({ v, type: z.literal('error'), code: errorCode, message: z.string() });
export type ErrorBody = z.infer<typeof errorBody>;

export const scenarioInfo = z.object({
  id: scenarioId, title: localized, summary: localized, scamType: z.string(), difficulty: z.string(), minutes: z.number(),
});
export type ScenarioInfo = z.infer<typeof scenarioInfo>;
/** GET /api/scenarios */
export const scenarioList = z.object({ v, scenarios: z.array(scenarioInfo) });
export type ScenarioList = z.infer<typeof scenarioList>;

/** POST /api/rooms */
export const createRoomRequest = z.strictObject({
  v,
  scenarios: z.array(scenarioId).min(1, 'choose at least one scenario').max(20),
  mode: mode.default('challenge'),
  lateJoin: lateJoin.default('allow'),
});
export type CreateRoomRequest = z.input<typeof createRoomRequest>;
export const createRoomResponse = z.object({
  v, roomId: opaqueId, pin, hostToken: opaqueId, joinUrl: z.string(), qrSvg: z.string(),
  /** True when the server only listens on this computer: phones cannot reach the join URL. */
  localOnly: z.boolean(),
});
export type CreateRoomResponse = z.infer<typeof createRoomResponse>;

/** POST /api/join — without `nickname` the server makes one up (in `lang`). */
export const joinRequest = z.strictObject({
  v, pin, nickname: z.string().max(64).optional(), lang: lang.default('zh'),
});
export type JoinRequest = z.input<typeof joinRequest>;
export const joinResponse = z.object({
  v, roomId: opaqueId, participantId: opaqueId, token: opaqueId, nickname: z.string(), number: z.number().int().positive(),
});
export type JoinResponse = z.infer<typeof joinResponse>;

/** GET /api/nickname?lang=zh|en */
export const nicknameSuggestion = z.object({ v, nickname: z.string() });
export type NicknameSuggestion = z.infer<typeof nicknameSuggestion>;

// ---- views the server sends ---------------------------------------------------------------------

export const roomStatus = z.enum(['lobby', 'playing', 'ended']);
export type RoomStatus = z.infer<typeof roomStatus>;
export const quizState = z.enum(['closed', 'open', 'done']);
export type QuizState = z.infer<typeof quizState>;

/** What everyone in a room may see. */
export const roomView = z.object({
  id: opaqueId, status: roomStatus, paused: z.boolean(), locked: z.boolean(), mode, lateJoin,
  quiz: z.object({ before: quizState, after: quizState }),
});
export type RoomView = z.infer<typeof roomView>;

/** The host's view adds what only the host may see. */
export const hostRoomView = roomView.extend({
  pin: pin.nullable(), joinUrl: z.string().nullable(), qrSvg: z.string().nullable(), localOnly: z.boolean(),
  scenarios: z.array(scenarioId), createdAt: z.number(), quizAvailable: z.boolean(),
});
export type HostRoomView = z.infer<typeof hostRoomView>;

/** One scenario a participant is to play, with the seed the server will replay it with. */
export const playAssignment = z.object({
  scenario: scenarioId, seed: z.string(), mode,
  /** The last progress the server accepted: a client that lost its save can rebuild by replaying this log. */
  delivered: z.number().int().min(0), log: actionLog, finished: z.boolean(),
});
export type PlayAssignment = z.infer<typeof playAssignment>;

/** A quiz message as a phone shows it: who it is from and what it says, never the verdict. */
export const quizItemView = z.object({ id: z.string(), from: localized, text: localized });
export type QuizItemView = z.infer<typeof quizItemView>;

export const quizScore = z.object({
  /** Scam messages answered "scam". */
  hits: z.number().int().min(0), scams: z.number().int().min(0),
  /** Genuine messages answered "scam". */
  falseAlarms: z.number().int().min(0), genuine: z.number().int().min(0),
  /** Ids of the messages judged wrongly (the phone can explain them after the quiz). */
  wrong: z.array(z.string()).optional(),
});
export type QuizScore = z.infer<typeof quizScore>;

const stage = z.enum(STAGES);
const outcome = z.enum(OUTCOMES);

/** The server's own reading of a play, recomputed from its log. */
export const playSummary = z.object({
  scenario: scenarioId, delivered: z.number().int(), finished: z.boolean(), stage: stage.nullable(),
  ending: z.string().nullable(), outcome: outcome.nullable(), score: z.number(),
  flags: z.array(z.object({ flag: z.string(), status: z.enum(['spotted', 'late', 'missed']) })),
  sent: z.number(), sentToScammers: z.number(), lost: z.number(),
  /** Each reply chosen: the dialogue node and the choice. */
  choices: z.array(z.object({ node: z.string(), choice: z.string() })),
});
export type PlaySummary = z.infer<typeof playSummary>;

export const participantRow = z.object({
  id: opaqueId, number: z.number().int().positive(), nickname: z.string(), connected: z.boolean(), joinedAt: z.number(),
  scenario: scenarioId.nullable(), stage: stage.nullable(), messages: z.number().int(),
  finished: z.number().int(), plays: z.number().int(), score: z.number().nullable(), transferred: z.boolean(),
  quiz: z.object({ before: z.boolean(), after: z.boolean() }),
});
export type ParticipantRow = z.infer<typeof participantRow>;

/** A class's quiz: scams caught, genuine messages wrongly accused, and the difference (discernment, −1 to 1). */
export const quizClassScore = z.object({
  answered: z.number().int(), hitRate: z.number().nullable(), falseAlarmRate: z.number().nullable(), discernment: z.number().nullable(),
});
export type QuizClassScore = z.infer<typeof quizClassScore>;

export const dashboardCounters = z.object({
  /** People in the room, online now, still playing, done with all their plays. */
  joined: z.number().int(), connected: z.number().int(), playing: z.number().int(), finished: z.number().int(),
  /** Plays submitted as finished, out of all plays handed out. */
  playsFinished: z.number().int(), playsTotal: z.number().int(),
  /** Per red flag shown to anyone so far: how many plays showed it and how many spotted it. */
  flags: z.array(z.object({ flag: z.string(), name: localized, shown: z.number().int(), spotted: z.number().int() })),
  transferred: z.number().int(), totalSent: z.number(), totalLost: z.number(),
  quiz: z.object({ before: quizClassScore, after: quizClassScore }),
});
export type DashboardCounters = z.infer<typeof dashboardCounters>;

// ---- realtime: client → server ----------------------------------------------------------------

const base = { v, id: requestId };
const host = { ...base, hostToken: opaqueId };

const hello = z.discriminatedUnion('role', [
  z.strictObject({ ...base, type: z.literal('hello'), role: z.literal('host'), roomId: opaqueId, hostToken: opaqueId }),
  z.strictObject({ ...base, type: z.literal('hello'), role: z.literal('participant'), token: opaqueId }),
], { error: (issue) => (issue.code === 'invalid_union' ? 'hello needs role "host" or "participant"' : undefined) });

export const clientMessage = z.discriminatedUnion('type', [
  hello,
  z.strictObject({ ...base, type: z.literal('ping') }),
  // host actions: every one carries the host token
  z.strictObject({ ...host, type: z.literal('host:settings'), scenarios: z.array(scenarioId).min(1).max(20).optional(), mode: mode.optional(), lateJoin: lateJoin.optional() }),
  z.strictObject({ ...host, type: z.literal('host:lock'), locked: z.boolean() }),
  z.strictObject({ ...host, type: z.literal('host:remove'), participantId: opaqueId }),
  z.strictObject({ ...host, type: z.literal('host:start') }),
  z.strictObject({ ...host, type: z.literal('host:pause') }),
  z.strictObject({ ...host, type: z.literal('host:resume') }),
  z.strictObject({ ...host, type: z.literal('host:end') }),
  z.strictObject({ ...host, type: z.literal('host:quiz'), phase: quizPhase, state: z.enum(['open', 'done']) }),
  // participant reports
  z.strictObject({ ...base, type: z.literal('progress'), scenario: scenarioId, delivered: z.number().int().min(0).max(100_000), log: actionLog }),
  z.strictObject({ ...base, type: z.literal('result'), scenario: scenarioId, delivered: z.number().int().min(0).max(100_000).optional(), log: actionLog }),
  z.strictObject({ ...base, type: z.literal('quiz-answers'), phase: quizPhase, answers: z.array(z.object({ item: z.string().max(64), answer: quizAnswer })).max(100) }),
], { error: (issue) => (issue.code === 'invalid_union' ? 'unknown message type' : undefined) });
export type ClientMessage = z.infer<typeof clientMessage>;
export type ClientMessageOf<T extends ClientMessage['type']> = Extract<ClientMessage, { type: T }>;
export type HostAction = Extract<ClientMessage, { hostToken: string; type: `host:${string}` }>;

// ---- realtime: server → client ----------------------------------------------------------------

const reply = { v, replyTo: z.string().optional() };

export const serverMessage = z.discriminatedUnion('type', [
  z.object({ ...reply, type: z.literal('error'), code: errorCode, message: z.string() }),
  z.object({ ...reply, type: z.literal('ack'), play: playSummary.optional(), quiz: quizScore.optional() }),
  z.object({ ...reply, type: z.literal('pong'), serverTime: z.number() }),
  /** To a participant after hello, and again whenever their assignment changes (at the start). */
  z.object({
    ...reply, type: z.literal('welcome'), room: roomView,
    you: z.object({ participantId: opaqueId, nickname: z.string(), number: z.number().int() }),
    plays: z.array(playAssignment),
    /** The quiz waiting for this participant's answers, if one is open. */
    quiz: z.object({ phase: quizPhase, items: z.array(quizItemView) }).nullable(),
  }),
  /** To everyone in the room when its state changes (start, pause, resume, lock, end, quiz). */
  z.object({ ...reply, type: z.literal('room'), room: roomView }),
  /** To each participant when a quiz opens. */
  z.object({ ...reply, type: z.literal('quiz'), phase: quizPhase, items: z.array(quizItemView) }),
  /** To a participant the host removed; the socket closes after it. */
  z.object({ ...reply, type: z.literal('removed') }),
  /** To a socket replaced by a newer one of the same participant; it closes after it. */
  z.object({ ...reply, type: z.literal('replaced') }),
  // host only
  z.object({
    ...reply, type: z.literal('host-welcome'), room: hostRoomView, participants: z.array(participantRow), dashboard: dashboardCounters,
  }),
  z.object({ ...reply, type: z.literal('host-room'), room: hostRoomView }),
  /** A participant joined, changed, left or was removed (`removed: true`), with the counters after it. */
  z.object({ ...reply, type: z.literal('participant'), participant: participantRow, removed: z.boolean(), dashboard: dashboardCounters }),
]);
export type ServerMessage = z.infer<typeof serverMessage>;
export type ServerMessageOf<T extends ServerMessage['type']> = Extract<ServerMessage, { type: T }>;

// ---- reports ---------------------------------------------------------------------------------

export { CSV_TABLES, type CsvTable } from './report-tables.ts';

export const reportData = z.object({
  v,
  room: z.object({ id: opaqueId, createdAt: z.number(), endedAt: z.number().nullable(), mode, scenarios: z.array(z.object({ id: scenarioId, title: localized })) }),
  generatedAt: z.number(),
  named: z.boolean(),
  participants: z.number().int(),
  /** Per red flag: of the plays that showed it, how many spotted it before any transfer, after one, or missed it. */
  flags: z.array(z.object({ flag: z.string(), name: localized, shown: z.number().int(), before: z.number().int(), after: z.number().int(), missed: z.number().int() })),
  /** Per dialogue node offering two or more replies: how many plays picked each. */
  decisions: z.array(z.object({
    scenario: scenarioId, node: z.string(), reached: z.number().int(),
    /** The last words the player read before choosing. */
    prompt: localized.nullable(),
    choices: z.array(z.object({ choice: z.string(), text: localized, count: z.number().int() })),
  })),
  outcomes: z.array(z.object({
    scenario: scenarioId, ending: z.string().nullable(), outcome: outcome.nullable(), title: localized, count: z.number().int(),
  })),
  transferred: z.number().int(), totalSent: z.number(), totalLost: z.number(),
  quiz: z.object({ before: quizClassScore, after: quizClassScore }),
  /** One row per participant who answered a quiz. */
  quizzes: z.array(z.object({ number: z.number().int(), nickname: z.string().nullable(), before: quizScore.nullable(), after: quizScore.nullable() })),
  /** One row per play that has begun; `nickname` is null unless the host asked for names. */
  plays: z.array(z.object({
    number: z.number().int(), nickname: z.string().nullable(), scenario: scenarioId, finished: z.boolean(), ending: z.string().nullable(), outcome: outcome.nullable(),
    score: z.number(), spotted: z.number().int(), late: z.number().int(), missed: z.number().int(), sentToScammers: z.number(), lost: z.number(),
    quizBefore: quizScore.nullable(), quizAfter: quizScore.nullable(),
  })),
});
export type ReportData = z.infer<typeof reportData>;

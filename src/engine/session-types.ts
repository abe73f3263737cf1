// The data a session keeps (saved as JSON) and the snapshot it shows to UIs.
import type { PlayerAction } from './actions.ts';
import type { Pacing } from './pacing.ts';
import type { LocalizedText, MessageKind, Stage, Outcome } from './schema.ts';

export type Mode = 'practice' | 'challenge';

/** One line in a chat as the player sees it. Texts are already filled in, in both languages. */
export interface ChatEntry {
  /** Unique within the play (a message sent twice gets two keys). */
  key: string;
  conversation: string;
  /** A contact id, "player" or "system". */
  from: string;
  /** Game time in ms since the session started. */
  at: number;
  kind: MessageKind;
  /** The scenario message it shows (messages from others and system tips). */
  message?: string;
  /** The choice it shows (the player's replies). */
  choice?: string;
  text?: LocalizedText;
  title?: LocalizedText;
  site?: string;
  art?: string;
  seconds?: number;
  amount?: number;
  /** Transfers and red packets. */
  status?: 'pending' | 'received' | 'returned';
  /** Recall tips: the key of the entry taken back. */
  recalls?: string;
  recalled?: boolean;
  tone?: 'info' | 'warning';
  mentions?: string[];
}

/** What the session writes down for every accepted action (and for timeouts it fired itself). */
export interface LoggedEvent {
  /** How many scenario messages had been delivered when it happened. */
  seq: number;
  /** Game time in ms. */
  at: number;
  event: PlayerAction | { type: 'timeout' };
}

export interface DeliveredMessage {
  message: string;
  /** 1-based count of delivered scenario messages, this one included. */
  seq: number;
  at: number;
  entry: string;
}

export interface SessionState {
  scenarioId: string;
  seed: string;
  mode: Mode;
  /** Game time when saved; live sessions compute it from the clock. */
  gameTime: number;
  entries: ChatEntry[];
  delivered: DeliveredMessage[];
  log: LoggedEvent[];
  /** Message ids still to come from the current node, in order. */
  queue: string[];
  /** When the head of the queue starts typing and appears (game ms). */
  head: { typingFrom: number; readyAt: number } | null;
  /** Game time when the current node's messages had all arrived (timeouts count from here). */
  waitingSince: number | null;
  /** Game time when the latest message arrived or the current node was entered: the next message is paced from here. */
  lastArrival: number | null;
  /** Deliver the rest of the current node's messages at once (the player pressed skip). */
  skipping: boolean;
  dialogueEntries: number;
  stage: Stage | null;
  /** The stage of each delivered message, by entry key. */
  stages: Record<string, Stage>;
  balance: number;
  blocked: string[];
  reported: string[];
  ending: string | null;
  /** The verdict on the latest flag (shown at once in practice mode only). */
  feedback: FlagFeedback | null;
}

export interface FlagFeedback {
  message: string;
  flag: string;
  result: 'correct' | 'wrong-category' | 'benign';
  /** The flags the message really shows (practice mode only). */
  actual: string[];
}

export type ActionResult = { ok: true; feedback?: FlagFeedback } | { ok: false; reason: string };

export interface ChoiceView {
  id: string;
  text: LocalizedText;
  conversation: string;
}

export interface TransferOption {
  contact: string;
  /** The amount asked for, if the scenario names one. */
  amount?: number;
}

export interface ConversationView {
  id: string;
  kind: 'private' | 'group';
  title: LocalizedText;
  /** Contact ids (the player is implied). */
  members: string[];
}

export interface ContactView {
  id: string;
  name: LocalizedText;
  avatar: { color: string; glyph: string };
  bio?: LocalizedText;
  region?: LocalizedText;
}

export interface SessionSnapshot {
  scenarioId: string;
  mode: Mode;
  pacing: Pacing;
  status: 'playing' | 'ended';
  paused: boolean;
  gameTime: number;
  node: string;
  contacts: ContactView[];
  conversations: ConversationView[];
  entries: readonly ChatEntry[];
  typing: { contact: string; conversation: string } | null;
  /** Replies on offer (empty while messages are still arriving). */
  choices: ChoiceView[];
  transferTo: TransferOption[];
  shareInfoTo: string[];
  balance: number;
  blocked: string[];
  reported: string[];
  /** Flags the player has placed, by message id. */
  flagged: { message: string; flag: string }[];
  /** Practice mode: the result of the latest flag. Challenge mode: always null. */
  feedback: FlagFeedback | null;
  ending: { id: string; outcome: Outcome; title: LocalizedText; debrief: LocalizedText } | null;
}

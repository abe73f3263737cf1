import type { InfoKind } from './schema.ts';

/** Everything a player can do. The UI, kiosk and workshop server all send these. */
export type PlayerAction =
  | { type: 'choose'; choice: string }
  | { type: 'flag'; message: string; flag: string }
  | { type: 'block'; contact: string }
  | { type: 'report'; contact: string }
  | { type: 'call-96110' }
  | { type: 'ask-family' }
  | { type: 'check-official' }
  | { type: 'transfer'; contact: string; amount: number; method?: 'transfer' | 'red-packet' }
  | { type: 'share-info'; contact: string; info: InfoKind }
  | { type: 'click-link'; message: string }
  | { type: 'receive'; message: string };

export type PlayerActionType = PlayerAction['type'];

/** Events the dialogue machine takes: player actions, plus the session's own pacing events. */
export type DialogueEvent = PlayerAction | { type: 'continue' } | { type: 'timeout' };

/** Protective moves rewarded by the score (blocking counts only against a scammer). */
export const PROTECTIVE_ACTIONS = ['block', 'report', 'call-96110', 'ask-family', 'check-official'] as const;
export type ProtectiveAction = (typeof PROTECTIVE_ACTIONS)[number];

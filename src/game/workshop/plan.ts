// Where a participant should be, worked out from what the server says they are assigned (and how
// far it has their plays), the report still waiting on this device, and the game this device has
// running or saved. A reload or a dropped connection comes back to the same place: the running or
// saved game if it is the assigned play and not behind the server, else the play rebuilt from the
// longest log known, and only with no log anywhere a fresh start.
import type { LoggedEvent, Mode } from '../../engine/index.ts';
import type { PlayReport } from './credentials.ts';

export interface Assignment {
  scenario: string;
  seed: string;
  mode: Mode;
  delivered: number;
  log: LoggedEvent[];
  finished: boolean;
}

/** The game on this device: the one running in the app, or the one saved for later. */
export interface LocalPlay {
  scenario: string;
  seed: string;
  logLength: number;
  delivered: number;
  ended: boolean;
  running: boolean;
}

export interface KnownProgress {
  delivered: number;
  log: LoggedEvent[];
  finished: boolean;
}

export type Plan =
  /** Nothing assigned yet (the room has not started, or the assignment is on its way). */
  | { kind: 'wait' }
  /** The running game is the assigned play: keep it (and its screen). */
  | { kind: 'continue'; play: Assignment }
  /** The running game is an assigned play that has ended: its debrief stays until the player moves on. */
  | { kind: 'debrief'; play: Assignment }
  /** The saved game is the assigned play: resume it. */
  | { kind: 'resume'; play: Assignment }
  /** Neither: rebuild the play from the longest log known (the server's or the waiting report's). */
  | { kind: 'rebuild'; play: Assignment; from: KnownProgress }
  | { kind: 'fresh'; play: Assignment }
  /** Every play is finished; `last` is the last one, to show its debrief again. */
  | { kind: 'done'; last: { play: Assignment; from: KnownProgress } | null };

const sameGame = (local: LocalPlay, play: Assignment) => local.scenario === play.scenario && local.seed === play.seed;

/** How far a play has got, as far as anyone knows: the waiting report continues the server's log. */
export function knownProgress(play: Assignment, pending: PlayReport | null): KnownProgress {
  const mine = pending && pending.scenario === play.scenario && pending.seed === play.seed ? pending : null;
  if (mine && mine.log.length >= play.log.length && mine.delivered >= play.delivered) {
    return { delivered: mine.delivered, log: mine.log, finished: play.finished || mine.type === 'result' };
  }
  return { delivered: play.delivered, log: play.log, finished: play.finished };
}

/**
 * `advance`: the player asked for their next case (from a debrief); otherwise an ended game that
 * is one of the assigned plays keeps its debrief on screen.
 */
export function planPlay(plays: readonly Assignment[], pending: PlayReport | null, local: LocalPlay | null, options: { advance?: boolean } = {}): Plan {
  if (plays.length === 0) return { kind: 'wait' };
  const progress = plays.map((play) => ({ play, known: knownProgress(play, pending) }));
  if (local?.running && local.ended && !options.advance) {
    const shown = plays.find((play) => sameGame(local, play));
    if (shown) return { kind: 'debrief', play: shown };
  }
  const current = progress.find((p) => !p.known.finished);
  if (!current) {
    const last = progress[progress.length - 1]!;
    return { kind: 'done', last: { play: last.play, from: last.known } };
  }
  const { play, known } = current;
  const upToDate = local !== null && sameGame(local, play) && !local.ended
    && local.logLength >= known.log.length && local.delivered >= known.delivered;
  if (upToDate) return { kind: local.running ? 'continue' : 'resume', play };
  if (local?.running && local.ended && sameGame(local, play)) return { kind: 'continue', play };
  if (known.log.length > 0 || known.delivered > 0) return { kind: 'rebuild', play, from: known };
  return { kind: 'fresh', play };
}

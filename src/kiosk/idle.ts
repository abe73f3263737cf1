// When a visitor has gone: quiet time without input, then a "still there?" countdown, then a reset.
// Only the visitor's input counts: messages typed to them do not keep the kiosk "in use". After the
// play ends the debrief gets its own quiet time. The clock is passed in, so tests drive it.

export interface IdleTimes {
  idleMs: number;
  countdownMs: number;
  /** Quiet time on the debrief, from the end of the play or the last touch after it. */
  debriefMs: number;
}

export type IdleStatus =
  | { phase: 'active'; quietMs: number }
  | { phase: 'countdown'; remainingMs: number; seconds: number }
  | { phase: 'expired' };

export class IdleWatch {
  private times: IdleTimes;
  private lastInput: number;
  private endedAt: number | null = null;

  constructor(times: IdleTimes, now: number) {
    this.times = { ...times };
    this.lastInput = now;
  }

  /** The visitor did something. Returns true when this cancelled a running countdown. */
  input(now: number): boolean {
    const wasCountingDown = this.status(now).phase === 'countdown';
    if (this.status(now).phase !== 'expired') this.lastInput = Math.max(this.lastInput, now);
    return wasCountingDown;
  }

  /** The play ended: from now on the debrief's quiet time applies. */
  playEnded(now: number) {
    this.endedAt ??= now;
  }

  /** A new play began (replay, next case): the usual quiet time applies again. */
  playStarted() {
    this.endedAt = null;
  }

  setTimes(times: IdleTimes) {
    this.times = { ...times };
  }

  /** The last input and when the countdown starts, in the clock's time. */
  schedule(): { quietSince: number; countdownAt: number } {
    return { quietSince: this.endedAt === null ? this.lastInput : Math.max(this.lastInput, this.endedAt), countdownAt: this.countdownAt };
  }

  /** When the countdown starts, in the clock's time. */
  get countdownAt(): number {
    return this.endedAt === null ? this.lastInput + this.times.idleMs : Math.max(this.lastInput, this.endedAt) + this.times.debriefMs;
  }

  status(now: number): IdleStatus {
    const start = this.countdownAt;
    if (now < start) return { phase: 'active', quietMs: Math.max(0, now - this.lastInput) };
    const remainingMs = start + this.times.countdownMs - now;
    if (remainingMs > 0) return { phase: 'countdown', remainingMs, seconds: Math.ceil(remainingMs / 1000) };
    return { phase: 'expired' };
  }
}

/** A full page reload frees everything the browser holds; it may only happen while nobody plays. */
export function reloadDue(options: { now: number; loadedAt: number; reloadHours: number; attractShowing: boolean }): boolean {
  return options.attractShowing && options.reloadHours > 0 && options.now - options.loadedAt >= options.reloadHours * 3_600_000;
}

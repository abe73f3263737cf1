// Reports one play's progress to the workshop server: at once after each player action, at most
// every `intervalMs` while messages only arrive, and the result when the play ends. Reports are
// cumulative (the whole log so far), so one request at a time is enough: whatever changes while
// it is on its way goes in the next one. The report being sent is kept on the device until the
// server answers, and the client library resends it over a new connection, so none is lost.
import type { PlayReport } from './credentials.ts';

export interface Timers {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** What the server said to a report: taken, or refused for good (resending would not help). */
export type SendOutcome = 'accepted' | 'refused';

export interface ReporterOptions {
  /** The play as it stands now, or null when it can no longer be read (the game was closed). */
  read(): PlayReport | null;
  /** Resolves when the server has answered; rejects only when the connection is given up. */
  send(report: PlayReport): Promise<SendOutcome>;
  /** Keeps the report being sent on the device until it is answered. */
  keep(report: PlayReport): void;
  /** The server answered this report (taken or refused): it need not be kept any more. */
  settled(report: PlayReport): void;
  timers: Timers;
  intervalMs?: number;
}

/** Two reports with the same signature say the same thing (logs only ever grow). */
export const reportSignature = (r: PlayReport) => `${r.type}|${r.scenario}|${r.seed}|${r.delivered}|${r.log.length}`;

export class Reporter {
  private readonly intervalMs: number;
  private inFlight: PlayReport | null = null;
  /** Something changed while a report was on its way. */
  private dirty = false;
  private lastSent: string | null = null;
  private lastSentAt = Number.NEGATIVE_INFINITY;
  private timer: unknown = null;
  private stopped = false;
  /** Reports sent and answered, for the status line and tests. */
  sent = 0;
  accepted = 0;
  refused = 0;

  constructor(private readonly options: ReporterOptions) {
    this.intervalMs = options.intervalMs ?? 2000;
  }

  /** The player did something: report it now. */
  action() {
    this.flush();
  }

  /** Messages arrived: report within the interval. */
  changed() {
    if (this.stopped || this.timer !== null) return;
    const wait = Math.max(0, this.lastSentAt + this.intervalMs - this.options.timers.now());
    if (wait === 0) { this.flush(); return; }
    this.timer = this.options.timers.setTimeout(() => { this.timer = null; this.flush(); }, wait);
  }

  /** Sends the play as it stands unless the server already has exactly that. */
  flush() {
    if (this.stopped) return;
    this.clearTimer();
    if (this.inFlight) { this.dirty = true; return; }
    const report = this.options.read();
    if (!report || reportSignature(report) === this.lastSent) return;
    this.inFlight = report;
    this.dirty = false;
    this.lastSent = reportSignature(report);
    this.lastSentAt = this.options.timers.now();
    this.sent++;
    this.options.keep(report);
    this.options.send(report).then(
      (outcome) => {
        if (outcome === 'accepted') this.accepted++;
        else this.refused++;
        // A refused report will not be taken later either; nothing is kept for it.
        this.options.settled(report);
        this.inFlight = null;
        if (this.dirty) this.flush();
      },
      () => { this.inFlight = null; },
    );
  }

  /** Stops reporting (another play, or the workshop is over); a report on its way still finishes. */
  stop() {
    this.stopped = true;
    this.clearTimer();
  }

  private clearTimer() {
    if (this.timer !== null) this.options.timers.clearTimeout(this.timer);
    this.timer = null;
  }
}

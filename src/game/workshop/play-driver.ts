// Opens the participant's assigned play on the game's screens (continue, resume, rebuild from the
// server's log, or start fresh with the server's seed), keeps a Reporter on it while it runs, and
// freezes it during the room's discussion pause.
import type { GameSession, Mode } from '../../engine/index.ts';
import type { PlaySummary } from '../../workshop/protocol.ts';
import type { App } from '../state/app.ts';
import type { PlayReport } from './credentials.ts';
import { knownProgress, planPlay, type Assignment, type KnownProgress, type LocalPlay, type Plan } from './plan.ts';
import { rebuildSave } from './rebuild.ts';
import { Reporter, type SendOutcome, type Timers } from './reporter.ts';

/** The game's screen moves (src/main.ts), as the workshop needs them. */
export interface ScreenDriver {
  /** Resolves once the boot screen has done its work (a saved game resumed, or Home shown). */
  booted(): Promise<void>;
  scene(): string | undefined;
  goTo(key: 'Home' | 'ChatList' | 'Chat' | 'Debrief'): Promise<void>;
  startCase(id: string, mode: Mode, seed: string): Promise<void>;
  resumeGame(): Promise<void>;
}

export interface PlayDriverDeps {
  app: App;
  screens: ScreenDriver;
  timers: Timers;
  plays(): Assignment[];
  pending(): PlayReport | null;
  keep(report: PlayReport): void;
  settled(report: PlayReport): void;
  send(report: PlayReport): Promise<SendOutcome>;
  /** The game should stand still (discussion pause, quiz). */
  paused(): boolean;
  /** Every case is finished: the waiting screen. */
  onDone(): void;
}

export class PlayDriver {
  /** The last plan carried out (tests and debugging). */
  lastPlan: Plan['kind'] | null = null;
  /** What the server made of each play's latest report, by scenario. */
  readonly summaries = new Map<string, PlaySummary>();
  private work: Promise<void> = Promise.resolve();
  private reporter: Reporter | null = null;
  private reporting: { session: GameSession; seed: string } | null = null;

  constructor(private readonly deps: PlayDriverDeps) {
    deps.app.on((event) => {
      switch (event.type) {
        case 'started': this.attach(); this.applyPause(); break;
        case 'action': case 'ended': this.reporter?.action(); break;
        case 'session': this.reporter?.changed(); break;
        case 'closed': if (this.reporting && this.deps.app.session !== this.reporting.session) this.detach(); break;
        default:
      }
    });
  }

  get reporterStats() {
    return this.reporter ? { sent: this.reporter.sent, accepted: this.reporter.accepted, refused: this.reporter.refused } : null;
  }

  /** Opens the play the participant should be in (one move at a time). */
  enter(options: { advance?: boolean; fromHome?: boolean }): Promise<void> {
    this.work = this.work.then(() => this.go(options)).catch((error: unknown) => console.error('could not open the workshop play', error));
    return this.work;
  }

  /** Whether the game running or saved on this device is one of the assigned plays. */
  holdsAssignedPlay(): boolean {
    const local = this.local();
    return local !== null && this.deps.plays().some((p) => p.scenario === local.scenario && p.seed === local.seed);
  }

  isWorkshopSession(): boolean {
    return this.reporting !== null && this.deps.app.session === this.reporting.session;
  }

  /** Whether an assigned case is still to play after the one on screen. */
  hasNextCase(): boolean {
    const pending = this.deps.pending();
    const shownEnded = this.isWorkshopSession() && this.deps.app.snapshot?.status === 'ended' ? this.reporting!.seed : null;
    return this.deps.plays().some((p) => p.seed !== shownEnded && !knownProgress(p, pending).finished);
  }

  applyPause() {
    const session = this.deps.app.session;
    if (!session) return;
    if (this.deps.paused()) session.pause();
    else session.resume();
  }

  freeze() {
    this.deps.app.session?.pause();
  }

  stop() {
    this.detach();
  }

  accepted(report: PlayReport, summary: PlaySummary) {
    this.summaries.set(report.scenario, summary);
  }

  private local(): LocalPlay | null {
    const { app } = this.deps;
    const session = app.session;
    if (session) {
      const { state } = session.save();
      return { scenario: state.scenarioId, seed: state.seed, logLength: state.log.length, delivered: session.deliveredCount, ended: app.snapshot?.status === 'ended', running: true };
    }
    const saved = app.savedPlay();
    return saved ? { scenario: saved.scenarioId, seed: saved.seed, logLength: saved.logLength, delivered: saved.delivered, ended: false, running: false } : null;
  }

  private async go(options: { advance?: boolean; fromHome?: boolean }) {
    const { screens, app } = this.deps;
    await screens.booted();
    const plan = planPlay(this.deps.plays(), this.deps.pending(), this.local(), { advance: options.advance ?? false });
    this.lastPlan = plan.kind;
    const onHome = options.fromHome || screens.scene() === 'Home';
    switch (plan.kind) {
      case 'wait':
        return;
      case 'continue':
        this.attach();
        if (onHome) await screens.goTo(app.snapshot?.status === 'ended' ? 'Debrief' : app.conversation ? 'Chat' : 'ChatList');
        break;
      case 'debrief':
        this.attach();
        if (onHome) await screens.goTo('Debrief');
        break;
      case 'resume':
        await screens.resumeGame();
        break;
      case 'rebuild':
        await this.rebuild(plan.play, plan.from);
        break;
      case 'fresh':
        await screens.startCase(plan.play.scenario, plan.play.mode, plan.play.seed);
        break;
      case 'done':
        if (plan.last && !(this.isWorkshopSession() && app.snapshot?.status === 'ended')) await this.rebuild(plan.last.play, plan.last.from);
        this.deps.onDone();
        break;
    }
    this.attach();
    this.applyPause();
  }

  private async rebuild(play: Assignment, from: KnownProgress) {
    const { app, screens } = this.deps;
    try {
      const model = await app.content.load(play.scenario);
      app.resumeFrom(model, rebuildSave(model, { seed: play.seed, mode: play.mode, delivered: from.delivered, log: from.log }));
      await screens.goTo(app.snapshot?.status === 'ended' ? 'Debrief' : 'ChatList');
    } catch (error) {
      // A play that cannot be rebuilt (the case changed on this device) starts again rather than not at all.
      console.error('could not rebuild the play from its log; starting it again', error);
      await screens.startCase(play.scenario, play.mode, play.seed);
    }
  }

  private attach() {
    const session = this.deps.app.session;
    if (session && this.reporting?.session === session) return;
    this.detach();
    if (!session) return;
    const { state } = session.save();
    const play = this.deps.plays().find((p) => p.scenario === state.scenarioId && p.seed === state.seed);
    if (!play) return;
    this.reporting = { session, seed: play.seed };
    this.reporter = new Reporter({
      read: () => this.read(session, play.seed),
      send: (report) => this.deps.send(report),
      keep: (report) => this.deps.keep(report),
      settled: (report) => this.deps.settled(report),
      timers: this.deps.timers,
    });
    this.reporter.changed();
  }

  private detach() {
    this.reporter?.stop();
    this.reporter = null;
    this.reporting = null;
  }

  private read(session: GameSession, seed: string): PlayReport | null {
    if (this.deps.app.session !== session) return null;
    const { state } = session.save();
    const ended = session.getSnapshot().status === 'ended';
    return { type: ended ? 'result' : 'progress', scenario: state.scenarioId, seed, delivered: session.deliveredCount, log: state.log };
  }
}

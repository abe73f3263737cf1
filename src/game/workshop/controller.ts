// The participant's side of a workshop: joins a room, keeps the connection (the client library
// reconnects and resends by itself), follows the room (lobby, start, discussion pause, quiz, end,
// removal) and plays the assigned cases, reporting each one to the server. What it shows lives in
// views.ts; which play to open and how is plan.ts and play-driver.ts.
import type { Lang } from '../../engine/index.ts';
import { joinRoom, WorkshopClient, WorkshopClientError, wsUrlOf, type ClientStatus, type WebSocketConstructor } from '../../workshop/client.ts';
import type { QuizAnswer, RoomView, ServerMessage } from '../../workshop/protocol.ts';
import type { App } from '../state/app.ts';
import type { KeyValueStore } from '../state/storage.ts';
import { WorkshopStore, type PlayReport, type WorkshopRecord } from './credentials.ts';
import { joinProblem, type JoinProblem } from './join-errors.ts';
import { normalizePin } from './link.ts';
import type { WorkshopOverlay } from './overlay.ts';
import { PlayDriver, type ScreenDriver } from './play-driver.ts';
import { QuizFlow, type QuizState } from './quiz-flow.ts';
import type { Assignment } from './plan.ts';
import type { Timers } from './reporter.ts';
import { ws } from './strings.ts';
import { buildView } from './views.ts';

export type Phase = 'off' | 'form' | 'connecting' | 'in' | 'ended' | 'removed' | 'replaced';

export interface WorkshopDeps {
  app: App;
  store: KeyValueStore;
  screens: ScreenDriver;
  overlay: WorkshopOverlay;
  /** The workshop server's address (the page's own origin when it served the game). */
  baseUrl: string;
  WebSocket?: WebSocketConstructor;
  timers?: Timers;
}

export interface FormState {
  pin: string;
  problem: JoinProblem | null;
  busy: boolean;
}

const browserTimers: Timers = {
  now: () => performance.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class WorkshopController {
  phase: Phase = 'off';
  room: RoomView | null = null;
  plays: Assignment[] = [];
  you: { participantId: string; nickname: string; number: number } | null = null;
  readonly quizFlow = new QuizFlow();
  form: FormState = { pin: '', problem: null, busy: false };
  offline = false;
  announceConnecting = false;
  /** The player finished every case and asked to see the waiting screen. */
  showDone = false;
  readonly records: WorkshopStore;
  readonly driver: PlayDriver;
  private client: WorkshopClient | null = null;
  private pendingResent = false;

  constructor(private readonly deps: WorkshopDeps) {
    this.records = new WorkshopStore(deps.store);
    this.driver = new PlayDriver({
      app: deps.app, screens: deps.screens, timers: deps.timers ?? browserTimers,
      plays: () => this.plays,
      pending: () => this.records.load()?.pending ?? null,
      keep: (report) => this.records.setPending(report),
      settled: (report) => this.settled(report),
      send: (report) => this.sendReport(report),
      paused: () => this.shouldFreeze(),
      onDone: () => { this.showDone = true; this.render(); },
    });
    deps.app.on((event) => {
      if (event.type === 'settings') this.render();
      if (event.type === 'started' || event.type === 'ended' || event.type === 'closed') this.render();
    });
  }

  get lang(): Lang {
    return this.deps.app.settings.lang;
  }

  /** Whether this device is in a workshop (joined, and not ended or removed). */
  get joined(): boolean {
    return this.records.load() !== null;
  }

  /** At page load: the join form for a join link, or back into the room this device joined. */
  start(pinInAddress: string | null) {
    const record = this.records.load();
    if (pinInAddress && record?.pin !== pinInAddress) {
      this.openForm(pinInAddress);
      return;
    }
    if (record) this.connect(record);
  }

  /** The Home screen's button: back into the workshop, or the join form. */
  openFromHome() {
    const record = this.records.load();
    if (!record) { this.openForm(''); return; }
    if (this.phase === 'in') { this.showDone = false; this.driver.enter({ fromHome: true }); this.render(); return; }
    this.connect(record);
  }

  openForm(pin: string) {
    this.phase = 'form';
    this.form = { pin, problem: null, busy: false };
    this.render();
    this.deps.overlay.setPin(pin);
    void this.suggestNickname();
  }

  async suggestNickname() {
    try {
      const response = await fetch(`${this.deps.baseUrl}/api/nickname?lang=${this.lang}`);
      const body = await response.json() as { nickname?: unknown };
      if (response.ok && typeof body.nickname === 'string') this.deps.overlay.setNickname(body.nickname);
    } catch {
      // No suggestion: the server makes a name up if the field stays empty.
    }
  }

  async submitJoin(typedPin: string, typedNickname: string) {
    const pin = normalizePin(typedPin);
    this.form = { pin, problem: null, busy: true };
    if (!/^\d{6}$/.test(pin)) {
      this.form = { pin, problem: { message: ws('error_pin-format', this.lang), field: 'pin' }, busy: false };
      this.render();
      return;
    }
    this.render();
    try {
      const nickname = typedNickname.trim();
      const joined = await joinRoom(this.deps.baseUrl, { pin, lang: this.lang, ...(nickname ? { nickname } : {}) });
      this.records.save({ roomId: joined.roomId, participantId: joined.participantId, token: joined.token, pin, nickname: joined.nickname, number: joined.number });
      this.connect(this.records.load()!, true);
    } catch (error) {
      this.form = { pin, problem: joinProblem(error, this.lang), busy: false };
      this.render();
    }
  }

  toggleLanguage() {
    this.deps.app.updateSettings({ lang: this.lang === 'zh' ? 'en' : 'zh' });
  }

  cancelForm() {
    this.phase = 'off';
    this.render();
  }

  /**
   * `announce`: say "connecting" over the screen (right after joining). Coming back after a reload,
   * the game on screen stays usable meanwhile: a server that is down shows only the offline pill.
   */
  connect(record: WorkshopRecord, announce = false) {
    this.client?.close();
    this.phase = 'connecting';
    this.announceConnecting = announce;
    this.you = { participantId: record.participantId, nickname: record.nickname, number: record.number };
    this.render();
    this.client = new WorkshopClient({
      url: wsUrlOf(this.deps.baseUrl),
      hello: { type: 'hello', role: 'participant', token: record.token },
      ...(this.deps.WebSocket ? { WebSocket: this.deps.WebSocket } : {}),
      onMessage: (message) => this.receive(message),
      onStatus: (status, error) => this.status(status, error),
    });
  }

  /** The participant leaves on purpose: this device forgets the room. */
  leave() {
    this.stop();
    this.records.clear();
    this.phase = 'off';
    this.render();
  }

  /** From the ended / removed notices: home, with the workshop's game put away. */
  backHome() {
    // The room's play cannot be reported any more: it does not stay behind as a game to continue.
    if (this.driver.holdsAssignedPlay()) this.deps.app.close(true);
    this.phase = 'off';
    this.render();
    void this.deps.screens.goTo('Home');
  }

  /** The debrief's "next case". */
  nextCase() {
    this.showDone = false;
    this.driver.enter({ advance: true });
    this.render();
  }

  /** The waiting screen's "back to my debrief". */
  hideDone() {
    this.showDone = false;
    this.render();
  }

  async submitQuiz(answers: { item: string; answer: QuizAnswer }[]) {
    const client = this.client;
    if (!client) return;
    await this.quizFlow.submit(answers, (body) => client.request(body), () => this.render());
    this.driver.applyPause();
  }

  closeQuiz() {
    this.quizFlow.close();
    this.render();
    this.driver.applyPause();
  }

  get quiz(): QuizState | null {
    return this.quizFlow.state;
  }

  /** Paused by the room, or a quiz covers the game. */
  shouldFreeze(): boolean {
    return (this.room?.status === 'playing' && this.room.paused) || this.quizFlow.waiting;
  }

  private stop() {
    this.client?.close();
    this.client = null;
    this.driver.stop();
    this.offline = false;
    this.quizFlow.close();
    this.showDone = false;
  }

  private receive(message: ServerMessage) {
    switch (message.type) {
      case 'welcome':
        this.phase = 'in';
        this.room = message.room;
        this.you = message.you;
        this.plays = message.plays.map((p) => ({ ...p, log: [...p.log] }));
        if (message.quiz) this.quizFlow.open(message.quiz.phase, message.quiz.items);
        this.resendPending();
        this.follow();
        return;
      case 'room':
        this.room = message.room;
        this.quizFlow.follow(message.room);
        this.follow();
        return;
      case 'quiz':
        this.quizFlow.open(message.phase, message.items);
        this.render();
        this.driver.applyPause();
        return;
      default:
    }
  }

  /** Does what the room's state asks: the end, the lobby, the play, the discussion pause. */
  private follow() {
    if (this.room?.status === 'ended') {
      this.driver.freeze();
      this.stop();
      this.records.clear();
      this.phase = 'ended';
      this.render();
      return;
    }
    this.driver.applyPause();
    if (this.room?.status === 'playing') this.driver.enter({});
    this.render();
  }

  private status(status: ClientStatus, error?: WorkshopClientError) {
    this.offline = status === 'reconnecting';
    if (status === 'refused' && error) {
      this.driver.stop();
      this.client = null;
      if (error.code === 'removed') {
        this.driver.freeze();
        this.records.clear();
        this.phase = 'removed';
      } else if (error.code === 'closed') {
        this.phase = 'replaced';
      } else {
        // The server no longer knows this device's token (the room is gone): join again.
        const pin = this.records.load()?.pin ?? '';
        this.records.clear();
        this.phase = 'form';
        this.form = { pin, problem: joinProblem(error, this.lang), busy: false };
      }
      this.offline = false;
    }
    this.render();
  }

  /**
   * A report left waiting when the page closed goes out first, once: after that the client library
   * itself resends whatever it has not had answered.
   */
  private resendPending() {
    if (this.pendingResent) return;
    this.pendingResent = true;
    const pending = this.records.load()?.pending;
    if (!pending || !this.plays.some((p) => p.scenario === pending.scenario && p.seed === pending.seed)) return;
    void this.sendReport(pending).then(() => this.settled(pending), () => undefined);
  }

  private settled(report: PlayReport) {
    const pending = this.records.load()?.pending;
    if (pending && pending.type === report.type && pending.scenario === report.scenario && pending.log.length === report.log.length && pending.delivered === report.delivered) {
      this.records.setPending(null);
    }
  }

  /** Sends a report; 'refused' when the server will never take it, a rejection when the connection is given up. */
  private async sendReport(report: PlayReport): Promise<'accepted' | 'refused'> {
    const client = this.client;
    if (!client) throw new WorkshopClientError('closed', 'not connected');
    try {
      const reply = await client.request({ type: report.type, scenario: report.scenario, delivered: report.delivered, log: report.log });
      const play = this.plays.find((p) => p.scenario === report.scenario && p.seed === report.seed);
      if (play && reply.type === 'ack' && play.log.length <= report.log.length) {
        play.delivered = report.delivered;
        play.log = report.log;
        play.finished = play.finished || report.type === 'result';
      }
      if (reply.type === 'ack' && reply.play) this.driver.accepted(report, reply.play);
      return 'accepted';
    } catch (error) {
      if (error instanceof WorkshopClientError && ['closed', 'removed', 'participant-token-refused', 'timeout'].includes(error.code)) throw error;
      console.warn('the workshop server refused a report', error);
      return 'refused';
    }
  }

  render() {
    const view = buildView(this, this.lang);
    if (view) this.deps.overlay.show(view);
    else this.deps.overlay.hide();
    this.deps.overlay.setOffline(this.offline && (this.phase === 'in' || this.phase === 'connecting') ? ws('offline', this.lang) : null);
  }
}

// The game's state between the engine and every view (Phaser scenes, the accessible DOM layer):
// which scenario runs, which chat is open, unread counts, settings, saves and best scores.
// Views read it and call its methods; it never touches Phaser or the DOM.
import { GameSession } from '../../engine/session.ts';
import { SaveError } from '../../engine/save.ts';
import { systemClock } from '../../engine/clock.ts';
import type {
  ActionResult, Catalogue, ChatEntry, Clock, Mode, PlayerAction, ScenarioModel, SessionSnapshot,
} from '../../engine/index.ts';
import type { ContentSource } from '../../content/content-source.ts';
import type { ScenarioInfo } from '../../content/scenario-info.ts';
import { defaultSettings, loadSettings, saveSettings, type Settings } from './settings.ts';
import type { KeyValueStore } from './storage.ts';

export type SoundCue = 'ding' | 'send' | 'typing' | 'transfer' | 'alert' | 'debrief';

export type AppEvent =
  | { type: 'settings' }
  | { type: 'session' }
  | { type: 'started' }
  | { type: 'ended' }
  | { type: 'conversation' }
  | { type: 'closed' }
  | { type: 'notice'; text: string }
  /** The player did something the engine took (a workshop reports it at once). */
  | { type: 'action' };

interface SavedGame {
  session: unknown;
  startedAt: number;
  mode: Mode;
  conversation: string | null;
  read: Record<string, number>;
}

const SAVE_KEY = 'game';
const BEST_KEY = 'best';

export interface AppOptions {
  content: ContentSource;
  store: KeyValueStore;
  clock?: Clock;
  settings?: Settings;
  newSeed?: () => string;
  sound?: (cue: SoundCue) => void;
  /**
   * The storage key for saved games right now: a workshop's plays are kept apart, so joining one
   * never overwrites the game a player had going on their own. Defaults to one slot.
   */
  saveSlot?: () => string;
}

export class App {
  readonly content: ContentSource;
  settings: Settings;
  session: GameSession | null = null;
  mode: Mode = 'practice';
  /** The chat on screen, or null for the chat list. */
  conversation: string | null = null;
  /** Wall-clock time when the play began: chat times are shown from here. */
  startedAt = 0;
  /** Notices for the player (a discarded save, …), shown once. */
  notices: string[] = [];
  private readonly store: KeyValueStore;
  private readonly clock: Clock;
  private readonly saveSlot: () => string;
  /** Where the open session saves: the slot it started in, even if the slot changes meanwhile. */
  private sessionSaveKey = SAVE_KEY;
  private readonly newSeed: () => string;
  private readonly sound: (cue: SoundCue) => void;
  private listeners = new Set<(event: AppEvent) => void>();
  private unsubscribe: (() => void) | null = null;
  /** How many entries of each conversation the player has seen. */
  private read: Record<string, number> = {};
  private seenKeys = new Set<string>();
  private wasTyping = false;

  constructor(options: AppOptions) {
    this.content = options.content;
    this.store = options.store;
    this.clock = options.clock ?? systemClock;
    this.saveSlot = options.saveSlot ?? (() => SAVE_KEY);
    this.settings = options.settings ?? loadSettings(options.store, defaultSettings());
    this.newSeed = options.newSeed ?? (() => Math.random().toString(36).slice(2, 10));
    this.sound = options.sound ?? (() => undefined);
  }

  on(listener: (event: AppEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: AppEvent) {
    for (const listener of [...this.listeners]) listener(event);
  }

  // ---- settings ------------------------------------------------------------------------------

  updateSettings(change: Partial<Settings>) {
    this.settings = { ...this.settings, ...change };
    saveSettings(this.store, this.settings);
    if (change.pacing && this.session) this.session.setPacing(change.pacing);
    this.emit({ type: 'settings' });
  }

  // ---- scenarios -----------------------------------------------------------------------------

  /** Every scenario on offer, in home-screen order (their scripts load when a case starts). */
  get scenarios(): readonly ScenarioInfo[] {
    return this.content.scenarios;
  }

  /** The case after this one on the home screen (the first after the last): "next case". */
  scenarioAfter(id: string): string {
    const index = this.scenarios.findIndex((s) => s.id === id);
    return this.scenarios[(index + 1) % this.scenarios.length]!.id;
  }

  get current(): ScenarioModel | null {
    return this.session?.model ?? null;
  }

  /** The red flags of the case being played. */
  get catalogue(): Catalogue {
    if (!this.current) throw new Error('no case is being played');
    return this.current.catalogue;
  }

  bestScore(id: string): number | null {
    const best = this.readBest()[id];
    return typeof best === 'number' ? best : null;
  }

  private readBest(): Record<string, number> {
    try {
      const parsed = JSON.parse(this.store.get(BEST_KEY) ?? '{}') as unknown;
      return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, number>) : {};
    } catch { return {}; }
  }

  hasSavedGame(): boolean {
    return this.store.get(this.saveSlot()) !== null;
  }

  /** Loads a scenario's script (a separate download) and starts it. */
  async start(id: string, mode: Mode, seed = this.newSeed()): Promise<void> {
    const model = await this.content.load(id);
    this.startModel(model, mode, seed);
  }

  /** Starts any scenario model, bundled or not (benchmarks and tests load their own). */
  startModel(model: ScenarioModel, mode: Mode, seed = this.newSeed()) {
    this.close();
    this.mode = mode;
    this.read = {};
    this.seenKeys = new Set();
    this.conversation = null;
    this.startedAt = this.clock.now();
    this.attach(GameSession.start(model, { seed, mode, pacing: this.settings.pacing, clock: this.clock }));
    this.emit({ type: 'started' });
  }

  /**
   * Resumes the saved game; a damaged or outdated save is discarded with a notice. A script that
   * cannot be fetched right now (no network yet) keeps the save for later. Returns whether a game resumed.
   */
  async resume(): Promise<boolean> {
    const key = this.saveSlot();
    const raw = this.store.get(key);
    if (raw === null) return false;
    let saved: SavedGame;
    let model: ScenarioModel;
    try {
      saved = JSON.parse(raw) as SavedGame;
      const scenarioId = (saved?.session as { scenarioId?: unknown } | undefined)?.scenarioId;
      const known = typeof scenarioId === 'string' && this.scenarios.some((s) => s.id === scenarioId);
      if (!known) throw new SaveError('other-scenario', 'the saved scenario is not in this version of the game');
      try { model = await this.content.load(scenarioId); } catch {
        this.notify('the case could not be loaded (no network?); your game is kept');
        return false;
      }
      const session = GameSession.restore(model, saved.session, { clock: this.clock, pacing: this.settings.pacing });
      this.close();
      this.mode = session.getSnapshot().mode;
      this.read = typeof saved.read === 'object' && saved.read ? { ...saved.read } : {};
      this.startedAt = typeof saved.startedAt === 'number' ? saved.startedAt : this.clock.now() - session.getSnapshot().gameTime;
      this.seenKeys = new Set(session.getSnapshot().entries.map((e) => e.key));
      this.conversation = typeof saved.conversation === 'string' && session.getSnapshot().conversations.some((c) => c.id === saved.conversation) ? saved.conversation : null;
      this.attach(session);
      this.emit({ type: 'started' });
      return true;
    } catch (error) {
      this.store.remove(key);
      this.notify(error instanceof SaveError ? error.message : 'the save could not be read');
      return false;
    }
  }

  /** Which play the saved game is, without resuming it (a workshop checks it against its assignment). */
  savedPlay(): { scenarioId: string; seed: string; logLength: number; delivered: number } | null {
    try {
      const state = (JSON.parse(this.store.get(this.saveSlot()) ?? 'null') as { session?: { state?: { scenarioId?: unknown; seed?: unknown; log?: unknown; delivered?: unknown } } } | null)?.session?.state;
      if (!state || typeof state.scenarioId !== 'string' || typeof state.seed !== 'string' || !Array.isArray(state.log) || !Array.isArray(state.delivered)) return null;
      return { scenarioId: state.scenarioId, seed: state.seed, logLength: state.log.length, delivered: state.delivered.length };
    } catch { return null; }
  }

  /** Plays on from a save made elsewhere (a workshop rebuilds one from the server's log). Throws SaveError. */
  resumeFrom(model: ScenarioModel, save: unknown) {
    const session = GameSession.restore(model, save, { clock: this.clock, pacing: this.settings.pacing });
    this.close();
    this.mode = session.getSnapshot().mode;
    this.read = {};
    this.startedAt = this.clock.now() - session.getSnapshot().gameTime;
    this.seenKeys = new Set(session.getSnapshot().entries.map((e) => e.key));
    this.conversation = null;
    this.attach(session);
    this.emit({ type: 'started' });
  }

  private notify(reason: string) {
    this.notices.push(reason);
    this.emit({ type: 'notice', text: reason });
  }

  private attach(session: GameSession) {
    this.session = session;
    this.sessionSaveKey = this.saveSlot();
    this.wasTyping = session.getSnapshot().typing !== null;
    this.unsubscribe = session.subscribe((snapshot) => this.onSession(snapshot));
    this.onSession(session.getSnapshot());
  }

  /** Leaves the current scenario (its save is kept unless `forget`). */
  close(forget = false) {
    const had = this.session !== null;
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.session?.dispose();
    this.session = null;
    this.conversation = null;
    if (forget) this.store.remove(this.sessionSaveKey);
    if (had) this.emit({ type: 'closed' });
  }

  /** Forgets the player entirely (a kiosk between visitors): the session and its save, best scores, notices. */
  forgetPlayer() {
    this.close(true);
    this.finished = null;
    this.notices = [];
    this.read = {};
    this.seenKeys = new Set();
    this.store.remove(BEST_KEY);
  }

  private onSession(snapshot: SessionSnapshot) {
    const fresh = snapshot.entries.filter((e) => !this.seenKeys.has(e.key));
    for (const entry of fresh) this.seenKeys.add(entry.key);
    this.cueSounds(fresh, snapshot);
    if (this.conversation) this.markRead(this.conversation, snapshot);
    if (snapshot.status === 'ended') this.finish(snapshot);
    else this.persist();
    this.emit({ type: 'session' });
  }

  private cueSounds(fresh: ChatEntry[], snapshot: SessionSnapshot) {
    const typing = snapshot.typing !== null;
    if (typing && !this.wasTyping) this.sound('typing');
    this.wasTyping = typing;
    if (fresh.some((e) => e.kind === 'system' && e.tone === 'warning')) this.sound('alert');
    else if (fresh.some((e) => e.from === 'player' && (e.kind === 'transfer' || e.kind === 'red-packet'))) this.sound('transfer');
    else if (fresh.some((e) => e.from === 'player')) this.sound('send');
    else if (fresh.length) this.sound('ding');
  }

  private finish(snapshot: SessionSnapshot) {
    if (!this.session || this.finished === this.session) return;
    this.finished = this.session;
    this.store.remove(this.sessionSaveKey);
    const score = this.session.debrief().score.total;
    const best = this.readBest();
    if ((best[snapshot.scenarioId] ?? -1) < score) {
      best[snapshot.scenarioId] = score;
      this.store.set(BEST_KEY, JSON.stringify(best));
    }
    this.sound('debrief');
    this.emit({ type: 'ended' });
  }

  /** The session whose ending was already recorded. */
  private finished: GameSession | null = null;

  private persist() {
    if (!this.session || this.finished === this.session) return;
    const saved: SavedGame = { session: this.session.save(), startedAt: this.startedAt, mode: this.mode, conversation: this.conversation, read: this.read };
    this.store.set(this.sessionSaveKey, JSON.stringify(saved));
  }

  // ---- chats ---------------------------------------------------------------------------------

  get snapshot(): SessionSnapshot | null {
    return this.session?.getSnapshot() ?? null;
  }

  entriesOf(conversation: string): ChatEntry[] {
    return this.snapshot?.entries.filter((e) => e.conversation === conversation) ?? [];
  }

  unread(conversation: string): number {
    return Math.max(0, this.entriesOf(conversation).filter((e) => e.from !== 'player').length - (this.read[conversation] ?? 0));
  }

  totalUnread(): number {
    return this.snapshot?.conversations.reduce((sum, c) => sum + this.unread(c.id), 0) ?? 0;
  }

  /** Conversations with something in them, the latest activity first. */
  chatList(): { id: string; last: ChatEntry | undefined }[] {
    const snap = this.snapshot;
    if (!snap) return [];
    return snap.conversations
      .map((c) => ({ id: c.id, last: [...snap.entries].reverse().find((e) => e.conversation === c.id) }))
      .filter((c) => c.last !== undefined || snap.choices.some((x) => x.conversation === c.id))
      .sort((a, b) => (b.last?.at ?? 0) - (a.last?.at ?? 0));
  }

  openConversation(id: string | null) {
    this.conversation = id;
    if (id && this.snapshot) this.markRead(id, this.snapshot);
    this.persist();
    this.emit({ type: 'conversation' });
  }

  private markRead(conversation: string, snapshot: SessionSnapshot) {
    this.read[conversation] = snapshot.entries.filter((e) => e.conversation === conversation && e.from !== 'player').length;
  }

  /** Sends a player action to the engine. A paused game (a workshop's discussion time) takes none. */
  act(action: PlayerAction): ActionResult {
    if (!this.session) return { ok: false, reason: 'no scenario is running' };
    if (this.session.getSnapshot().paused) return { ok: false, reason: 'the game is paused' };
    const result = this.session.send(action);
    if (result.ok) this.emit({ type: 'action' });
    return result;
  }
}

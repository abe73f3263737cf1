// The game session: runs the dialogue machine, paces messages with an injected clock, takes the
// player's actions and writes down everything the score and debrief need.
import { createActor } from 'xstate';
import type { DialogueEvent, PlayerAction } from './actions.ts';
import { compileScenario, currentNode, type DialogueActor, type DialogueMachine } from './compile.ts';
import type { Clock } from './clock.ts';
import { systemClock } from './clock.ts';
import { pickVariantValues, type ScenarioModel, type VariantValues } from './model.ts';
import { delayBefore, typingTime, type Pacing } from './pacing.ts';
import { createRandom } from './random.ts';
import { SENDER_PLAYER, SENDER_SYSTEM } from './constants.ts';
import type { Message } from './schema.ts';
import { buildSnapshot, renderText } from './snapshot.ts';
import { checkAction, flagResult } from './rules.ts';
import type { ActionResult, ChatEntry, Mode, SessionSnapshot, SessionState } from './session-types.ts';
import { debriefOf, type Debrief } from './debrief.ts';
import { createSave, readSave, type SaveFile } from './save.ts';
import type { Vars } from './vars.ts';

export interface SessionOptions {
  seed: string;
  mode?: Mode;
  pacing?: Pacing;
  clock?: Clock;
}

type Listener = (snapshot: SessionSnapshot) => void;

const machines = new WeakMap<ScenarioModel, DialogueMachine>();
function machineFor(model: ScenarioModel): DialogueMachine {
  let machine = machines.get(model);
  if (!machine) machines.set(model, (machine = compileScenario(model)));
  return machine;
}

export function variantValuesFor(model: ScenarioModel, seed: string): VariantValues {
  const random = createRandom(`${seed}:variants`);
  return pickVariantValues(model.scenario, (options) => random.pick(options));
}

export class GameSession {
  readonly model: ScenarioModel;
  readonly values: VariantValues;
  private readonly clock: Clock;
  private readonly actor: DialogueActor;
  private readonly state: SessionState;
  private pacing: Pacing;
  private origin: number;
  private pausedAt: number | null = null;
  private timer: unknown = null;
  private listeners = new Set<Listener>();
  private cached: SessionSnapshot | null = null;
  private disposed = false;

  /** Starts a new play. */
  static start(model: ScenarioModel, options: SessionOptions): GameSession {
    return new GameSession(model, options);
  }

  /** Resumes a saved play exactly where it was, mid-typing included. Throws SaveError with a clear reason. */
  static restore(model: ScenarioModel, save: unknown, options: Omit<SessionOptions, 'seed'> = {}): GameSession {
    const file = readSave(save, model);
    return new GameSession(model, { ...options, seed: file.state.seed, mode: file.state.mode }, file);
  }

  private constructor(model: ScenarioModel, options: SessionOptions, saved?: SaveFile) {
    this.model = model;
    this.clock = options.clock ?? systemClock;
    this.pacing = options.pacing ?? 'realtime';
    this.values = variantValuesFor(model, options.seed);
    const machine = machineFor(model);
    if (saved) {
      this.state = structuredClone(saved.state);
      this.origin = this.clock.now() - this.state.gameTime;
      this.actor = createActor(machine, { snapshot: saved.dialogue as never, input: { values: this.values } });
      this.actor.start();
    } else {
      this.state = {
        scenarioId: model.scenario.id, seed: options.seed, mode: options.mode ?? 'practice', gameTime: 0,
        entries: [], delivered: [], log: [], queue: [], head: null, waitingSince: null, lastArrival: null, skipping: false,
        dialogueEntries: 0, stage: null, stages: {}, balance: model.scenario.wallet, blocked: [], reported: [], ending: null, feedback: null,
      };
      this.origin = this.clock.now();
      this.actor = createActor(machine, { input: { values: this.values } });
      this.actor.start();
      this.noticeNodeEntry();
    }
    this.advance();
  }

  // ---- public API -------------------------------------------------------------------------

  getSnapshot(): SessionSnapshot {
    this.cached ??= buildSnapshot(this.model, this.state, this.actor.getSnapshot(), this.values, {
      pacing: this.pacing, paused: this.pausedAt !== null, gameTime: this.gameTime(),
      feedback: this.state.mode === 'practice' ? this.state.feedback : null,
    });
    return this.cached;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Applies a player action. Refused actions change nothing and say why. */
  send(action: PlayerAction): ActionResult {
    if (this.disposed) return { ok: false, reason: 'the session has been closed' };
    const check = checkAction(this.model, this.state, this.actor.getSnapshot(), this.values, action);
    if (!check.ok) return check;
    const at = this.gameTime();
    this.state.log.push({ seq: this.state.delivered.length, at, event: action });
    const result = this.applyAction(action, at);
    if (action.type === 'flag' && result.ok) this.state.feedback = result.feedback ?? null;
    this.dispatch(action);
    this.advance();
    // Challenge mode keeps the verdict for the debrief.
    return this.state.mode === 'challenge' ? { ok: true } : result;
  }

  /** Shows every message of the current node at once. */
  skip(): void {
    if (this.state.queue.length === 0) return;
    this.state.skipping = true;
    this.advance();
  }

  setPacing(pacing: Pacing): void {
    this.pacing = pacing;
    this.changed();
  }

  /** Freezes game time (a workshop's "discuss" pause). */
  pause(): void {
    if (this.pausedAt !== null) return;
    this.pausedAt = this.gameTime();
    this.clearTimer();
    this.changed();
  }

  resume(): void {
    if (this.pausedAt === null) return;
    this.origin = this.clock.now() - this.pausedAt;
    this.pausedAt = null;
    this.advance();
  }

  save(): SaveFile {
    return createSave(this.model, { ...this.state, gameTime: this.gameTime() }, this.actor.getPersistedSnapshot());
  }

  debrief(): Debrief {
    return debriefOf(this.model, this.state, this.values);
  }

  dispose(): void {
    this.disposed = true;
    this.clearTimer();
    this.listeners.clear();
    this.actor.stop();
  }

  /** For replays: deliver the next due message now, whatever the clock says. */
  deliverNextNow(): boolean {
    if (this.state.queue.length === 0) return false;
    this.state.head = { typingFrom: this.gameTime(), readyAt: this.gameTime() };
    this.deliverHead();
    this.advance();
    return true;
  }

  /** For replays: fire the current node's timeout now. */
  timeoutNow(): boolean {
    const node = this.model.scenario.nodes[currentNode(this.actor.getSnapshot())];
    if (!node?.timeout || this.state.queue.length > 0 || this.state.ending) return false;
    this.fireTimeout();
    this.advance();
    return true;
  }

  /** The dialogue machine's own snapshot (tools and tests use it to inspect the graph position). */
  getDialogueSnapshot() {
    return this.actor.getSnapshot();
  }

  get deliveredCount(): number {
    return this.state.delivered.length;
  }

  // ---- time and delivery --------------------------------------------------------------------

  private vars(): Vars {
    return this.actor.getSnapshot().context.vars;
  }

  private gameTime(): number {
    return this.pausedAt ?? this.clock.now() - this.origin;
  }

  private clearTimer() {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  /** Delivers everything that is due, follows `next`, fires timeouts, then waits for the next deadline. */
  private advance() {
    this.clearTimer();
    if (this.disposed || this.pausedAt !== null) { this.changed(); return; }
    this.settle();
    for (;;) {
      const now = this.gameTime();
      if (this.state.queue.length > 0) {
        this.scheduleHead();
        if (this.state.skipping || this.state.head!.readyAt <= now) { this.deliverHead(); this.settle(); continue; }
        break;
      }
      if (this.state.ending) break;
      const node = this.model.scenario.nodes[currentNode(this.actor.getSnapshot())]!;
      if (node.timeout && this.state.waitingSince !== null && now >= this.state.waitingSince + node.timeout.seconds * 1000) {
        this.fireTimeout();
        this.settle();
        continue;
      }
      break;
    }
    const deadline = this.nextDeadline();
    if (deadline !== null) this.timer = this.clock.setTimeout(() => { this.timer = null; this.advance(); }, Math.max(0, deadline - this.gameTime()));
    this.changed();
  }

  /** The next moment something visible changes: typing starts, a message arrives, or a timeout fires. */
  private nextDeadline(): number | null {
    if (this.state.queue.length > 0) {
      const { typingFrom, readyAt } = this.state.head!;
      return this.gameTime() < typingFrom ? typingFrom : readyAt;
    }
    if (this.state.ending || this.state.waitingSince === null) return null;
    const node = this.model.scenario.nodes[currentNode(this.actor.getSnapshot())]!;
    return node.timeout ? this.state.waitingSince + node.timeout.seconds * 1000 : null;
  }

  private fireTimeout() {
    this.state.log.push({ seq: this.state.delivered.length, at: this.gameTime(), event: { type: 'timeout' } });
    this.dispatch({ type: 'timeout' });
  }

  /** Gives the head of the queue its typing start and arrival time, paced from the previous arrival. */
  private scheduleHead() {
    if (this.state.head) return;
    const message = this.model.messages.get(this.state.queue[0]!)!.def;
    const typingFrom = (this.state.lastArrival ?? this.gameTime()) + delayBefore(message, this.pacing);
    this.state.head = { typingFrom, readyAt: typingFrom + typingTime(message, textLength(message), this.pacing) };
  }

  private deliverHead() {
    const id = this.state.queue.shift()!;
    const readyAt = Math.min(this.state.head!.readyAt, this.gameTime());
    this.state.head = null;
    this.state.lastArrival = readyAt;
    const placed = this.model.messages.get(id)!;
    const seq = this.state.delivered.length + 1;
    const key = `${id}@${seq}`;
    const entry = entryForMessage(placed.def, key, placed.from, placed.conversation, readyAt, this.values, this.vars());
    this.state.entries.push(entry);
    this.state.delivered.push({ message: id, seq, at: readyAt, entry: key });
    if (this.state.stage) this.state.stages[key] = this.state.stage;
    const def = placed.def;
    if (def.kind === 'recall') {
      const original = [...this.state.entries].reverse().find((e) => e.message === def.recalls && !e.recalled);
      if (original) { original.recalled = true; entry.recalls = original.key; }
    }
    this.pruneQueue();
  }

  /** A blocked contact's messages never arrive: drop them as soon as they are known. */
  private pruneQueue() {
    const blocked = this.state.blocked;
    if (blocked.length === 0) return;
    const kept = this.state.queue.filter((id) => !blocked.includes(this.model.messages.get(id)!.from));
    if (kept.length === this.state.queue.length) return;
    if (kept[0] !== this.state.queue[0]) this.state.head = null;
    this.state.queue = kept;
  }

  /** When the current node's messages are all in: end, follow `next`, or start waiting for the player. */
  private settle() {
    for (let hops = 0; this.state.queue.length === 0 && !this.state.ending; hops++) {
      if (hops > 1000) throw new Error(`scenario "${this.model.scenario.id}" loops through "next" without messages`);
      this.state.skipping = false;
      const node = this.model.scenario.nodes[currentNode(this.actor.getSnapshot())]!;
      if (node.ending) { this.state.ending = node.ending; return; }
      if (!node.next) { this.state.waitingSince ??= this.state.lastArrival ?? this.gameTime(); return; }
      this.dispatch({ type: 'continue' });
    }
  }

  // ---- dialogue -----------------------------------------------------------------------------

  private dispatch(event: DialogueEvent) {
    if (this.actor.getSnapshot().status !== 'active') return;
    this.actor.send(event);
    this.noticeNodeEntry();
  }

  /** When the machine entered a node (even the same one again), queue that node's messages. */
  private noticeNodeEntry() {
    const snapshot = this.actor.getSnapshot();
    if (snapshot.context.entries === this.state.dialogueEntries) return;
    this.state.dialogueEntries = snapshot.context.entries;
    const node = this.model.scenario.nodes[currentNode(snapshot)]!;
    if (node.stage) this.state.stage = node.stage === 'none' ? null : node.stage;
    this.state.queue = node.messages.map((m) => m.id);
    this.state.head = null;
    this.state.skipping = false;
    this.state.waitingSince = null;
    this.state.lastArrival = this.gameTime();
    this.pruneQueue();
  }

  private applyAction(action: PlayerAction, at: number): ActionResult {
    const { state, model } = this;
    switch (action.type) {
      case 'choose': {
        const placed = model.choices.get(action.choice)!;
        if (!placed.def.silent) {
          const n = state.entries.filter((e) => e.choice === action.choice).length;
          state.entries.push({
            key: `${action.choice}#${n + 1}`, conversation: placed.conversation, from: SENDER_PLAYER, at, kind: 'text',
            choice: action.choice, text: renderText(placed.def.say ?? placed.def.text, this.values, this.vars()),
          });
        }
        return { ok: true };
      }
      case 'transfer': {
        state.balance -= action.amount;
        const conversation = conversationWith(model, action.contact);
        const n = state.entries.filter((e) => e.from === SENDER_PLAYER && (e.kind === 'transfer' || e.kind === 'red-packet')).length;
        state.entries.push({
          key: `transfer#${n + 1}`, conversation: conversation ?? '', from: SENDER_PLAYER, at,
          kind: action.method === 'red-packet' ? 'red-packet' : 'transfer', amount: action.amount, status: 'received',
        });
        return { ok: true };
      }
      case 'receive': {
        const entry = [...state.entries].reverse().find((e) => e.message === action.message && e.status === 'pending')!;
        entry.status = 'received';
        state.balance += entry.amount ?? 0;
        return { ok: true };
      }
      case 'block':
        state.blocked.push(action.contact);
        this.pruneQueue();
        return { ok: true };
      case 'report':
        if (!state.reported.includes(action.contact)) state.reported.push(action.contact);
        return { ok: true };
      case 'flag':
        return { ok: true, feedback: flagResult(model, action.message, action.flag) };
      default:
        return { ok: true };
    }
  }

  private changed() {
    this.cached = null;
    if (this.listeners.size === 0) return;
    const snapshot = this.getSnapshot();
    for (const listener of this.listeners) listener(snapshot);
  }
}

function textLength(message: Message): number {
  return 'text' in message && message.text ? message.text.zh.length : 0;
}

/** The private chat with a contact, else the first group they are in. */
export function conversationWith(model: ScenarioModel, contact: string): string | undefined {
  const all = Object.entries(model.scenario.conversations);
  return all.find(([, c]) => c.kind === 'private' && c.with === contact)?.[0]
    ?? all.find(([, c]) => c.kind === 'group' && c.members.includes(contact))?.[0];
}

function entryForMessage(def: Message, key: string, from: string, conversation: string, at: number, values: VariantValues, vars: Vars): ChatEntry {
  const entry: ChatEntry = { key, conversation, from, at, kind: def.kind, message: def.id };
  if (def.mentions) entry.mentions = def.mentions;
  switch (def.kind) {
    case 'text': entry.text = renderText(def.text, values, vars); break;
    case 'image': entry.text = renderText(def.text, values, vars); entry.art = def.art; break;
    case 'voice': entry.text = renderText(def.text, values, vars); entry.seconds = def.seconds; break;
    case 'link': entry.text = renderText(def.text, values, vars); entry.title = renderText(def.title, values, vars); entry.site = def.site; break;
    case 'transfer':
    case 'red-packet':
      entry.amount = amountOf(def.amount, values);
      if (def.text) entry.text = renderText(def.text, values, vars);
      entry.status = from === SENDER_SYSTEM ? 'received' : 'pending';
      break;
    case 'system': entry.text = renderText(def.text, values, vars); entry.tone = def.tone; break;
    case 'recall': break;
  }
  return entry;
}

function amountOf(spec: number | string, values: VariantValues): number {
  if (typeof spec === 'number') return spec;
  const value = values[spec.slice(1, -1)];
  return typeof value === 'number' ? value : 0;
}


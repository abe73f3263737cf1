// Saves are plain JSON. Reading one never crashes: a corrupt, outdated or foreign save is refused
// with a SaveError that says why.
import * as z from 'zod/mini';
import type { ScenarioModel } from './model.ts';
import type { SessionState } from './session-types.ts';

export const SAVE_FORMAT = 'red-flag-chat/save';
export const SAVE_VERSION = 1;

export type SaveProblem = 'corrupt' | 'outdated' | 'other-scenario' | 'changed-scenario';

export class SaveError extends Error {
  readonly problem: SaveProblem;
  constructor(problem: SaveProblem, message: string) {
    super(message);
    this.name = 'SaveError';
    this.problem = problem;
  }
}

export interface SaveFile {
  format: typeof SAVE_FORMAT;
  version: typeof SAVE_VERSION;
  scenarioId: string;
  contentHash: string;
  state: SessionState;
  /** XState's persisted snapshot of the dialogue machine. */
  dialogue: unknown;
}

// zod/mini: the same checks as the full library at a fraction of its size (this file is in the
// game's first script).
const text = z.object({ zh: z.string(), en: z.string() });
const stageName = z.enum(['approach', 'trust', 'induce', 'harvest']);
const int = (min?: number) => (min === undefined ? z.int() : z.int().check(z.gte(min)));
const entry = z.object({
  key: z.string(), conversation: z.string(), from: z.string(), at: z.number(), kind: z.string(),
  message: z.optional(z.string()), choice: z.optional(z.string()), text: z.optional(text), title: z.optional(text),
  site: z.optional(z.string()), art: z.optional(z.string()), seconds: z.optional(z.number()), amount: z.optional(z.number()),
  status: z.optional(z.enum(['pending', 'received', 'returned'])), recalls: z.optional(z.string()), recalled: z.optional(z.boolean()),
  tone: z.optional(z.enum(['info', 'warning'])), mentions: z.optional(z.array(z.string())),
});
const state = z.object({
  scenarioId: z.string(), seed: z.string(), mode: z.enum(['practice', 'challenge']), gameTime: z.number().check(z.gte(0)),
  entries: z.array(entry),
  delivered: z.array(z.object({ message: z.string(), seq: int(), at: z.number(), entry: z.string() })),
  log: z.array(z.object({ seq: int(0), at: z.number(), event: z.looseObject({ type: z.string() }) })),
  queue: z.array(z.string()),
  head: z.nullable(z.object({ typingFrom: z.number(), readyAt: z.number() })),
  waitingSince: z.nullable(z.number()),
  lastArrival: z.nullable(z.number()),
  skipping: z.boolean(),
  dialogueEntries: int(),
  stage: z.nullable(stageName),
  stages: z.record(z.string(), stageName),
  balance: z.number(),
  blocked: z.array(z.string()),
  reported: z.array(z.string()),
  ending: z.nullable(z.string()),
  feedback: z.nullable(z.object({ message: z.string(), flag: z.string(), result: z.enum(['correct', 'wrong-category', 'benign']), actual: z.array(z.string()) })),
});
const dialogue = z.looseObject({ status: z.enum(['active', 'done']), value: z.string(), context: z.looseObject({ vars: z.record(z.string(), z.unknown()), used: z.array(z.string()), entries: z.number() }) });

export function createSave(model: ScenarioModel, sessionState: SessionState, persisted: unknown): SaveFile {
  return JSON.parse(JSON.stringify({
    format: SAVE_FORMAT, version: SAVE_VERSION, scenarioId: model.scenario.id, contentHash: model.contentHash,
    state: sessionState, dialogue: persisted,
  })) as SaveFile;
}

/** Checks a save (a JSON string or an already parsed object) before anything is resumed from it. */
export function readSave(input: unknown, model: ScenarioModel): SaveFile {
  let data = input;
  if (typeof input === 'string') {
    try { data = JSON.parse(input); } catch { throw new SaveError('corrupt', 'the save is not valid JSON (it may have been cut off or edited)'); }
  }
  if (typeof data !== 'object' || data === null) throw new SaveError('corrupt', 'the save is empty or not an object');
  const head = data as Partial<SaveFile>;
  if (head.format !== SAVE_FORMAT) throw new SaveError('corrupt', 'this is not a Red Flag Chat save');
  if (head.version !== SAVE_VERSION) throw new SaveError('outdated', `the save is from version ${String(head.version)} of the game; this game reads version ${SAVE_VERSION}`);
  if (head.scenarioId !== model.scenario.id) throw new SaveError('other-scenario', `the save belongs to scenario "${String(head.scenarioId)}", not "${model.scenario.id}"`);
  if (head.contentHash !== model.contentHash) throw new SaveError('changed-scenario', `scenario "${model.scenario.id}" has changed since this save was made, so it cannot resume exactly`);
  const parsedState = state.safeParse(head.state);
  if (!parsedState.success) throw new SaveError('corrupt', `the save's game state is damaged (${parsedState.error.issues[0]?.path.join('.') || 'state'}: ${parsedState.error.issues[0]?.message})`);
  const parsedDialogue = dialogue.safeParse(head.dialogue);
  if (!parsedDialogue.success) throw new SaveError('corrupt', "the save's dialogue state is damaged");
  const s = parsedState.data as SessionState;
  const references = [parsedDialogue.data.value, ...s.queue.map((id) => `message:${id}`), ...s.delivered.map((d) => `message:${d.message}`)];
  for (const ref of references) {
    const known = ref.startsWith('message:') ? model.messages.has(ref.slice(8)) : Object.hasOwn(model.scenario.nodes, ref);
    if (!known) throw new SaveError('corrupt', `the save refers to "${ref}", which this scenario does not have`);
  }
  if (s.ending !== null && !Object.hasOwn(model.scenario.endings, s.ending)) throw new SaveError('corrupt', `the save ended in an unknown ending "${s.ending}"`);
  if (s.delivered.length !== s.entries.filter((e) => e.message !== undefined).length) throw new SaveError('corrupt', 'the save\'s message list does not add up');
  return { ...(head as SaveFile), state: s };
}

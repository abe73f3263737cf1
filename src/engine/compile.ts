// Compiles a scenario into an XState v5 machine: one state per node, one transition per choice,
// reaction, `next` and `timeout`. The machine has no timers (`after`): pacing lives in the session,
// so a restored snapshot resumes exactly (statelyai/xstate#5331).
import { assign, setup, type ActorRefFrom, type SnapshotFrom, type TransitionConfig } from 'xstate';
import type { DialogueEvent } from './actions.ts';
import type { AmountSpec, Assignment, Reaction, ScenarioNode } from './schema.ts';
import type { ScenarioModel, VariantValues } from './model.ts';
import { applyAssignment, conditionHolds, type Vars } from './vars.ts';

export interface DialogueContext {
  vars: Vars;
  /** Once-only choices already taken. */
  used: string[];
  /** Counts node entries, so the session notices a node entered again. */
  entries: number;
  values: VariantValues;
}

export interface DialogueInput {
  values: VariantValues;
}

export function resolveAmount(spec: AmountSpec | undefined, values: VariantValues): number | undefined {
  if (spec === undefined) return undefined;
  if (typeof spec === 'number') return spec;
  const value = values[spec.slice(1, -1)];
  return typeof value === 'number' ? value : undefined;
}

/** Whether a reaction applies to this event, given the variables. */
export function reactionMatches(reaction: Reaction, event: DialogueEvent, context: DialogueContext): boolean {
  if (reaction.action !== event.type) return false;
  if (!conditionHolds(context.vars, reaction.when)) return false;
  switch (event.type) {
    case 'block':
    case 'report':
      return reaction.contact === undefined || reaction.contact === event.contact;
    case 'transfer': {
      const min = resolveAmount(reaction.min, context.values);
      return (reaction.contact === undefined || reaction.contact === event.contact) && (min === undefined || event.amount >= min);
    }
    case 'share-info':
      return (reaction.contact === undefined || reaction.contact === event.contact) && (reaction.info === undefined || reaction.info === event.info);
    case 'click-link':
    case 'receive':
      return reaction.message === undefined || reaction.message === event.message;
    case 'flag':
      return (reaction.message === undefined || reaction.message === event.message) && (reaction.flag === undefined || reaction.flag === event.flag);
    default:
      return true;
  }
}

type Transition = TransitionConfig<DialogueContext, DialogueEvent, DialogueEvent, never, never, never, never, never, never>;

export function compileScenario(model: ScenarioModel) {
  const { scenario } = model;

  const reactionTransition = (reaction: Reaction, fromRoot: boolean): Transition => ({
    guard: ({ context, event }) => reactionMatches(reaction, event, context),
    actions: assign({ vars: ({ context }) => applyAssignment(context.vars, reaction.set) }),
    ...(reaction.goto ? { target: fromRoot ? `.${reaction.goto}` : reaction.goto, reenter: true } : {}),
  });

  const groupByAction = (reactions: Reaction[] | undefined, fromRoot: boolean) => {
    const on: Record<string, Transition[]> = {};
    for (const reaction of reactions ?? []) (on[reaction.action] ??= []).push(reactionTransition(reaction, fromRoot));
    return on;
  };

  const nodeState = (node: ScenarioNode) => {
    const entry = [{ type: 'enter' as const, params: { set: node.set } }];
    if (node.ending) return { type: 'final' as const, entry };
    const on: Record<string, Transition[]> = groupByAction(node.on, false);
    if (node.choices?.length) {
      on.choose = node.choices.map((choice): Transition => ({
        guard: ({ context, event }) => event.type === 'choose' && event.choice === choice.id
          && conditionHolds(context.vars, choice.when) && !(choice.once && context.used.includes(choice.id)),
        actions: assign({
          vars: ({ context }) => applyAssignment(context.vars, choice.set),
          used: ({ context }) => (choice.once ? [...context.used, choice.id] : context.used),
        }),
        target: choice.goto,
        reenter: true,
      }));
    }
    if (node.next) on.continue = [{ target: node.next, reenter: true }];
    if (node.timeout) on.timeout = [{ target: node.timeout.goto, reenter: true }];
    return { entry, on };
  };

  return setup({
    types: {} as { context: DialogueContext; events: DialogueEvent; input: DialogueInput },
    actions: {
      enter: assign(({ context }, params: { set: Assignment | undefined }) => ({
        entries: context.entries + 1,
        vars: applyAssignment(context.vars, params.set),
      })),
    },
  }).createMachine({
    id: scenario.id,
    context: ({ input }) => ({ vars: { ...(scenario.vars ?? {}) }, used: [], entries: 0, values: input.values }),
    initial: scenario.start,
    on: groupByAction(scenario.on, true),
    states: Object.fromEntries(Object.entries(scenario.nodes).map(([id, node]) => [id, nodeState(node)])),
  });
}

export type DialogueMachine = ReturnType<typeof compileScenario>;
export type DialogueSnapshot = SnapshotFrom<DialogueMachine>;
export type DialogueActor = ActorRefFrom<DialogueMachine>;

/** The node a dialogue snapshot is in (the machine is flat, so its value is the node id). */
export function currentNode(snapshot: DialogueSnapshot): string {
  return String(snapshot.value);
}

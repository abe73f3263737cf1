// Explores every state a scenario's machine can reach (via @xstate/graph) and finds the problems
// a player would hit: unreachable nodes, states with no way to an ending, endings never reached,
// and money that can be asked for before any red flag was shown.
import { getAdjacencyMap } from '@xstate/graph';
import type { DialogueEvent } from './actions.ts';
import { compileScenario, currentNode, resolveAmount, type DialogueSnapshot } from './compile.ts';
import type { PathIssue } from './check-scenario.ts';
import { isScammer, type ScenarioModel, type VariantValues } from './model.ts';
import { INFO_KINDS } from './constants.ts';
import type { Reaction } from './schema.ts';
import { conditionHolds } from './vars.ts';

export interface Exploration {
  states: number;
  transitions: number;
  /** Distinct simple paths from the start to an ending (counting stops at `pathCap`). */
  paths: number;
  pathsCapped: boolean;
  endingsReached: string[];
  endingsTotal: number;
  issues: PathIssue[];
  /** Whether a play in this dialogue state can still reach an ending. */
  canReachEnding(snapshot: DialogueSnapshot): boolean;
  /**
   * A shortest way to each ending: the player's actions in order, with "timeout" where the
   * player waits ("continue" steps happen by themselves and are left out). Tests play these.
   */
  routes: Record<string, DialogueEvent[]>;
}

export const STATE_LIMIT = 50_000;
const PATH_CAP = 10_000;

/** The first option of every variant: exploration does not depend on which one a play picks. */
function firstValues(model: ScenarioModel): VariantValues {
  const values: VariantValues = {};
  for (const [name, options] of Object.entries(model.scenario.variants ?? {})) values[name] = options[0]!;
  return values;
}

/**
 * For each numeric variable, the range outside which its exact value no longer changes any
 * condition. Exploration treats values beyond it as one, so counters that can grow forever
 * (a reaction that adds 1 each time the player calls 96110) still give a finite graph.
 */
function numericBounds(model: ScenarioModel): Map<string, [number, number]> {
  const bounds = new Map<string, [number, number]>();
  const note = (name: string, value: unknown) => {
    if (typeof value !== 'number') return;
    const [lo, hi] = bounds.get(name) ?? [value, value];
    bounds.set(name, [Math.min(lo, value), Math.max(hi, value)]);
  };
  for (const [name, value] of Object.entries(model.scenario.vars ?? {})) note(name, value);
  const conditions = [
    ...(model.scenario.on ?? []).map((r) => r.when),
    ...Object.values(model.scenario.nodes).flatMap((n) => [...(n.on ?? []).map((r) => r.when), ...(n.choices ?? []).map((c) => c.when)]),
  ];
  for (const when of conditions) {
    for (const [name, test] of Object.entries(when ?? {})) {
      if (typeof test === 'object') Object.values(test).forEach((v) => note(name, v));
      else note(name, test);
    }
  }
  return bounds;
}

function serializer(model: ScenarioModel) {
  const bounds = numericBounds(model);
  return (snapshot: DialogueSnapshot): string => {
    const { vars, used } = snapshot.context;
    const abstract = Object.fromEntries(Object.entries(vars).map(([name, value]) => {
      const range = bounds.get(name);
      return [name, typeof value === 'number' && range ? Math.min(range[1] + 1, Math.max(range[0] - 1, value)) : value];
    }));
    return `${currentNode(snapshot)}|${JSON.stringify(abstract)}|${[...used].sort().join(',')}`;
  };
}

/** One representative event for each thing the player could do that a reaction listens for. */
function reactionEvents(model: ScenarioModel, reaction: Reaction, values: VariantValues): DialogueEvent[] {
  const contacts = reaction.contact ? [reaction.contact] : Object.keys(model.scenario.contacts);
  const messageIds = (kind?: string) => (reaction.message ? [reaction.message]
    : [...model.messages.values()].filter((m) => !kind || m.def.kind === kind).map((m) => m.id).slice(0, 1));
  switch (reaction.action) {
    case 'block':
    case 'report':
      return contacts.map((contact) => ({ type: reaction.action as 'block' | 'report', contact }));
    case 'transfer': {
      const amount = resolveAmount(reaction.min, values) ?? resolveAmount(reaction.amount, values) ?? 1;
      return contacts.map((contact) => ({ type: 'transfer', contact, amount }));
    }
    case 'share-info':
      return contacts.map((contact) => ({ type: 'share-info', contact, info: reaction.info ?? INFO_KINDS[0] }));
    case 'click-link':
      return messageIds('link').map((message) => ({ type: 'click-link', message }));
    case 'receive':
      return messageIds().map((message) => ({ type: 'receive', message }));
    case 'flag': {
      const flag = reaction.flag ?? model.catalogue.flags[0]!.id;
      return messageIds().map((message) => ({ type: 'flag', message, flag }));
    }
    default:
      return [{ type: reaction.action }];
  }
}

export function exploreScenario(model: ScenarioModel): Exploration {
  const { scenario } = model;
  const machine = compileScenario(model);
  const values = firstValues(model);
  const globalEvents = (scenario.on ?? []).flatMap((r) => reactionEvents(model, r, values));
  const localEvents = (snapshot: DialogueSnapshot): DialogueEvent[] => {
    const node = scenario.nodes[currentNode(snapshot)]!;
    const events: DialogueEvent[] = [];
    if (node.next) events.push({ type: 'continue' });
    if (node.timeout) events.push({ type: 'timeout' });
    for (const choice of node.choices ?? []) events.push({ type: 'choose', choice: choice.id });
    for (const reaction of node.on ?? []) events.push(...reactionEvents(model, reaction, values));
    return events;
  };

  const serialize = serializer(model);
  let count = 0;
  const adjacency = getAdjacencyMap(machine, {
    input: { values },
    serializeState: (snapshot) => serialize(snapshot as DialogueSnapshot),
    serializeEvent: (event) => JSON.stringify(event),
    events: (snapshot) => {
      if (++count > STATE_LIMIT) throw new Error(`more than ${STATE_LIMIT} states: too many combinations of variables and once-only choices to check`);
      const s = snapshot as DialogueSnapshot;
      return s.status === 'done' ? [] : [...localEvents(s), ...globalEvents];
    },
  });

  const keys = Object.keys(adjacency);
  const edges = new Map<string, Set<string>>();
  const localEdges = new Map<string, Set<string>>();
  let transitions = 0;
  for (const key of keys) {
    const { state, transitions: out } = adjacency[key as keyof typeof adjacency]!;
    const local = new Set(localEvents(state as DialogueSnapshot).map((e) => JSON.stringify(e)));
    const targets = new Set<string>();
    const localTargets = new Set<string>();
    for (const [eventKey, { state: next }] of Object.entries(out)) {
      const target = serialize(next as DialogueSnapshot);
      if (target === key && (next as DialogueSnapshot).context.entries === (state as DialogueSnapshot).context.entries) continue;
      transitions++;
      targets.add(target);
      if (local.has(eventKey)) localTargets.add(target);
    }
    edges.set(key, targets);
    localEdges.set(key, localTargets);
  }

  const snapshotOf = (key: string) => adjacency[key as keyof typeof adjacency]!.state as DialogueSnapshot;
  const nodeOf = (key: string) => currentNode(snapshotOf(key));
  const isFinal = (key: string) => snapshotOf(key).status === 'done';
  const issues: PathIssue[] = [];
  const reportedNodes = new Set<string>();
  /** One report per node and kind of problem, however many variable combinations show it. */
  const reportNode = (node: string, message: string, kind = message) => {
    if (reportedNodes.has(`${node}:${kind}`)) return;
    reportedNodes.add(`${node}:${kind}`);
    issues.push({ path: ['nodes', node], message });
  };

  // Unreachable nodes and endings never reached.
  const reachedNodes = new Set(keys.map(nodeOf));
  for (const id of Object.keys(scenario.nodes)) if (!reachedNodes.has(id)) reportNode(id, 'this node is never reached from the start');
  const endingsReached = new Set(keys.filter(isFinal).map((k) => scenario.nodes[nodeOf(k)]!.ending!));
  for (const id of Object.keys(scenario.endings)) {
    if (!endingsReached.has(id)) issues.push({ path: ['endings', id], message: 'this ending is never reached' });
  }

  // States with no way to an ending (walking the edges backwards from every final state).
  const reverse = new Map<string, string[]>();
  for (const [from, targets] of edges) for (const to of targets) (reverse.get(to) ?? reverse.set(to, []).get(to)!).push(from);
  const canEnd = new Set(keys.filter(isFinal));
  const stack = [...canEnd];
  while (stack.length) for (const from of reverse.get(stack.pop()!) ?? []) if (!canEnd.has(from)) { canEnd.add(from); stack.push(from); }
  for (const key of keys) {
    if (!canEnd.has(key)) reportNode(nodeOf(key), `a play can get stuck here with no way to an ending (variables ${JSON.stringify(snapshotOf(key).context.vars)})`, 'stuck');
    else if (!isFinal(key) && localEdges.get(key)!.size === 0) {
      reportNode(nodeOf(key), `nothing moves the dialogue on here (no choice, next, timeout or reaction of this node applies; variables ${JSON.stringify(snapshotOf(key).context.vars)})`, 'idle');
    }
  }

  // Money asked for before any red flag could have been shown.
  const scammers = Object.keys(scenario.contacts).filter((id) => isScammer(scenario, id));
  if (scammers.length) {
    const showsFlag = (node: string) => scenario.nodes[node]!.messages.some((m) => m.flags?.length);
    const canPayScammer = (key: string) => {
      const s = snapshotOf(key);
      if (s.status === 'done') return false;
      const node = scenario.nodes[currentNode(s)]!;
      return [...(node.on ?? []), ...(scenario.on ?? [])].some((r) => r.action === 'transfer' && conditionHolds(s.context.vars, r.when)
        && (r.contact === undefined || scammers.includes(r.contact)));
    };
    const start = keys[0]!;
    const clean = new Set<string>();
    const walk = showsFlag(nodeOf(start)) ? [] : [start];
    while (walk.length) {
      const key = walk.pop()!;
      if (clean.has(key)) continue;
      clean.add(key);
      if (canPayScammer(key)) reportNode(nodeOf(key), 'a transfer to a scammer is possible here, but no red flag can have been shown before it');
      for (const next of edges.get(key) ?? []) if (!showsFlag(nodeOf(next))) walk.push(next);
    }
  }

  // Who writes in each node, as a bit set over the contacts (cheap to combine per edge).
  const contactBit = new Map(Object.keys(scenario.contacts).map((id, i) => [id, 2 ** i]));
  const nodeSenders = new Map(Object.entries(scenario.nodes).map(([id, node]) => [id, node.messages.reduce((bits, m) => bits | (contactBit.get(model.messages.get(m.id)!.from) ?? 0), 0)]));
  const senders = (key: string) => nodeSenders.get(nodeOf(key)) ?? 0;
  const bitOf = (contact: string) => contactBit.get(contact) ?? 0;
  const routes = shortestRoutes(keys[0]!, adjacency as unknown as Adjacency, serialize, (key) => (isFinal(key) ? scenario.nodes[nodeOf(key)]!.ending! : null), senders, bitOf);
  const { paths, capped } = countPaths(keys[0]!, edges, isFinal);
  return {
    states: keys.length, transitions, paths, pathsCapped: capped,
    endingsReached: [...endingsReached], endingsTotal: Object.keys(scenario.endings).length, issues,
    canReachEnding: (snapshot) => canEnd.has(serialize(snapshot)),
    routes,
  };
}

type Adjacency = Record<string, { transitions: Record<string, { event: DialogueEvent; state: DialogueSnapshot }> }>;

/** The contact an action is aimed at, if any: a player can only aim at someone they have met. */
function targetOf(event: DialogueEvent): string | undefined {
  return 'contact' in event ? event.contact : undefined;
}

/**
 * Breadth-first from the start, over (state, contacts met so far): the first time an ending is
 * reached is by a shortest route that a player could really take — blocking, reporting or paying
 * only people who have already written to them.
 */
function shortestRoutes(start: string, adjacency: Adjacency, serialize: (s: DialogueSnapshot) => string,
  endingOf: (key: string) => string | null, senders: (key: string) => number, bitOf: (contact: string) => number): Record<string, DialogueEvent[]> {
  const met0 = senders(start);
  const id = (key: string, met: number) => `${key}#${met}`;
  const parent = new Map<string, { from: string; event: DialogueEvent } | null>([[id(start, met0), null]]);
  const queue: { key: string; met: number }[] = [{ key: start, met: met0 }];
  const serialized = new Map<DialogueSnapshot, string>();
  const routes: Record<string, DialogueEvent[]> = {};
  for (let i = 0; i < queue.length && i < 200_000; i++) {
    const { key, met } = queue[i]!;
    const here = id(key, met);
    const ending = endingOf(key);
    if (ending) {
      if (!routes[ending]) {
        const events: DialogueEvent[] = [];
        for (let at = parent.get(here); at; at = parent.get(at.from)) events.unshift(at.event);
        routes[ending] = events.filter((e) => e.type !== 'continue');
      }
      continue;
    }
    for (const { event, state } of Object.values(adjacency[key]?.transitions ?? {})) {
      const target = targetOf(event);
      if (target && !(met & bitOf(target))) continue;
      let nextKey = serialized.get(state);
      if (nextKey === undefined) serialized.set(state, (nextKey = serialize(state)));
      const nextMet = met | senders(nextKey);
      const next = id(nextKey, nextMet);
      if (parent.has(next)) continue;
      parent.set(next, { from: here, event });
      queue.push({ key: nextKey, met: nextMet });
    }
  }
  return routes;
}

/** Simple paths (no state twice) from `start` to a final state, by depth-first search with a cap. */
function countPaths(start: string, edges: Map<string, Set<string>>, isFinal: (key: string) => boolean): { paths: number; capped: boolean } {
  let paths = 0;
  let steps = 0;
  const onPath = new Set<string>();
  const visit = (key: string): boolean => {
    if (++steps > PATH_CAP * 10 || paths >= PATH_CAP) return false;
    if (isFinal(key)) { paths++; return true; }
    onPath.add(key);
    for (const next of edges.get(key) ?? []) if (!onPath.has(next) && !visit(next)) { onPath.delete(key); return false; }
    onPath.delete(key);
    return true;
  };
  const complete = visit(start);
  return { paths, capped: !complete };
}

// What the player may do right now, and why an action is refused.
import type { PlayerAction } from './actions.ts';
import { currentNode, reactionMatches, resolveAmount, type DialogueSnapshot } from './compile.ts';
import { contactOf, type ScenarioModel, type VariantValues } from './model.ts';
import { INFO_KINDS, SENDER_PLAYER } from './constants.ts';
import type { Choice, Reaction } from './schema.ts';
import type { ActionResult, FlagFeedback, SessionState, TransferOption } from './session-types.ts';
import { conditionHolds } from './vars.ts';

/** Node reactions first, then the scenario-wide ones (the same order the machine tries them). */
export function reactionsAt(model: ScenarioModel, snapshot: DialogueSnapshot): Reaction[] {
  const node = model.scenario.nodes[currentNode(snapshot)];
  return [...(node?.on ?? []), ...(model.scenario.on ?? [])];
}

export function isWaitingForPlayer(state: SessionState, snapshot: DialogueSnapshot): boolean {
  return state.queue.length === 0 && state.ending === null && snapshot.status === 'active';
}

export function availableChoices(model: ScenarioModel, state: SessionState, snapshot: DialogueSnapshot): Choice[] {
  if (!isWaitingForPlayer(state, snapshot)) return [];
  const node = model.scenario.nodes[currentNode(snapshot)];
  const { vars, used } = snapshot.context;
  return (node?.choices ?? []).filter((c) => conditionHolds(vars, c.when) && !(c.once && used.includes(c.id)));
}

/** Contacts the transfer screen may pay now, with the amount asked for when the scenario names one. */
export function transferOptions(model: ScenarioModel, state: SessionState, snapshot: DialogueSnapshot, values: VariantValues): TransferOption[] {
  if (state.ending !== null || snapshot.status !== 'active') return [];
  const options = new Map<string, TransferOption>();
  for (const reaction of reactionsAt(model, snapshot)) {
    if (reaction.action !== 'transfer' || !conditionHolds(snapshot.context.vars, reaction.when)) continue;
    const contacts = reaction.contact ? [reaction.contact] : Object.keys(model.scenario.contacts);
    for (const contact of contacts) {
      if (state.blocked.includes(contact) || options.has(contact)) continue;
      const amount = resolveAmount(reaction.amount, values);
      options.set(contact, amount === undefined ? { contact } : { contact, amount });
    }
  }
  return [...options.values()];
}

export function shareInfoTargets(model: ScenarioModel, state: SessionState, snapshot: DialogueSnapshot): string[] {
  if (state.ending !== null || snapshot.status !== 'active') return [];
  const targets = new Set<string>();
  for (const reaction of reactionsAt(model, snapshot)) {
    if (reaction.action !== 'share-info' || !conditionHolds(snapshot.context.vars, reaction.when)) continue;
    for (const contact of reaction.contact ? [reaction.contact] : Object.keys(model.scenario.contacts)) {
      if (!state.blocked.includes(contact)) targets.add(contact);
    }
  }
  return [...targets];
}

export function flagResult(model: ScenarioModel, messageId: string, flag: string): FlagFeedback {
  const actual = model.messages.get(messageId)?.flags ?? [];
  const result = actual.includes(flag) ? 'correct' : actual.length > 0 ? 'wrong-category' : 'benign';
  return { message: messageId, flag, result, actual };
}

const refuse = (reason: string): ActionResult => ({ ok: false, reason });

/** Checks an action against the rules of the game without changing anything. */
export function checkAction(model: ScenarioModel, state: SessionState, snapshot: DialogueSnapshot, values: VariantValues, action: PlayerAction): ActionResult {
  if (typeof action !== 'object' || action === null || typeof action.type !== 'string') return refuse('an action needs a "type"');
  const knownContact = (id: unknown) => typeof id === 'string' && contactOf(model.scenario, id) !== undefined;
  const deliveredEntry = (id: unknown) => (typeof id === 'string' ? state.entries.find((e) => e.message === id && !e.recalled) : undefined);
  if (state.ending !== null || snapshot.status !== 'active') return refuse('the scenario has ended');

  switch (action.type) {
    case 'choose': {
      if (!availableChoices(model, state, snapshot).some((c) => c.id === action.choice)) return refuse(`the choice "${String(action.choice)}" is not on offer now`);
      return { ok: true };
    }
    case 'flag': {
      if (!model.flagsById.has(action.flag)) return refuse(`unknown red flag "${String(action.flag)}"`);
      const entry = deliveredEntry(action.message);
      if (!entry) return refuse(`message "${String(action.message)}" has not been shown, or was recalled`);
      if (entry.from === SENDER_PLAYER) return refuse('you cannot flag your own message');
      if (state.log.some((l) => l.event.type === 'flag' && l.event.message === action.message && l.event.flag === action.flag)) return refuse('you already flagged this message for this red flag');
      return { ok: true };
    }
    case 'block':
    case 'report': {
      if (!knownContact(action.contact)) return refuse(`unknown contact "${String(action.contact)}"`);
      if (action.type === 'block' && state.blocked.includes(action.contact)) return refuse('this contact is already blocked');
      if (action.type === 'report' && state.reported.includes(action.contact)) return refuse('this contact is already reported');
      return { ok: true };
    }
    case 'call-96110':
    case 'ask-family':
    case 'check-official':
      return { ok: true };
    case 'transfer': {
      if (!knownContact(action.contact)) return refuse(`unknown contact "${String(action.contact)}"`);
      if (typeof action.amount !== 'number' || !Number.isFinite(action.amount) || action.amount <= 0 || Math.round(action.amount * 100) !== action.amount * 100) {
        return refuse('the amount must be a positive number of yuan with at most two decimals');
      }
      if (action.method !== undefined && action.method !== 'transfer' && action.method !== 'red-packet') return refuse('method is "transfer" or "red-packet"');
      if (action.method === 'red-packet' && action.amount > 200) return refuse('a red packet holds at most 200 yuan');
      if (action.amount > state.balance) return refuse(`not enough money: the balance is ${state.balance}`);
      if (!transferOptions(model, state, snapshot, values).some((o) => o.contact === action.contact)) return refuse('no one is asking for a transfer to this contact now');
      return { ok: true };
    }
    case 'share-info': {
      if (!INFO_KINDS.includes(action.info)) return refuse(`unknown kind of personal information "${String(action.info)}"`);
      if (!shareInfoTargets(model, state, snapshot).includes(action.contact)) return refuse('no one is asking for personal information now');
      return { ok: true };
    }
    case 'click-link': {
      const entry = deliveredEntry(action.message);
      if (!entry || entry.kind !== 'link') return refuse(`message "${String(action.message)}" is not a link on screen`);
      return { ok: true };
    }
    case 'receive': {
      const entry = typeof action.message === 'string' ? [...state.entries].reverse().find((e) => e.message === action.message && e.status === 'pending') : undefined;
      if (!entry) return refuse(`message "${String(action.message)}" is not a transfer or red packet waiting to be received`);
      return { ok: true };
    }
    default:
      return refuse(`unknown action "${String((action as { type: unknown }).type)}"`);
  }
}

export { reactionMatches };

// A checked scenario with the look-ups every other part of the engine needs.
import type { Catalogue, Message, RedFlag, Scenario, ScenarioNode, Choice, Contact, VariantOption } from './schema.ts';
import { SENDER_PLAYER, SENDER_SYSTEM } from './constants.ts';

/** A message with its defaults filled in from its node. */
export interface PlacedMessage {
  id: string;
  nodeId: string;
  /** Its index in the node's `messages` (for YAML paths). */
  index: number;
  from: string;
  conversation: string;
  def: Message;
  flags: string[];
}

export interface PlacedChoice {
  nodeId: string;
  index: number;
  def: Choice;
  conversation: string;
}

export interface ScenarioModel {
  file: string;
  scenario: Scenario;
  catalogue: Catalogue;
  flagsById: ReadonlyMap<string, RedFlag>;
  messages: ReadonlyMap<string, PlacedMessage>;
  choices: ReadonlyMap<string, PlacedChoice>;
  /** Identifies this exact content, so an old save is not resumed on a changed scenario. */
  contentHash: string;
}

export function senderOf(message: Message, node: ScenarioNode): string | undefined {
  if (message.from) return message.from;
  if (message.kind === 'system') return SENDER_SYSTEM;
  return node.from;
}

export function conversationOf(message: Message, node: ScenarioNode): string | undefined {
  return message.in ?? node.in;
}

/** The conversation a choice's words go to: its own `in`, else its node's, else the conversation of the node's last message. */
export function choiceConversation(choice: Choice, node: ScenarioNode): string | undefined {
  const last = node.messages[node.messages.length - 1];
  return choice.in ?? node.in ?? (last ? conversationOf(last, node) : undefined);
}

export function isContact(scenario: Scenario, id: string): boolean {
  return Object.hasOwn(scenario.contacts, id);
}

export function contactOf(scenario: Scenario, id: string): Contact | undefined {
  return Object.hasOwn(scenario.contacts, id) ? scenario.contacts[id] : undefined;
}

export function isScammer(scenario: Scenario, id: string): boolean {
  return contactOf(scenario, id)?.role === 'scammer';
}

export function isPersonSender(id: string): boolean {
  return id !== SENDER_PLAYER && id !== SENDER_SYSTEM;
}

export function buildModel(file: string, scenario: Scenario, catalogue: Catalogue): ScenarioModel {
  const messages = new Map<string, PlacedMessage>();
  const choices = new Map<string, PlacedChoice>();
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    node.messages.forEach((def, index) => {
      messages.set(def.id, {
        id: def.id, nodeId, index, def,
        from: senderOf(def, node) ?? SENDER_SYSTEM,
        conversation: conversationOf(def, node) ?? '',
        flags: def.flags ?? [],
      });
    });
    node.choices?.forEach((def, index) => {
      choices.set(def.id, { nodeId, index, def, conversation: choiceConversation(def, node) ?? '' });
    });
  }
  return {
    file, scenario, catalogue, messages, choices,
    flagsById: new Map(catalogue.flags.map((flag) => [flag.id, flag])),
    contentHash: hashString(JSON.stringify(scenario)),
  };
}

/** Resolved `{name}` values of the variant options picked for one play. */
export type VariantValues = Record<string, number | { zh: string; en: string }>;

export function pickVariantValues(scenario: Scenario, pick: (options: VariantOption[], name: string) => VariantOption): VariantValues {
  const values: VariantValues = {};
  for (const [name, options] of Object.entries(scenario.variants ?? {})) values[name] = pick(options, name);
  return values;
}

/** FNV-1a, 32 bits, as hex: small, stable, good enough to notice changed content. */
export function hashString(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

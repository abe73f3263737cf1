// Checks a scenario that already has the right shape: every reference resolves, ids are unique,
// placeholders and variables are declared. Returns every problem found, each with its YAML path.
import type { Catalogue, LocalizedText, Reaction, Scenario, ScenarioNode, Condition, Assignment, AmountSpec } from './schema.ts';
import { SENDER_PLAYER, SENDER_SYSTEM } from './constants.ts';
import type { YamlPath } from './yaml-source.ts';
import { placeholdersOf } from './text.ts';
import { choiceConversation, conversationOf, senderOf } from './model.ts';
import { isIncrement } from './vars.ts';

export interface PathIssue {
  path: YamlPath;
  message: string;
}

export function checkScenario(scenario: Scenario, catalogue: Catalogue): PathIssue[] {
  const issues: PathIssue[] = [];
  const add = (path: YamlPath, message: string) => issues.push({ path, message });
  const has = (record: object | undefined, key: string) => record !== undefined && Object.hasOwn(record, key);
  const flagIds = new Set(catalogue.flags.map((f) => f.id));
  const variants = scenario.variants ?? {};
  const vars = scenario.vars ?? {};
  const nodeIds = Object.keys(scenario.nodes);
  const nearby = (id: string, known: string[]) => {
    const hint = known.find((k) => k.startsWith(id.slice(0, 3)));
    return hint ? ` (did you mean "${hint}"?)` : '';
  };

  const checkNodeRef = (path: YamlPath, target: string) => {
    if (!has(scenario.nodes, target)) add(path, `goes to node "${target}", which does not exist${nearby(target, nodeIds)}`);
  };
  const checkContactRef = (path: YamlPath, id: string) => {
    if (!has(scenario.contacts, id)) add(path, `unknown contact "${id}"${nearby(id, Object.keys(scenario.contacts))}`);
  };
  const checkAmount = (path: YamlPath, spec: AmountSpec | undefined) => {
    if (typeof spec !== 'string') return;
    const name = spec.slice(1, -1);
    const options = variants[name];
    if (!options) add(path, `amount uses variant "{${name}}", which is not declared under variants`);
    else if (options.some((o) => typeof o !== 'number')) add(path, `amount uses variant "{${name}}", whose options are not all numbers`);
  };
  const checkCondition = (path: YamlPath, when: Condition | undefined) => {
    for (const name of Object.keys(when ?? {})) {
      if (!has(vars, name)) add([...path, name], `condition on variable "${name}", which is not declared under vars`);
    }
  };
  const checkAssignment = (path: YamlPath, set: Assignment | undefined) => {
    for (const [name, value] of Object.entries(set ?? {})) {
      if (!has(vars, name)) { add([...path, name], `sets variable "${name}", which is not declared under vars`); continue; }
      const declared = vars[name]!;
      const fits = isIncrement(value) ? typeof declared === 'number' : typeof value === typeof declared;
      if (!fits) add([...path, name], `sets "${name}" to ${JSON.stringify(value)}, but it was declared as a ${typeof declared}`);
    }
  };

  const allReactions = [...(scenario.on ?? []), ...Object.values(scenario.nodes).flatMap((n) => n.on ?? [])];
  function blockable(contactId: string) {
    return allReactions.some((r) => r.action === 'block' && r.goto && (r.contact === undefined || r.contact === contactId));
  }

  // Ids: messages and choices share one namespace (a choice becomes the player's message).
  const seen = new Map<string, string>();
  const claimId = (id: string, path: YamlPath) => {
    const first = seen.get(id);
    if (first) add([...path, 'id'], `duplicate id "${id}" (already used at ${first})`);
    else seen.set(id, path.join('.'));
  };
  const messageConversation = new Map<string, { conversation?: string; from?: string }>();
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    node.messages.forEach((m, i) => {
      claimId(m.id, ['nodes', nodeId, 'messages', i]);
      messageConversation.set(m.id, { conversation: conversationOf(m, node), from: senderOf(m, node) });
    });
    node.choices?.forEach((c, i) => claimId(c.id, ['nodes', nodeId, 'choices', i]));
  }
  const momentIds = new Map<string, string>();
  for (const [contactId, contact] of Object.entries(scenario.contacts)) {
    contact.moments?.forEach((moment, i) => {
      const path = ['contacts', contactId, 'moments', i, 'id'];
      if (momentIds.has(moment.id)) add(path, `duplicate moment id "${moment.id}"`);
      momentIds.set(moment.id, contactId);
    });
    if (contact.role === 'scammer' && !contact.behind) add(['contacts', contactId], 'a scammer needs "behind": where the fake identity and its SIM card came from');
    if (contactId === SENDER_PLAYER || contactId === SENDER_SYSTEM) add(['contacts', contactId], `"${contactId}" is reserved (it means the player or a system tip); pick another id`);
    if (contact.role === 'scammer' && !blockable(contactId)) add(['contacts', contactId], 'nothing happens when the player blocks this scammer: add a block reaction (usually scenario-wide, leading to an ending)');
  }

  for (const [convId, conv] of Object.entries(scenario.conversations)) {
    if (conv.kind === 'private') checkContactRef(['conversations', convId, 'with'], conv.with);
    else conv.members.forEach((m, i) => checkContactRef(['conversations', convId, 'members', i], m));
  }
  const participants = (convId: string): string[] => {
    const conv = scenario.conversations[convId];
    if (!conv) return [];
    return conv.kind === 'private' ? [conv.with] : conv.members;
  };
  const checkConversationRef = (path: YamlPath, convId: string | undefined) => {
    if (convId === undefined) { add(path, 'no conversation: give the message (or its node) "in: <conversation id>"'); return false; }
    if (!has(scenario.conversations, convId)) { add(path, `unknown conversation "${convId}"${nearby(convId, Object.keys(scenario.conversations))}`); return false; }
    return true;
  };

  checkNodeRef(['start'], scenario.start);
  for (const [name, options] of Object.entries(variants)) {
    const numeric = options.filter((o) => typeof o === 'number').length;
    if (numeric !== 0 && numeric !== options.length) add(['variants', name], 'a variant lists either all numbers or all texts, not both');
  }

  const checkReaction = (path: YamlPath, reaction: Reaction) => {
    if (reaction.goto) checkNodeRef([...path, 'goto'], reaction.goto);
    if (reaction.contact) checkContactRef([...path, 'contact'], reaction.contact);
    if (reaction.message && !messageConversation.has(reaction.message)) add([...path, 'message'], `unknown message "${reaction.message}"`);
    if (reaction.flag && !flagIds.has(reaction.flag)) add([...path, 'flag'], `unknown red flag "${reaction.flag}" (not in the catalogue)`);
    checkAmount([...path, 'amount'], reaction.amount);
    checkAmount([...path, 'min'], reaction.min);
    checkCondition([...path, 'when'], reaction.when);
    checkAssignment([...path, 'set'], reaction.set);
    if (!reaction.goto && !reaction.set) add(path, 'a reaction needs "goto", "set" or both');
    const fits: Record<Reaction['action'], (keyof Reaction)[]> = {
      block: ['contact'], report: ['contact'], 'call-96110': [], 'ask-family': [], 'check-official': [],
      transfer: ['contact', 'amount', 'min'], 'share-info': ['contact', 'info'], 'click-link': ['message'], receive: ['message'], flag: ['message', 'flag'],
    };
    for (const key of ['contact', 'message', 'amount', 'min', 'info', 'flag'] as const) {
      if (reaction[key] !== undefined && !fits[reaction.action].includes(key)) add([...path, key], `"${key}" has no meaning for the action "${reaction.action}"`);
    }
  };
  scenario.on?.forEach((r, i) => checkReaction(['on', i], r));

  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    const path = ['nodes', nodeId];
    checkNode(path, node);
  }

  function checkNode(path: YamlPath, node: ScenarioNode) {
    const ways = [node.choices?.length ? 'choices' : '', node.next ? 'next' : '', node.ending ? 'ending' : ''].filter(Boolean);
    if (ways.length > 1) add(path, `a node ends in one way only, but this one has ${ways.join(' and ')}`);
    if (ways.length === 0 && !node.on?.length && !node.timeout) add(path, 'this node has no way forward: give it choices, next, a timeout, reactions (on) or an ending');
    if (node.ending && (node.on?.length || node.timeout)) add(path, 'an ending node cannot have reactions or a timeout');
    if (node.next && node.timeout) add([...path, 'timeout'], 'a timeout never fires on a node with "next" (it moves on by itself)');
    if (node.ending && !has(scenario.endings, node.ending)) add([...path, 'ending'], `unknown ending "${node.ending}"${nearby(node.ending, Object.keys(scenario.endings))}`);
    if (node.next) checkNodeRef([...path, 'next'], node.next);
    if (node.timeout) checkNodeRef([...path, 'timeout', 'goto'], node.timeout.goto);
    if (node.from && node.from !== SENDER_SYSTEM && node.from !== SENDER_PLAYER) checkContactRef([...path, 'from'], node.from);
    if (node.in) checkConversationRef([...path, 'in'], node.in);
    checkAssignment([...path, 'set'], node.set);

    node.messages.forEach((m, i) => {
      const mp = [...path, 'messages', i];
      const from = senderOf(m, node);
      const conv = conversationOf(m, node);
      if (from === undefined) add(mp, 'no sender: give the message (or its node) "from: <contact id>"');
      else if (from !== SENDER_SYSTEM && from !== SENDER_PLAYER) checkContactRef([...mp, 'from'], from);
      if (checkConversationRef([...mp, 'in'], conv) && from && from !== SENDER_SYSTEM && from !== SENDER_PLAYER && has(scenario.contacts, from)) {
        if (!participants(conv!).includes(from)) add([...mp, 'from'], `"${from}" is not in the conversation "${conv}"`);
      }
      m.flags?.forEach((flag, j) => {
        if (!flagIds.has(flag)) add([...mp, 'flags', j], `unknown red flag "${flag}" (not in the catalogue)${nearby(flag, [...flagIds])}`);
      });
      if (m.flags?.length && from === SENDER_PLAYER) add([...mp, 'flags'], "the player's own messages cannot carry red flags");
      const senderRole = from ? scenario.contacts[from]?.role : undefined;
      if (m.flags?.length && senderRole && senderRole !== 'scammer') add([...mp, 'flags'], `"${from}" is a ${senderRole} contact: their messages carry no red flags (the game scores discernment)`);
      if (new Set(m.flags).size !== (m.flags?.length ?? 0)) add([...mp, 'flags'], 'a red flag is listed twice');
      m.mentions?.forEach((who, j) => {
        if (who !== SENDER_PLAYER) checkContactRef([...mp, 'mentions', j], who);
      });
      if (m.kind === 'transfer' || m.kind === 'red-packet') checkAmount([...mp, 'amount'], m.amount);
      if (m.kind === 'recall') {
        const original = messageConversation.get(m.recalls);
        if (!original) add([...mp, 'recalls'], `recalls message "${m.recalls}", which does not exist`);
        else if (original.conversation !== conv) add([...mp, 'recalls'], `recalls message "${m.recalls}" from another conversation`);
      }
    });

    node.choices?.forEach((c, i) => {
      const cp = [...path, 'choices', i];
      checkNodeRef([...cp, 'goto'], c.goto);
      checkCondition([...cp, 'when'], c.when);
      checkAssignment([...cp, 'set'], c.set);
      if (!c.silent) checkConversationRef([...cp, 'in'], choiceConversation(c, node));
    });
    node.on?.forEach((r, i) => checkReaction([...path, 'on', i], r));
  }

  // Placeholders: every {name} in any text must be a variant or a variable.
  const known = new Set([...Object.keys(variants), ...Object.keys(vars)]);
  walkTexts(scenario, [], (text, path) => {
    for (const lang of ['zh', 'en'] as const) {
      for (const name of placeholdersOf(text[lang])) {
        if (!known.has(name)) add([...path, lang], `uses {${name}}, which is neither a variant nor a variable`);
      }
    }
    const untranslated = translationProblem(text);
    if (untranslated) add(path, untranslated);
    const zhNames = placeholdersOf(text.zh).sort().join(',');
    const enNames = placeholdersOf(text.en).sort().join(',');
    if (zhNames !== enNames) add(path, `the Chinese and English texts use different placeholders ({${zhNames}} vs {${enNames}})`);
  });

  return issues;
}

const HAN = /\p{Script=Han}/gu;
const LATIN = /[A-Za-z]/g;

/** Catches a text left in the wrong language: English that is mostly Chinese, or both sides identical. */
export function translationProblem(text: LocalizedText): string | null {
  const han = text.en.match(HAN)?.length ?? 0;
  const latin = text.en.match(LATIN)?.length ?? 0;
  if (han > 0 && han >= latin) return `the English text looks untranslated (it is mostly Chinese): "${text.en}"`;
  const words = text.zh.replace(/\{[^}]*\}/g, '');
  if (text.zh === text.en && (words.match(LATIN)?.length ?? 0) > 3) return `the Chinese text looks untranslated (same as the English): "${text.zh}"`;
  return null;
}

function isLocalizedText(value: unknown): value is LocalizedText {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    && typeof (value as LocalizedText).zh === 'string' && typeof (value as LocalizedText).en === 'string'
    && Object.keys(value).length === 2;
}

/** Calls `visit` for every zh/en text anywhere in `value`. */
export function walkTexts(value: unknown, path: YamlPath, visit: (text: LocalizedText, path: YamlPath) => void): void {
  if (isLocalizedText(value)) { visit(value, path); return; }
  if (Array.isArray(value)) { value.forEach((item, i) => walkTexts(item, [...path, i], visit)); return; }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) walkTexts(item, [...path, key], visit);
  }
}

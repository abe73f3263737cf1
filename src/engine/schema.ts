// The shape of scenario and catalogue files. Semantic checks (references, duplicates,
// placeholders) live in check-scenario.ts; this file only says what each field looks like.
import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids use lower-case letters, digits and "-" (e.g. "uncle-hello")');

/** Text shown to a player: always both languages. */
export const localizedText = z.strictObject({
  zh: z.string().trim().min(1, 'missing Chinese text (zh)'),
  en: z.string().trim().min(1, 'missing English text (en)'),
});
export type LocalizedText = z.infer<typeof localizedText>;

import {
  SCAM_TYPES, DIFFICULTIES, STAGES, ROLES, OUTCOMES, RULES, INFO_KINDS, ART_KINDS, PROTECTS, ACTIONS, type Rule,
} from './constants.ts';

export * from './constants.ts';

/** A number, or "{variant}" naming a numeric variant. */
const amount = z.union([z.number().positive(), z.string().regex(/^\{[a-zA-Z][\w-]*\}$/, 'an amount is a number or "{variantName}"')]);
export type AmountSpec = z.infer<typeof amount>;

const varValue = z.union([z.number(), z.boolean(), z.string()]);
/** `when: {trust: {gte: 2}, warned: true}`: every entry must hold. */
const comparison = z.strictObject({
  eq: varValue.optional(), ne: varValue.optional(),
  gt: z.number().optional(), gte: z.number().optional(), lt: z.number().optional(), lte: z.number().optional(),
});
export const condition = z.record(z.string(), z.union([varValue, comparison]));
export type Condition = z.infer<typeof condition>;
/** `set: {trust: "+1", warned: true}`: "+N"/"-N" add to a number, anything else replaces. */
export const assignment = z.record(z.string(), varValue);
export type Assignment = z.infer<typeof assignment>;

const messageBase = {
  id,
  from: z.string().optional(),
  in: z.string().optional(),
  flags: z.array(z.string()).optional(),
  delay: z.number().min(0).max(600).optional(),
  typing: z.number().min(0).max(60).optional(),
  mentions: z.array(z.string()).optional(),
};

export const message = z.discriminatedUnion('kind', [
  z.strictObject({ ...messageBase, kind: z.literal('text'), text: localizedText }),
  z.strictObject({ ...messageBase, kind: z.literal('image'), art: z.enum(ART_KINDS), text: localizedText }),
  z.strictObject({ ...messageBase, kind: z.literal('voice'), seconds: z.number().int().min(1).max(60), text: localizedText }),
  z.strictObject({ ...messageBase, kind: z.literal('link'), title: localizedText, text: localizedText, site: z.string().min(1) }),
  z.strictObject({ ...messageBase, kind: z.literal('transfer'), amount, text: localizedText.optional() }),
  z.strictObject({ ...messageBase, kind: z.literal('red-packet'), amount, text: localizedText.optional() }),
  z.strictObject({ ...messageBase, kind: z.literal('system'), tone: z.enum(['info', 'warning']).default('info'), text: localizedText }),
  z.strictObject({ ...messageBase, kind: z.literal('recall'), recalls: z.string() }),
], { error: (issue) => (issue.code === 'invalid_union' ? 'kind must be one of text, image, voice, link, transfer, red-packet, system, recall' : undefined) });
export type Message = z.infer<typeof message>;
export type MessageKind = Message['kind'];


export const choice = z.strictObject({
  id,
  text: localizedText,
  /** The player's words in the chat; defaults to `text`. `silent: true` sends nothing (e.g. "ignore"). */
  say: localizedText.optional(),
  silent: z.boolean().optional(),
  in: z.string().optional(),
  when: condition.optional(),
  once: z.boolean().optional(),
  set: assignment.optional(),
  shares: z.array(z.enum(INFO_KINDS)).optional(),
  protects: z.array(z.enum(PROTECTS)).optional(),
  goto: z.string(),
});
export type Choice = z.infer<typeof choice>;


export const reaction = z.strictObject({
  action: z.enum(ACTIONS),
  /** block / report / transfer / share-info: only when aimed at this contact. */
  contact: z.string().optional(),
  /** click-link / receive / flag: only for this message. */
  message: z.string().optional(),
  /** transfer: the amount the scammer asks for (pre-filled in the transfer screen). */
  amount: amount.optional(),
  /** transfer: only when at least this much is sent. */
  min: amount.optional(),
  info: z.enum(INFO_KINDS).optional(),
  flag: z.string().optional(),
  when: condition.optional(),
  set: assignment.optional(),
  /** Where the dialogue goes; without it the action only sets variables. */
  goto: z.string().optional(),
});
export type Reaction = z.infer<typeof reaction>;

export const node = z.strictObject({
  /** The script stage from this node on; "none" for side chats (the hotline, family) outside the script. */
  stage: z.enum([...STAGES, 'none']).optional(),
  /** Variables set whenever the dialogue enters this node. */
  set: assignment.optional(),
  from: z.string().optional(),
  in: z.string().optional(),
  messages: z.array(message).default([]),
  choices: z.array(choice).optional(),
  on: z.array(reaction).optional(),
  next: z.string().optional(),
  timeout: z.strictObject({ seconds: z.number().positive().max(3600), goto: z.string() }).optional(),
  ending: z.string().optional(),
});
export type ScenarioNode = z.infer<typeof node>;

const moment = z.strictObject({
  id,
  text: localizedText,
  art: z.enum(ART_KINDS).optional(),
  daysAgo: z.number().min(0),
  likes: z.number().int().min(0).optional(),
});

export const contact = z.strictObject({
  name: localizedText,
  role: z.enum(ROLES),
  avatar: z.strictObject({
    color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like "#07C160" (in quotes: YAML reads # as a comment)'),
    glyph: z.string().min(1).refine((g) => [...new Intl.Segmenter().segment(g)].length <= 2, 'one or two characters or emoji'),
  }),
  bio: localizedText.optional(),
  region: localizedText.optional(),
  moments: z.array(moment).optional(),
  /** Scammers: where this fake identity and its SIM card came from, revealed in the debrief. */
  behind: localizedText.optional(),
});
export type Contact = z.infer<typeof contact>;

export const conversation = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('private'), with: z.string() }),
  z.strictObject({ kind: z.literal('group'), title: localizedText, members: z.array(z.string()).min(1) }),
], { error: (issue) => (issue.code === 'invalid_union' ? 'kind must be "private" or "group"' : undefined) });
export type Conversation = z.infer<typeof conversation>;

export const ending = z.strictObject({
  outcome: z.enum(OUTCOMES),
  title: localizedText,
  debrief: localizedText,
});
export type Ending = z.infer<typeof ending>;

const variantOption = z.union([z.number(), localizedText]);
export type VariantOption = z.infer<typeof variantOption>;

export const scenario = z.strictObject({
  id,
  title: localizedText,
  summary: localizedText,
  scamType: z.enum(SCAM_TYPES),
  difficulty: z.enum(DIFFICULTIES),
  minutes: z.number().positive().max(60),
  /** A kiosk-length scenario (3–5 minutes at fast pacing). */
  short: z.boolean().optional(),
  /** The player's balance at the start, in yuan. */
  wallet: z.number().int().positive(),
  script: z.strictObject({ approach: localizedText, trust: localizedText, induce: localizedText, harvest: localizedText }).optional(),
  variants: z.record(z.string().regex(/^[a-zA-Z][\w-]*$/), z.array(variantOption).min(1)).optional(),
  vars: z.record(z.string().regex(/^[a-zA-Z][\w-]*$/), varValue).optional(),
  contacts: z.record(id, contact),
  conversations: z.record(id, conversation),
  start: z.string(),
  on: z.array(reaction).optional(),
  nodes: z.record(id, node),
  endings: z.record(id, ending),
});
export type Scenario = z.infer<typeof scenario>;

export const redFlag = z.strictObject({
  id,
  name: localizedText,
  explanation: localizedText,
  rule: z.enum(RULES),
  scamTypes: z.array(z.enum(SCAM_TYPES)).min(1),
  source: z.string().min(1),
});
export type RedFlag = z.infer<typeof redFlag>;

export const catalogue = z.strictObject({
  rules: z.strictObject(Object.fromEntries(RULES.map((r) => [r, localizedText])) as Record<Rule, typeof localizedText>),
  flags: z.array(redFlag).min(1),
});
export type Catalogue = z.infer<typeof catalogue>;

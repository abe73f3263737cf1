// Builds the read-only view of a session that UIs render. Nothing here reveals who is a scammer
// or which messages carry red flags: that waits for the debrief.
import { currentNode, type DialogueSnapshot } from './compile.ts';
import type { ScenarioModel, VariantValues } from './model.ts';
import type { Pacing } from './pacing.ts';
import type { LocalizedText } from './schema.ts';
import { availableChoices, shareInfoTargets, transferOptions } from './rules.ts';
import type { ContactView, ConversationView, FlagFeedback, SessionSnapshot, SessionState } from './session-types.ts';
import { localize, type TextValues } from './text.ts';
import type { Vars } from './vars.ts';

/** The values `{name}` placeholders take in one language: picked variants and current variables. */
export function textValues(values: VariantValues, vars: Record<string, unknown>, lang: 'zh' | 'en'): TextValues {
  const out: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(vars)) {
    if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') out[name] = value;
  }
  for (const [name, value] of Object.entries(values)) out[name] = typeof value === 'number' ? value : value[lang];
  return out;
}

/** Fills a text's placeholders in both languages. */
export function renderText(text: LocalizedText, values: VariantValues, vars: Vars): LocalizedText {
  return { zh: localize(text, 'zh', textValues(values, vars, 'zh')), en: localize(text, 'en', textValues(values, vars, 'en')) };
}

interface SnapshotExtras {
  pacing: Pacing;
  paused: boolean;
  gameTime: number;
  feedback: FlagFeedback | null;
}

export function buildSnapshot(model: ScenarioModel, state: SessionState, dialogue: DialogueSnapshot, values: VariantValues, extras: SnapshotExtras): SessionSnapshot {
  const { scenario } = model;
  const vars = dialogue.context.vars;
  const render = (text: LocalizedText) => renderText(text, values, vars);
  const contacts: ContactView[] = Object.entries(scenario.contacts).map(([id, c]) => ({
    id, name: render(c.name), avatar: c.avatar,
    ...(c.bio ? { bio: render(c.bio) } : {}),
    ...(c.region ? { region: render(c.region) } : {}),
  }));
  const nameOf = (id: string) => contacts.find((c) => c.id === id)!.name;
  const conversations: ConversationView[] = Object.entries(scenario.conversations).map(([id, c]) => (c.kind === 'private'
    ? { id, kind: 'private', title: nameOf(c.with), members: [c.with] }
    : { id, kind: 'group', title: render(c.title), members: c.members }));

  const headId = state.queue[0];
  const head = headId ? model.messages.get(headId) : undefined;
  const typing = head && state.head && extras.gameTime >= state.head.typingFrom && head.from in scenario.contacts
    ? { contact: head.from, conversation: head.conversation } : null;

  const endingDef = state.ending ? scenario.endings[state.ending] : undefined;
  return {
    scenarioId: scenario.id,
    mode: state.mode,
    pacing: extras.pacing,
    status: state.ending ? 'ended' : 'playing',
    paused: extras.paused,
    gameTime: extras.gameTime,
    node: currentNode(dialogue),
    contacts,
    conversations,
    entries: state.entries.slice(),
    typing,
    choices: availableChoices(model, state, dialogue).map((c) => ({
      id: c.id, text: render(c.text), conversation: model.choices.get(c.id)!.conversation,
    })),
    transferTo: transferOptions(model, state, dialogue, values),
    shareInfoTo: shareInfoTargets(model, state, dialogue),
    balance: state.balance,
    blocked: state.blocked.slice(),
    reported: state.reported.slice(),
    flagged: state.log.flatMap((l) => (l.event.type === 'flag' ? [{ message: l.event.message, flag: l.event.flag }] : [])),
    feedback: extras.feedback,
    ending: endingDef && state.ending ? { id: state.ending, outcome: endingDef.outcome, title: render(endingDef.title), debrief: render(endingDef.debrief) } : null,
  };
}

// Everything the player learns at the end: outcome, money, score, each red flag, the script, the account.
import { contactOf, type ScenarioModel, type VariantValues } from './model.ts';
import type { LocalizedText, Outcome, Rule, Stage } from './schema.ts';
import { STAGES } from './constants.ts';
import type { SessionState } from './session-types.ts';
import { analysePlay, scoreOf, type Exposure, type FlagOutcome, type Mistake, type PlayAnalysis, type Score } from './scoring.ts';
import { renderText } from './snapshot.ts';

export interface DebriefFlag extends FlagOutcome {
  name: LocalizedText;
  explanation: LocalizedText;
  rule: Rule;
  ruleText: LocalizedText;
  source: string;
  /** The words of the message where it first showed. */
  seenIn: LocalizedText | null;
}

export interface Debrief {
  scenarioId: string;
  title: LocalizedText;
  mode: SessionState['mode'];
  finished: boolean;
  outcome: { ending: string; kind: Outcome; title: LocalizedText; text: LocalizedText } | null;
  money: PlayAnalysis['money'];
  score: Score;
  flags: DebriefFlag[];
  mistakes: Mistake[];
  protective: PlayAnalysis['protective'];
  exposures: Exposure[];
  /** The scammer's script, stage by stage, with the messages of each stage this play showed. */
  stages: { stage: Stage; script: LocalizedText | null; messages: string[] }[];
  /** Where the fake identity of each scammer the player met came from. */
  behind: { contact: string; name: LocalizedText; text: LocalizedText }[];
  /** Contacts the player met who were genuine all along. */
  genuine: { contact: string; name: LocalizedText }[];
}

export function debriefOf(model: ScenarioModel, state: SessionState, values: VariantValues): Debrief {
  const { scenario, catalogue } = model;
  const render = (text: LocalizedText) => renderText(text, values, {});
  const analysis = analysePlay(model, state, values);
  const ending = state.ending ? scenario.endings[state.ending] : undefined;

  const flags = analysis.flags.map((outcome): DebriefFlag => {
    const flag = model.flagsById.get(outcome.flag)!;
    const entry = state.entries.find((e) => e.message === outcome.firstSeen.message);
    return {
      ...outcome,
      name: flag.name, explanation: flag.explanation, rule: flag.rule, ruleText: catalogue.rules[flag.rule], source: flag.source,
      seenIn: entry?.text ?? entry?.title ?? null,
    };
  });

  const stages = STAGES.map((stage) => ({
    stage,
    script: scenario.script ? scenario.script[stage] : null,
    messages: state.delivered.filter((d) => state.stages[d.entry] === stage).map((d) => d.entry),
  })).filter((s) => s.script || s.messages.length);

  // Only the people this play actually met.
  const met = new Set(state.entries.map((e) => e.from));
  const people = Object.entries(scenario.contacts).filter(([id]) => met.has(id));
  return {
    scenarioId: scenario.id,
    title: scenario.title,
    mode: state.mode,
    finished: ending !== undefined,
    outcome: ending && state.ending ? { ending: state.ending, kind: ending.outcome, title: render(ending.title), text: render(ending.debrief) } : null,
    money: analysis.money,
    score: scoreOf(analysis),
    flags,
    mistakes: analysis.mistakes,
    protective: analysis.protective,
    exposures: analysis.exposures,
    stages,
    behind: people.filter(([, c]) => c.role === 'scammer' && c.behind).map(([id, c]) => ({ contact: id, name: render(c.name), text: render(c.behind!) })),
    genuine: people.filter(([, c]) => c.role !== 'scammer').map(([id]) => ({ contact: id, name: render(contactOf(scenario, id)!.name) })),
  };
}

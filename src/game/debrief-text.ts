// The debrief in words, shared by the canvas debrief and the accessible layer so both say the same.
import type { Debrief, DebriefFlag } from '../engine/debrief.ts';
import type { Lang } from '../engine/index.ts';
import type { LocalizedText, Rule } from '../engine/schema.ts';
import type { ProtectiveKind } from '../engine/scoring.ts';
import { money, t, type StringKey } from './i18n.ts';

export const FLAG_MARK: Record<DebriefFlag['status'], string> = { spotted: '✓', late: '~', missed: '✕' };

/** "✓ Name · Spotted" */
export function flagHeadline(flag: DebriefFlag, lang: Lang): string {
  return `${FLAG_MARK[flag.status]} ${flag.name[lang]} · ${t(`status_${flag.status}`, lang)}`;
}

/**
 * "三不一多: <the rule>". The headline already says whether it was spotted in time, late or missed;
 * a position such as "message 7" counted every chat's messages and read as nonsense.
 */
export function flagRuleLine(flag: DebriefFlag, lang: Lang): string {
  return t('flagRule', lang, { rule: flag.ruleText[lang] });
}

export function protectiveLabel(kind: ProtectiveKind, lang: Lang): string {
  if (kind === 'block-or-report') return `${t('action_block', lang)}/${t('action_report', lang)}`;
  if (kind === 'verify') return t('protective_verify', lang);
  return t(`action_${kind}`, lang);
}

const MISTAKE_KEYS = { 'false-flag': 'mistake_falseFlag', 'wrong-category': 'mistake_wrongCategory', 'wronged-genuine': 'mistake_wronged', 'missed-out': 'mistake_missedOut' } as const satisfies Record<Debrief['mistakes'][number]['kind'], StringKey>;

export function mistakeLabel(kind: Debrief['mistakes'][number]['kind'], lang: Lang): string {
  return t(MISTAKE_KEYS[kind], lang);
}

/** "Not a cent lost" or "Lost ¥20,000.00" */
export function moneyLine(debrief: Debrief, lang: Lang): string {
  return debrief.money.lost > 0 ? t('moneyLost', lang, { n: money(debrief.money.lost) }) : t('moneyKept', lang);
}

/** The genuine contacts, as a list in the language's own way. */
export function genuineNames(debrief: Debrief, lang: Lang): string {
  return debrief.genuine.map((g) => g.name[lang]).join(lang === 'zh' ? '、' : ', ');
}

/** The four rules (三不一多), one line each. */
export function ruleLines(rules: Record<Rule, LocalizedText>, lang: Lang): string[] {
  return (['link', 'call', 'info', 'transfer'] as const).map((rule) => `· ${rules[rule][lang]}`);
}

export interface DebriefSection {
  heading: string;
  paragraphs: string[];
}

/** The whole debrief as headed paragraphs, in the order the debrief screen shows it. */
export function debriefSections(debrief: Debrief, lang: Lang, rules: Record<Rule, LocalizedText>): DebriefSection[] {
  const sections: DebriefSection[] = [];
  sections.push({ heading: debrief.outcome?.title[lang] ?? t('ended', lang), paragraphs: [...(debrief.outcome ? [debrief.outcome.text[lang]] : []), moneyLine(debrief, lang)] });
  const { parts, max } = debrief.score;
  sections.push({
    heading: `${t('score', lang)} ${debrief.score.total}/100`,
    paragraphs: [
      `${t('part_detection', lang)} ${parts.detection}/${max.detection}`,
      `${t('part_safety', lang)} ${parts.safety}/${max.safety}`,
      `${t('part_protection', lang)} ${parts.protection}/${max.protection}`,
      ...(parts.discernment < 0 ? [`${t('part_discernment', lang)} ${parts.discernment}`] : []),
    ],
  });
  sections.push({
    heading: t('timeline', lang),
    paragraphs: debrief.flags.length === 0 ? [t('noFlagsSeen', lang)] : debrief.flags.flatMap((flag) => [
      flagHeadline(flag, lang), flagRuleLine(flag, lang), ...(flag.seenIn ? [`“${flag.seenIn[lang]}”`] : []), flag.explanation[lang],
    ]),
  });
  if (debrief.protective.length) sections.push({ heading: t('protectiveDone', lang), paragraphs: [...new Set(debrief.protective.map((p) => p.kind))].map((kind) => `✓ ${protectiveLabel(kind, lang)}`) });
  if (debrief.mistakes.length) sections.push({ heading: t('mistakes', lang), paragraphs: debrief.mistakes.map((m) => `✕ ${mistakeLabel(m.kind, lang)}`) });
  const stages = debrief.stages.filter((s) => s.script);
  if (stages.length) sections.push({ heading: t('script', lang), paragraphs: stages.flatMap((s) => [t(`stage_${s.stage}`, lang), s.script![lang]]) });
  if (debrief.behind.length) sections.push({ heading: t('behind', lang), paragraphs: debrief.behind.flatMap((b) => [b.name[lang], b.text[lang]]) });
  if (debrief.genuine.length) sections.push({ heading: t('genuineContacts', lang), paragraphs: [genuineNames(debrief, lang)] });
  sections.push({ heading: t('rules', lang), paragraphs: [...ruleLines(rules, lang), t('hotlineNote', lang)] });
  return sections;
}

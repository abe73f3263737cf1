// All the characters a scenario can show, so their font pieces can be fetched before play.
import type { Lang, ScenarioModel } from '../engine/index.ts';
import { ALL_STRINGS, LANGUAGE_NAMES, scamTypeName, t } from './i18n.ts';

export function scenarioCharacters(model: ScenarioModel): string {
  const chars = new Set<string>();
  const visit = (value: unknown) => {
    if (typeof value === 'string') { for (const ch of value) chars.add(ch); return; }
    if (Array.isArray(value)) { value.forEach(visit); return; }
    if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(model.scenario);
  for (const flag of model.catalogue.flags) visit([flag.name, flag.explanation]);
  visit(model.catalogue.rules);
  return [...chars].join('');
}

/**
 * What Home and the other menus show in a language: every interface string, each case's card, and
 * what is shown in Chinese in English too: the game's name heading Home, and the language switch.
 */
export function menuCharacters(lang: Lang, scenarios: readonly { title: Record<Lang, string>; summary: Record<Lang, string>; scamType: string }[]): string {
  return t('appName', 'zh') + Object.values(LANGUAGE_NAMES).join('') + Object.values(ALL_STRINGS).map((s) => s[lang]).join('')
    + scenarios.map((s) => s.title[lang] + s.summary[lang] + scamTypeName(s.scamType, lang)).join('');
}

// The characters whose font pieces are fetched before a screen is drawn: canvas text drawn before
// its piece arrives stays blank (no Chinese system font) or in a fallback font until redrawn.
import { describe, expect, it } from 'vitest';
import { menuCharacters } from '../../src/game/content-text.ts';
import { ALL_STRINGS, LANGUAGE_NAMES, scamTypeName, t } from '../../src/game/i18n.ts';
import { scenarioInfo } from '../../src/content/scenario-info.ts';
import { readCatalogue, readScenarios, scenarioFiles } from '../../scripts/lib/content-files.ts';

const scenarios = readScenarios(scenarioFiles(), readCatalogue()).models.map((m) => scenarioInfo(m.scenario));
const missing = (text: string, from: string) => [...new Set(text)].filter((ch) => !from.includes(ch)).join('');

describe('menuCharacters', () => {
  for (const lang of ['zh', 'en'] as const) {
    const chars = menuCharacters(lang, scenarios);

    it(`covers every interface string and case card in ${lang}`, () => {
      for (const s of Object.values(ALL_STRINGS)) expect(missing(s[lang], chars), s[lang]).toBe('');
      for (const s of scenarios) expect(missing(s.title[lang] + s.summary[lang] + scamTypeName(s.scamType, lang), chars), s.id).toBe('');
    });

    it(`covers the Chinese name heading Home, in ${lang} too`, () => {
      expect(missing(t('appName', 'zh'), chars)).toBe('');
    });

    it(`covers both languages' names, which the language switches show in ${lang}`, () => {
      expect(missing(LANGUAGE_NAMES.zh + LANGUAGE_NAMES.en, chars)).toBe('');
    });
  }
});

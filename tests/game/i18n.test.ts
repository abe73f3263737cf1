import { describe, expect, it } from 'vitest';
import { ALL_STRINGS, money, scamTypeName, t } from '../../src/game/i18n.ts';
import { SCAM_TYPES } from '../../src/engine/index.ts';

describe('the game\'s own strings', () => {
  const entries = Object.entries(ALL_STRINGS);

  it('exist in Chinese and English, and translate', () => {
    for (const [key, { zh, en }] of entries) {
      expect(zh.trim(), key).not.toBe('');
      expect(en.trim(), key).not.toBe('');
      expect(/\p{Script=Han}/u.test(en), `${key}: English has Chinese`).toBe(false);
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, { zh, en }] of entries) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');
      expect(names(zh), key).toBe(names(en));
    }
  });

  it('follow Chinese typography: full-width punctuation, a space between Chinese and Latin or digits', () => {
    for (const [key, { zh }] of entries) {
      expect(/[\p{Script=Han}][A-Za-z0-9]|[A-Za-z0-9][\p{Script=Han}]/u.test(zh), `${key}: "${zh}" needs a space between Chinese and Latin/digits`).toBe(false);
      expect(/[\p{Script=Han}][,.!?;:](?!\w)/u.test(zh), `${key}: "${zh}" uses ASCII punctuation after Chinese`).toBe(false);
      expect(/([，。！？、])\1/u.test(zh), `${key}: doubled punctuation`).toBe(false);
    }
  });

  it('fills placeholders', () => {
    expect(t('minutes', 'zh', { n: 5 })).toBe('5 分钟');
    expect(t('transferTo', 'en', { name: 'Wang' })).toBe('Transfer to Wang');
  });

  it('names every scam type in both languages', () => {
    for (const type of SCAM_TYPES) {
      expect(scamTypeName(type, 'zh')).not.toBe(type);
      expect(scamTypeName(type, 'en')).not.toBe(type);
    }
  });
});

describe('money', () => {
  it('groups thousands and always shows two decimals, whatever the machine locale', () => {
    expect(money(20000)).toBe('20,000.00');
    expect(money(0)).toBe('0.00');
    expect(money(999.5)).toBe('999.50');
    expect(money(1234567.891)).toBe('1,234,567.89');
    expect(money(-3000)).toBe('-3,000.00');
  });
});

describe('punctuation between parts of a sentence', () => {
  it('is full-width in Chinese and ASCII with a space in English', () => {
    expect(`${t('region', 'zh')}${t('colon', 'zh')}上海`).toBe('地区：上海');
    expect(t('colon', 'en')).toBe(': ');
    expect(t('comma', 'en')).toBe(', ');
    expect(t('comma', 'zh')).toBe('，');
  });
});

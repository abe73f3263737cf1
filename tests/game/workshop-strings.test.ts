import { describe, expect, it } from 'vitest';
import { WORKSHOP_STRINGS, ws } from '../../src/game/workshop/strings.ts';

describe('the workshop screens\' strings', () => {
  const entries = Object.entries(WORKSHOP_STRINGS);

  it('exist in Chinese and English, with the same placeholders', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');
    for (const [key, { zh, en }] of entries) {
      expect(zh.trim(), key).not.toBe('');
      expect(en.trim(), key).not.toBe('');
      expect(/\p{Script=Han}/u.test(en), `${key}: English has Chinese`).toBe(key === 'otherLanguage');
      expect(names(zh), key).toBe(names(en));
    }
  });

  it('follow Chinese typography: full-width punctuation, a space between Chinese and Latin or digits', () => {
    for (const [key, { zh }] of entries) {
      const filled = zh.replace(/\{\w+\}/g, ' x ');
      expect(/[\p{Script=Han}][A-Za-z0-9]|[A-Za-z0-9][\p{Script=Han}]/u.test(filled), `${key}: "${zh}" needs a space between Chinese and Latin/digits`).toBe(false);
      expect(/[\p{Script=Han}][,.!?;:](?!\w)/u.test(zh), `${key}: "${zh}" uses ASCII punctuation after Chinese`).toBe(false);
      expect(/([，。！？、])\1/u.test(zh), `${key}: doubled punctuation`).toBe(false);
    }
  });

  it('fill their placeholders', () => {
    expect(ws('lobbyHello', 'zh', { name: '小林', n: 3 })).toBe('你好，小林（3 号）');
    expect(ws('quizItem', 'en', { n: 2, total: 8 })).toBe('Message 2 of 8');
  });

  it('name no real person, brand, URL or phone number', () => {
    for (const [key, { zh, en }] of entries) {
      expect(/https?:|www\.|\.com|微信支付|支付宝/.test(zh + en), key).toBe(false);
      expect(/\d{5,}/.test((zh + en).replace(/96110|110/g, '')), key).toBe(false);
    }
  });
});

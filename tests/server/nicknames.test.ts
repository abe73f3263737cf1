import { describe, expect, it } from 'vitest';
import { cleanNickname, uniqueNickname, NICKNAME_MAX } from '../../src/server/nicknames/nickname.ts';
import { isBlocked } from '../../src/server/nicknames/word-filter.ts';
import { generateNickname } from '../../src/server/nicknames/generate.ts';
import { WorkshopError } from '../../src/server/errors.ts';

const codeOf = (fn: () => unknown) => {
  try { fn(); } catch (error) { return error instanceof WorkshopError ? error.code : String(error); }
  return null;
};

describe('nicknames', () => {
  it('tidies spacing and invisible characters but keeps the name', () => {
    expect(cleanNickname('  小林  ')).toBe('小林');
    expect(cleanNickname('Anna\u200b  Lee')).toBe('Anna Lee');
    expect(cleanNickname('王\n老师')).toBe('王 老师');
  });

  it('refuses empty, over-long and number-like names', () => {
    expect(codeOf(() => cleanNickname('   '))).toBe('nickname-invalid');
    expect(codeOf(() => cleanNickname('长'.repeat(NICKNAME_MAX + 1)))).toBe('nickname-invalid');
    expect(cleanNickname('长'.repeat(NICKNAME_MAX))).toHaveLength(NICKNAME_MAX);
    expect(codeOf(() => cleanNickname('138 1234 5678'))).toBe('nickname-refused');
  });

  it('blocks rude words however they are disguised, and leaves innocent words alone', () => {
    for (const bad of ['傻逼', '傻 逼', 'FUCK', 'f.u.c.k', 'ｆｕｃｋ', 'sh1t', 'you ass', '草泥马123', 'SB']) {
      expect(isBlocked(bad), bad).toBe(true);
      expect(codeOf(() => cleanNickname(bad)), bad).toBe('nickname-refused');
    }
    for (const fine of ['小林', 'Peacock', 'Essex', 'Classy Cat', '机灵的熊猫', 'Titan', 'Scunthorpe 2', 'Cumbria']) {
      expect(isBlocked(fine), fine).toBe(false);
    }
  });

  it('numbers a name that is taken, ignoring case and width', () => {
    expect(uniqueNickname('小林', [])).toBe('小林');
    expect(uniqueNickname('小林', ['小林'])).toBe('小林 2');
    expect(uniqueNickname('小林', ['小林', '小林 2', '小林 3'])).toBe('小林 4');
    expect(uniqueNickname('Anna', ['ANNA'])).toBe('Anna 2');
    expect(uniqueNickname('Ａｎｎａ', ['anna'])).toBe('Ａｎｎａ 2');
  });

  it('makes up names that pass its own filter, in either language', () => {
    for (let i = 0; i < 200; i++) {
      for (const lang of ['zh', 'en'] as const) {
        const name = generateNickname(lang);
        expect(cleanNickname(name)).toBe(name);
        expect(/[\u4e00-\u9fff]/.test(name)).toBe(lang === 'zh');
      }
    }
  });
});

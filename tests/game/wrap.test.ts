// Line wrapping with 禁则, tested with a fake measure: CJK characters, full-width punctuation and
// emoji are 2 units wide, everything else 1.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HANG_MAX, NO_END, NO_START, clampLines, measureLines, truncate, wrapText } from '../../src/game/layout/wrap.ts';

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const WIDE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef“”‘’…—·]/u;
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

const split = (s: string) => [...graphemes.segment(s)].map((x) => x.segment);
/** The fake measure: 2 units for CJK, full-width punctuation and emoji, 1 for the rest. */
const measure = (s: string) => split(s).reduce((w, g) => w + (WIDE.test(g) || EMOJI.test(g) ? 2 : 1), 0);
const first = (s: string) => String.fromCodePoint(s.codePointAt(0)!);
const last = (s: string) => split(s).at(-1)!;

/** A line is wider than maxWidth only when it is one grapheme, or when a hanging run of closing marks is. */
function fitsOrHangs(line: string, maxWidth: number): boolean {
  if (measure(line) <= maxWidth) return true;
  const g = split(line);
  if (g.length === 1) return true;
  for (let k = 1; k <= HANG_MAX && k < g.length && NO_START.has(first(g[g.length - k]!)); k++) {
    if (measure(g.slice(0, -k).join('')) <= maxWidth) return true;
  }
  return false;
}

/** The lines, in order, are the text with only spaces and line breaks taken out. */
function expectSameText(lines: string[], text: string) {
  let at = 0;
  for (const line of lines) {
    while (at < text.length && /\s/u.test(text[at]!) && !text.startsWith(line, at)) at++;
    expect(text.startsWith(line, at), `line ${JSON.stringify(line)} at ${at} of ${JSON.stringify(text)}`).toBe(true);
    at += line.length;
  }
  expect(text.slice(at).trim()).toBe('');
}

function expectKinsoku(lines: string[]) {
  lines.forEach((line, i) => {
    if (line === '') return;
    if (i > 0) expect(NO_START.has(first(line)), `line ${i} starts with a closing mark: ${JSON.stringify(lines)}`).toBe(false);
    if (i < lines.length - 1) expect(NO_END.has(first(last(line))), `line ${i} ends with an opening mark: ${JSON.stringify(lines)}`).toBe(false);
  });
}

describe('wrapText: Chinese', () => {
  it('breaks between characters', () => {
    expect(wrapText('一二三四五六七八九十', 6, measure)).toEqual(['一二三', '四五六', '七八九', '十']);
    // Words from the segmenter are no barrier: Chinese fills each line.
    expect(wrapText('名额有限先到先得', 6, measure)).toEqual(['名额有', '限先到', '先得']);
  });

  it('never starts a line with a closing mark: the previous character comes down with it', () => {
    expect(wrapText('一二三，四五', 6, measure)).toEqual(['一二', '三，四', '五']);
    for (const mark of ['，', '。', '！', '？', '）', '》', '、', '：', '；', '”', '」', '%', '!', '?', ',', '.', ')']) {
      const lines = wrapText(`一二三${mark}四五六七`, 6, measure);
      expect(lines.slice(1).every((l) => !l.startsWith(mark)), `${mark}: ${JSON.stringify(lines)}`).toBe(true);
      expectSameText(lines, `一二三${mark}四五六七`);
    }
  });

  it('never ends a line with an opening mark: it goes down with the next character', () => {
    expect(wrapText('一二（三四）', 6, measure)).toEqual(['一二', '（三', '四）']);
    expect(wrapText('他说“好”', 6, measure)).toEqual(['他说', '“好”']);
    expect(wrapText('他说“转账”', 6, measure)).toEqual(['他说', '“转', '账”']);
    for (const mark of ['（', '“', '《', '「', '【', '(', '[']) {
      const lines = wrapText(`一二${mark}三四五六`, 6, measure);
      expect(lines.every((l) => !l.endsWith(mark)), `${mark}: ${JSON.stringify(lines)}`).toBe(true);
    }
  });

  it('keeps "……" and "——" together', () => {
    expect(wrapText('一二三四……好', 8, measure)).toEqual(['一二三', '四……好']);
    expect(wrapText('一二三——四五', 8, measure)).toEqual(['一二', '三——四', '五']);
    expect(wrapText('一二三四——五', 9, measure)).toEqual(['一二三', '四——五']);
  });

  it('keeps a mention whole at the @', () => {
    // "请大家注意@" would fit in 11, but not with the @ at the end.
    expect(wrapText('请大家注意@张三', 11, measure)).toEqual(['请大家注意', '@张三']);
  });

  it('lets a closing mark hang only when pulling down would leave the line empty', () => {
    // One character fills the line: nothing to pull down, so "！" hangs past the edge.
    expect(wrapText('好！', 2, measure)).toEqual(['好！']);
    expect(wrapText('你好……', 2, measure)).toEqual(['你', '好……']);
    // A Latin word that fits: the "!" hangs rather than splitting the word.
    expect(wrapText('limited!', 7, measure)).toEqual(['limited!']);
    // With a break opportunity on the line, the word comes down instead.
    expect(wrapText('so limited!', 8, measure)).toEqual(['so', 'limited!']);
  });

  it('wraps mixed Chinese, digits and Latin', () => {
    const text = '先充 2000 元试试，名额有限！';
    const lines = wrapText(text, 10, measure);
    expect(lines).toEqual(['先充 2000', '元试试，名', '额有限！']);
    expectSameText(lines, text);
    expectKinsoku(lines);
    expect(wrapText('先充2000元试试', 6, measure)).toEqual(['先充', '2000元', '试试']);
  });
});

describe('wrapText: Latin', () => {
  it('breaks at spaces, never inside a word that fits, without leading or trailing spaces', () => {
    const text = 'Top up 2000 yuan to start - spots are limited!';
    expect(wrapText(text, 12, measure)).toEqual(['Top up 2000', 'yuan to', 'start -', 'spots are', 'limited!']);
    expect(wrapText('hello   world', 7, measure)).toEqual(['hello', 'world']);
    expect(wrapText('  indented  text  ', 8, measure)).toEqual(['indented', 'text']);
    expect(wrapText("don't e.g. 3.14 x", 6, measure)).toEqual(["don't", 'e.g.', '3.14 x']);
  });

  it('may break after a hyphen between words', () => {
    expect(wrapText('an anti-fraud game', 10, measure)).toEqual(['an anti-', 'fraud game']);
  });

  it('breaks a word wider than the line between graphemes', () => {
    expect(wrapText('账号6222020200112233445566', 10, measure)).toEqual(['账号', '6222020200', '1122334455', '66']);
    const url = 'https://pay-verify.example.com/refund?id=8817';
    const lines = wrapText(`Open ${url} now`, 12, measure);
    expect(lines[0]).toBe('Open');
    expect(lines.every((l) => fitsOrHangs(l, 12))).toBe(true);
    expectSameText(lines, `Open ${url} now`);
    expect(lines.slice(1, -1).join('')).toBe(url);
  });

  it('never splits an emoji, a flag or a combined character', () => {
    const family = '👨‍👩‍👧';
    const flag = '🇨🇳';
    expect(wrapText(`${family}${family}${family}${flag}${flag}`, 4, measure)).toEqual([`${family}${family}`, `${family}${flag}`, flag]);
    // Narrower than one emoji: each stands alone (the one case of a line wider than maxWidth without hanging).
    expect(wrapText(`${family}${flag}👍🏽`, 1, measure)).toEqual([family, flag, '👍🏽']);
    expect(wrapText('cafe\u0301cafe\u0301', 3, measure)).toEqual(['caf', 'e\u0301ca', 'fe\u0301']);
    expect(wrapText(`好的${family}！`, 4, measure)).toEqual(['好的', `${family}！`]);
  });
});

describe('wrapText: lines', () => {
  it('always breaks at explicit newlines, keeping empty lines', () => {
    expect(wrapText('第一行\n\nsecond line\r\n三', 100, measure)).toEqual(['第一行', '', 'second line', '三']);
    expect(wrapText('a\n', 100, measure)).toEqual(['a', '']);
    expect(wrapText('', 100, measure)).toEqual(['']);
    expect(wrapText('   ', 100, measure)).toEqual(['']);
  });

  it('measures with the measure it is given, remembering nothing between calls', () => {
    const text = '一二三四五六';
    expect(wrapText(text, 6, measure)).toEqual(['一二三', '四五六']);
    expect(wrapText(text, 6, (s) => split(s).length)).toEqual(['一二三四五六']);
    expect(wrapText(text, 6, measure)).toEqual(['一二三', '四五六']);
  });

  it('measureLines gives the widest line', () => {
    expect(measureLines(['一二', '三四五', 'ab'], measure)).toBe(6);
    expect(measureLines([], measure)).toBe(0);
  });

  it('accepts a locale', () => {
    expect(wrapText('Top up now', 6, measure, { locale: 'en' })).toEqual(['Top up', 'now']);
  });
});

// Random mixes of CJK, Latin words, digits, URLs, emoji, punctuation and spaces.
const seed = Number(process.env.FC_SEED ?? 20261123);

const core = fc.oneof(
  fc.array(fc.constantFrom(...'你好名额有限先充元试转账验证码客服银行卡'), { minLength: 1, maxLength: 6 }).map((a) => a.join('')),
  fc.constantFrom('Top', 'up', 'yuan', 'limited', 'refund', 'supercalifragilistic', 'WeChat', "don't"),
  fc.array(fc.constantFrom(...'0123456789'), { minLength: 1, maxLength: 24 }).map((a) => a.join('')),
  fc.constantFrom('👨‍👩‍👧', '🇨🇳', '😀', '👍🏽', '❤️', '🧧'),
  fc.constantFrom('https://pay.example.com/r?id=1', 'www.example.cn'),
);
const phrase = fc.tuple(
  fc.option(fc.constantFrom('（', '“', '《', '「', '【', '(', '['), { nil: '' }),
  core,
  fc.option(fc.constantFrom('，', '。', '！', '？', '）', '”', '》', '、', '……', '——', ',', '.', '!', '?', ')', '%', '」'), { nil: '' }),
).map((parts) => parts.join(''));
const separator = fc.constantFrom('', '', ' ', ' ', '  ', '\n');
const mixedText = fc.array(fc.tuple(phrase, separator), { minLength: 1, maxLength: 30 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));

describe('wrapText: properties', () => {
  it('keeps the text, fits the width (or hangs), respects 禁则 and never starts or ends a line with a space', () => {
    fc.assert(fc.property(mixedText, fc.integer({ min: 4, max: 40 }), (text, maxWidth) => {
      const lines = wrapText(text, maxWidth, measure);
      expectSameText(lines, text);
      expectKinsoku(lines);
      for (const line of lines) {
        expect(fitsOrHangs(line, maxWidth), `${JSON.stringify(line)} at ${maxWidth}`).toBe(true);
        expect(line).toBe(line.trim());
      }
      // Emoji and combined characters stay whole: the graphemes of the lines are the text's.
      expect(lines.flatMap(split).filter((g) => !/^\s+$/u.test(g))).toEqual(split(text).filter((g) => !/^\s+$/u.test(g)));
      // Each paragraph gives at least one line, and only a blank paragraph an empty one.
      const paragraphs = text.split('\n');
      expect(lines.length).toBeGreaterThanOrEqual(paragraphs.length);
      expect(lines.filter((l) => l === '').length).toBe(paragraphs.filter((p) => p.trim() === '').length);
    }), { numRuns: 400, seed });
  });

  it('breaks English only at spaces when every word fits', () => {
    const word = fc.constantFrom('Top', 'up', '2000', 'yuan', 'to', 'start', '-', 'spots', 'are', 'limited!', 'verify', 'first.');
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.integer({ min: 8, max: 60 }), (words, maxWidth) => {
      const text = words.join(' ');
      const lines = wrapText(text, maxWidth, measure);
      expect(lines.join(' ')).toBe(text);
      for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(maxWidth);
      // Greedy: the next line's first word would not have fitted.
      lines.slice(1).forEach((line, i) => expect(measure(`${lines[i]} ${line.split(' ')[0]}`)).toBeGreaterThan(maxWidth));
    }), { numRuns: 200, seed });
  });
});

describe('truncate', () => {
  it('keeps as much as fits with its ellipsis (… is 2 units here)', () => {
    expect(truncate('Marketing Team Chat', 12, measure)).toBe('Marketing…');
    expect(truncate('Marketing Team Chat', 16, measure)).toBe('Marketing Team…');
    expect(truncate('高三二班同学群', 8, measure)).toBe('高三二…');
  });

  it('never splits a grapheme and never leaves a space before the ellipsis', () => {
    expect(truncate('家人👨‍👩‍👧好', 7, measure)).toBe('家人…');
    expect(truncate('ab cd', 5, measure)).toBe('ab…');
  });

  it('always fits when anything can', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), fc.integer({ min: 2, max: 30 }), (text, maxWidth) => {
      expect(measure(truncate(text, maxWidth, measure))).toBeLessThanOrEqual(maxWidth);
    }));
  });
});

describe('clampLines', () => {
  it('keeps lines that fit in number as they are', () => {
    expect(clampLines(['one', 'two'], 2, 10, measure)).toEqual(['one', 'two']);
  });

  it('ends the last line kept in an ellipsis when there are more', () => {
    const lines = wrapText('Enter the case number and your ID number to view the case and legal documents', 20, measure);
    expect(lines.length).toBeGreaterThan(3);
    const clamped = clampLines(lines, 3, 20, measure, ' ');
    expect(clamped).toHaveLength(3);
    expect(clamped.slice(0, 2)).toEqual(lines.slice(0, 2));
    expect(clamped[2]!.endsWith('…')).toBe(true);
    expect(measure(clamped[2]!)).toBeLessThanOrEqual(20);
    // The words of the third line start it, joined to the next with a space.
    expect(clamped[2]!.startsWith(lines[2]!.split(' ')[0]!)).toBe(true);
  });

  it('joins Chinese lines with nothing between them', () => {
    expect(clampLines(['输入案件编号', '和身份证号码', '即可查看'], 2, 14, measure)).toEqual(['输入案件编号', '和身份证号码…']);
  });
});

// The bounded measure breaks lines exactly where the real measure does, while measuring far less.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { truncate, wrapText } from '../../src/game/layout/wrap.ts';
import { boundedMeasure } from '../../src/game/widgets/bounded-measure.ts';

const SIZE = 28;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const WIDE = /^[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’…—·]/u;
const EMOJI = /\p{Extended_Pictographic}/u;
/** A stand-in for the canvas: Chinese 1 em, emoji 1.3 em, Latin letters of uneven widths with a little kerning. */
function fontLike(s: string): number {
  let width = 0;
  let prev = '';
  for (const { segment: g } of graphemes.segment(s)) {
    width += WIDE.test(g) ? SIZE : EMOJI.test(g) ? SIZE * 1.3 : SIZE * (0.3 + ((g.codePointAt(0)! * 7) % 11) / 16);
    if (prev === 'A' && g === 'V') width -= SIZE * 0.08;
    prev = g;
  }
  return width;
}

const SAMPLES = [
  '你在小区群里看到一条“社区福利”：带上身份证拍张照，就能免费领一桶食用油。几天后，你的名下多了一张电话卡和一张银行卡。',
  'A “community perks” stall turns up in your building\'s group chat: bring your ID, pose for a photo, take home free cooking oil. AVAVAV',
  '收益稳定😊，群里好多人都在做！先交 500 元保证金，明天就能提现。📈📈📈 不懂的私聊我。',
  'Supercalifragilisticexpialidocious-and-then-some words that do not fit on a line at all, at all.',
];

describe('boundedMeasure', () => {
  it.each(SAMPLES)('wraps and truncates as the real measure does: %s', (text) => {
    for (const maxWidth of [SIZE * 4, SIZE * 9.5, SIZE * 23, SIZE * 40]) {
      let exact = 0;
      let bounded = 0;
      const counted = (s: string) => { exact++; return fontLike(s); };
      const expected = wrapText(text, maxWidth, counted);
      const inner = (s: string) => { bounded++; return fontLike(s); };
      expect(wrapText(text, maxWidth, boundedMeasure(inner, SIZE, maxWidth))).toEqual(expected);
      expect(truncate(text, maxWidth, boundedMeasure(fontLike, SIZE, maxWidth))).toEqual(truncate(text, maxWidth, fontLike));
      if (maxWidth >= SIZE * 23) expect(bounded).toBeLessThan(exact / 2);
    }
  });

  it('agrees with the real measure on any text', () => {
    const piece = fc.constantFrom('你', '好', '。', '，', 'a', 'W', 'i', ' ', '😊', '—', 'A', 'V', '1', '“', '”');
    fc.assert(fc.property(fc.array(piece, { maxLength: 120 }), fc.integer({ min: 1, max: 40 }), (pieces, ems) => {
      const text = pieces.join('');
      const maxWidth = ems * SIZE;
      expect(wrapText(text, maxWidth, boundedMeasure(fontLike, SIZE, maxWidth))).toEqual(wrapText(text, maxWidth, fontLike));
    }));
  });
});

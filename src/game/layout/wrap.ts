// Line wrapping for chat bubbles and labels: Phaser's Text cannot wrap Chinese (its basic wrap
// splits on spaces only), so we break lines ourselves. Pure: no DOM, no Phaser; the caller
// injects `measure` (a canvas measureText in the browser, a fake in tests). Nothing is memoised
// between calls, so callers may measure with different fonts.
//
// Where a line may break
// - Explicit line breaks ("\n", "\r\n", "\r", U+2028, U+2029) always break; each paragraph
//   gives at least one line (an empty paragraph gives "").
// - Normal break opportunities come from Intl.Segmenter word segments:
//   * after a run of spaces (the spaces stay at the end of the line and are dropped there;
//     no line ever starts with a space, leading spaces of a paragraph are dropped too);
//   * on either side of a CJK or emoji segment, and between any two CJK characters inside
//     a segment (Chinese breaks between characters, as WeChat and browsers do);
//   * between two word segments of a script written without spaces (Thai, Lao, Khmer, Myanmar);
//   * after a hyphen joining two words ("anti-fraud").
//   Latin words, digit runs, URLs ("https://a.b/c", "3.14", "don't") never break when they fit.
// - 禁则 (kinsoku): a break is only "allowed" if the next line does not start with a closing
//   mark (NO_START: ，。、；：！？）》」』】〉”’…—·% ,.;:!?)]}% …) and the line does not end
//   with an opening mark (NO_END: （《「『【〈“‘ ([{ ￥ @ …). As "…" and "—" are both closing
//   marks, "……" and "——" never split.
// - A word wider than maxWidth is broken between graphemes (Intl.Segmenter 'grapheme'), so
//   emoji sequences ("👨‍👩‍👧", flags) and combining marks stay whole.
//
// The 禁则 rule we chose: PULL DOWN FIRST, HANG AS A LAST RESORT.
// When the grapheme that no longer fits is a closing mark, the line breaks at the latest allowed
// break opportunity before it, so the preceding character (in Chinese) or word (in Latin text)
// moves down with the mark: "…名额有|限！" rather than "…名额有限|！". Only when the line has
// no such opportunity (pulling down would leave it empty: a single CJK character, one Latin
// word or one URL filling the whole line) does the closing mark HANG past maxWidth at the end of
// the line: at most a run of HANG_MAX (2) closing marks, enough for "……", "——", "。」", "！”".
// So a line is wider than maxWidth only when
//   (a) it ends with such a hanging run of at most 2 closing marks and fits without it, or
//   (b) it holds a single grapheme that is itself wider than maxWidth.
// Rules are broken only when nothing else is possible: a run of three or more closing marks
// that cannot fit (the rest starts the next line), or a line too narrow for an opening mark and
// the character after it.
//
// Widths are measured on whole line strings (so the measure may account for kerning), with the
// trailing spaces removed.

export interface WrapOptions {
  /** Locale for Intl.Segmenter; 'zh' when not given (never the machine's locale). */
  locale?: string;
}

export type Measure = (s: string) => number;

/** Characters that must not start a line (closing punctuation, small kana, iteration marks…). */
export const NO_START = new Set([
  ...'，。、；：！？）》」』】〉”’…—·%',
  ...',.;:!?)]}%',
  ...'］｝〕〗〙〛｠〉》»›％‰℃・ー々〻ゝゞヽヾ〜～',
  ...'ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ',
]);

/** Characters that must not end a line (opening punctuation, currency signs, the @ of a mention). */
export const NO_END = new Set([
  ...'（《「『【〈“‘',
  ...'([{',
  ...'［｛〔〖〘〚｟«‹',
  ...'￥＄@＠',
]);

/** How many closing marks may hang past maxWidth at the end of a line. */
export const HANG_MAX = 2;

const SPACE = /^[\t \u1680\u2000-\u2006\u2008-\u200b\u205f\u3000]+$/u;
const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u3000-\u303f\uff00-\uffef\u30fc]/u;
const EMOJI = /\p{Emoji_Presentation}|\ufe0f|\u20e3|\p{Regional_Indicator}/u;
const NO_SPACE_SCRIPT = /^[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const WORD_CHAR = /^[\p{L}\p{N}]/u;
const NEWLINE = /\r\n|[\n\r\u2028\u2029]/u;

const isSpace = (g: string) => SPACE.test(g);
const firstChar = (g: string) => String.fromCodePoint(g.codePointAt(0) ?? 0);
const isNoStart = (g: string) => NO_START.has(firstChar(g));
const isNoEnd = (g: string) => NO_END.has(firstChar(g));
/** CJK characters and emoji: break opportunities on both sides (UAX #14's ID class). */
const isIdeographic = (g: string) => CJK.test(g) || EMOJI.test(g);

/** Break priorities of the boundary before a grapheme. */
const NEVER = -1; // before a space: lines break after spaces, not before them
const FORCED = 0; // breaks 禁则: used only when nothing else works
const EMERGENCY = 1; // inside a word that does not fit on a line
const NORMAL = 2; // a real break opportunity that respects 禁则

/**
 * Breaks `text` into lines no wider than `maxWidth` as measured by `measure` (see the rules at the
 * top of this file, including when a line may be wider). Lines carry no leading or trailing spaces.
 */
/** Making a segmenter is costly (Chinese word breaking loads a dictionary): one per locale. */
const segmenters = new Map<string, { words: Intl.Segmenter; graphemes: Intl.Segmenter }>();

function segmentersFor(locale: string) {
  let found = segmenters.get(locale);
  if (!found) {
    found = { words: new Intl.Segmenter(locale, { granularity: 'word' }), graphemes: new Intl.Segmenter(locale, { granularity: 'grapheme' }) };
    segmenters.set(locale, found);
  }
  return found;
}

export function wrapText(text: string, maxWidth: number, measure: Measure, options: WrapOptions = {}): string[] {
  const { words, graphemes } = segmentersFor(options.locale ?? 'zh');
  return text.split(NEWLINE).flatMap((paragraph) => wrapParagraph(paragraph, maxWidth, measure, words, graphemes));
}

/** The width of the widest line (0 for no lines): the text width of a bubble. */
export function measureLines(lines: readonly string[], measure: Measure): number {
  let widest = 0;
  for (const line of lines) widest = Math.max(widest, measure(line));
  return widest;
}

function wrapParagraph(paragraph: string, maxWidth: number, measure: Measure, words: Intl.Segmenter, graphemeSegmenter: Intl.Segmenter): string[] {
  const g: string[] = [];
  const offsets: number[] = [];
  for (const s of graphemeSegmenter.segment(paragraph)) {
    g.push(s.segment);
    offsets.push(s.index);
  }
  const priority = breakPriorities(paragraph, g, offsets, words);

  const lines: string[] = [];
  let start = 0;
  while (start < g.length && isSpace(g[start]!)) start++;
  while (start < g.length) {
    // Fill the line grapheme by grapheme until one overflows.
    let text = '';
    let end = start; // graphemes [start, end) are on the line
    while (end < g.length) {
      const candidate = text + g[end]!;
      if (end > start && !isSpace(g[end]!) && measure(trimEnd(candidate)) > maxWidth) break;
      text = candidate;
      end++;
    }
    if (end < g.length) end = chooseBreak(g, priority, start, end);
    lines.push(trimEnd(g.slice(start, end).join('')));
    start = end;
    while (start < g.length && isSpace(g[start]!)) start++;
  }
  return lines.length ? lines : [''];
}

/**
 * Where to end a line that holds graphemes [start, overflow) when grapheme `overflow` does not fit:
 * returns the index of the first grapheme of the next line.
 */
function chooseBreak(g: readonly string[], priority: readonly number[], start: number, overflow: number): number {
  // 1. The latest real break opportunity: pulls the previous character or word down.
  for (let i = overflow; i > start; i--) if (priority[i] === NORMAL) return i;
  // 2. No opportunity on the line: a closing mark hangs past the edge instead.
  if (isNoStart(g[overflow]!)) {
    let end = overflow;
    while (end < g.length && end - overflow < HANG_MAX && isNoStart(g[end]!)) end++;
    return end;
  }
  // 3. A word wider than the line: break between its graphemes, still respecting 禁则 if possible.
  for (let i = overflow; i > start; i--) if (priority[i] === EMERGENCY) return i;
  // 4. Nothing respects 禁则: break just before the grapheme that does not fit.
  return overflow;
}

/** priority[i] rates the boundary before grapheme i (i ≥ 1). */
function breakPriorities(paragraph: string, g: readonly string[], offsets: readonly number[], words: Intl.Segmenter): number[] {
  // The word segment of each grapheme, and whether a segment starts at it.
  const segmentStarts = new Set<number>();
  const segments: { text: string; wordLike: boolean }[] = [];
  for (const s of words.segment(paragraph)) {
    segmentStarts.add(s.index);
    segments.push({ text: s.segment, wordLike: s.isWordLike ?? false });
  }
  const segmentOf: number[] = [];
  let seg = -1;
  for (const offset of offsets) {
    if (segmentStarts.has(offset)) seg++;
    segmentOf.push(Math.max(seg, 0));
  }

  /** A normal break opportunity before grapheme i (not a space), 禁则 aside. */
  const isBreakOpportunity = (i: number): boolean => {
    const prev = g[i - 1]!;
    const here = g[i]!;
    if (isSpace(prev)) return true;
    // Inside a word segment, only Chinese (and other CJK) breaks between characters.
    if (!segmentStarts.has(offsets[i]!)) return CJK.test(prev) && CJK.test(here);
    const before = segments[segmentOf[i - 1]!]!;
    const after = segments[segmentOf[i]!]!;
    return isIdeographic(prev) || isIdeographic(here)
      || (before.wordLike && after.wordLike && NO_SPACE_SCRIPT.test(before.text) && NO_SPACE_SCRIPT.test(after.text))
      || (prev === '-' && i >= 2 && WORD_CHAR.test(g[i - 2]!) && WORD_CHAR.test(here));
  };

  const priority: number[] = [NEVER];
  let lastContent = -1; // last non-space grapheme before i
  for (let i = 1; i < g.length; i++) {
    if (!isSpace(g[i - 1]!)) lastContent = i - 1;
    const here = g[i]!;
    if (isSpace(here)) {
      priority.push(NEVER);
      continue;
    }
    const kinsokuOk = !isNoStart(here) && !(lastContent >= 0 && isNoEnd(g[lastContent]!));
    if (!kinsokuOk) {
      priority.push(FORCED);
      continue;
    }
    priority.push(isBreakOpportunity(i) ? NORMAL : EMERGENCY);
  }
  return priority;
}

function trimEnd(s: string): string {
  let end = s.length;
  while (end > 0 && SPACE.test(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/** As much of `text` as fits in `maxWidth` followed by "…" (the last line of a clipped text). */
export function truncate(text: string, maxWidth: number, measure: Measure): string {
  const parts = Array.from(segmentersFor('zh').graphemes.segment(text), (g) => g.segment);
  // The longest prefix that fits with its ellipsis: widths grow with length, so search by halves.
  let low = 0;
  let high = parts.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(`${parts.slice(0, mid).join('').trimEnd()}…`) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return `${parts.slice(0, low).join('').trimEnd()}…`;
}

/**
 * At most `maxLines` of wrapped lines; when there are more, the last one kept ends in "…" (what
 * follows is joined to it with `joiner`: a space between English words, nothing in Chinese).
 */
export function clampLines(lines: readonly string[], maxLines: number, maxWidth: number, measure: Measure, joiner = ''): string[] {
  if (lines.length <= maxLines) return [...lines];
  const kept = lines.slice(0, maxLines - 1);
  kept.push(truncate(lines.slice(maxLines - 1).join(joiner), maxWidth, measure));
  return kept;
}


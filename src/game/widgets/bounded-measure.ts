// A measure for line breaking that skips the canvas when a string surely fits.
// Wrapping measures every prefix of a line to find where it overflows: Home's first build made ~390
// canvas measurements, ~0.1 ms each before the web fonts arrive (2-core machine, software rendering).
import type { Measure } from '../layout/wrap.ts';

/**
 * No character is wider than this many font sizes per UTF-16 code unit: Chinese characters, full-width
 * forms and Latin letters are at most ~1, emoji ~1.3 (and most take two code units).
 */
const WIDEST = 1.5;

/**
 * Wraps `measure` for comparisons with `limit` only (as wrapText and truncate make): a string is
 * measured when an upper bound of its width, from the last measured string it extends, passes the
 * limit; otherwise the bound is returned, which compares with the limit as the width would.
 */
export function boundedMeasure(measure: Measure, size: number, limit: number): Measure {
  let base = '';
  let baseWidth = 0;
  return (s: string) => {
    const known = base !== '' && s.startsWith(base);
    const bound = (known ? baseWidth + (s.length - base.length) * WIDEST * size : s.length * WIDEST * size);
    if (bound <= limit) return bound;
    base = s;
    baseWidth = measure(s);
    return baseWidth;
  };
}

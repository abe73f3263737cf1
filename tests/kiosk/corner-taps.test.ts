import { describe, expect, it } from 'vitest';
import { CornerTaps } from '../../src/kiosk/corner-taps.ts';

describe('hidden admin corner', () => {
  const options = { taps: 5, windowMs: 3000, size: 100 };

  it('five taps in the corner within the window open it', () => {
    const taps = new CornerTaps(options);
    const results = [0, 400, 800, 1200, 1600].map((t) => taps.tap(20, 30, t));
    expect(results).toEqual([false, false, false, false, true]);
  });

  it('too slow does not open it; the last five quick ones do', () => {
    const taps = new CornerTaps(options);
    const results = [0, 1000, 2000, 3000, 4000, 4500, 5000].map((t) => taps.tap(5, 5, t));
    expect(results).toEqual([false, false, false, false, false, false, true]);
  });

  it('a tap elsewhere breaks the sequence', () => {
    const taps = new CornerTaps(options);
    for (const t of [0, 100, 200, 300]) taps.tap(10, 10, t);
    expect(taps.tap(500, 500, 400)).toBe(false);
    expect(taps.tap(10, 10, 500)).toBe(false);
  });

  it('starts over after opening', () => {
    const taps = new CornerTaps(options);
    for (const t of [0, 100, 200, 300]) taps.tap(10, 10, t);
    expect(taps.tap(10, 10, 400)).toBe(true);
    expect(taps.tap(10, 10, 500)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import type { LoggedEvent } from '../../src/engine/index.ts';
import { isPrefixOf, sameEntry } from '../../src/server/log-compare.ts';

const a: LoggedEvent = { seq: 2, at: 1000, event: { type: 'flag', message: 'm1', flag: 'urgency' } };
const b: LoggedEvent = { seq: 4, at: 2000, event: { type: 'transfer', contact: 'x', amount: 500 } };

describe('comparing action logs', () => {
  it('sees any difference in an entry', () => {
    expect(sameEntry(a, structuredClone(a))).toBe(true);
    expect(sameEntry(a, { ...a, seq: 3 })).toBe(false);
    expect(sameEntry(a, { ...a, at: 1 })).toBe(false);
    expect(sameEntry(a, { ...a, event: { type: 'flag', message: 'm1', flag: 'secrecy' } })).toBe(false);
    expect(sameEntry(b, { ...b, event: { type: 'transfer', contact: 'x', amount: 500, method: 'red-packet' } })).toBe(false);
    expect(sameEntry(b, { ...b, event: { type: 'transfer', contact: 'x', amount: 5 } })).toBe(false);
  });

  it('knows a log that continues another', () => {
    expect(isPrefixOf([], [a, b])).toBe(true);
    expect(isPrefixOf([a], [a, b])).toBe(true);
    expect(isPrefixOf([a, b], [a, b])).toBe(true);
    expect(isPrefixOf([a, b], [a])).toBe(false);
    expect(isPrefixOf([b], [a, b])).toBe(false);
  });
});

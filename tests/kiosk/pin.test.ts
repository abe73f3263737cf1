import { describe, expect, it } from 'vitest';
import { lockedFor, NO_FAILURES, parsePinState, tryPin, type PinState } from '../../src/kiosk/pin.ts';

const POLICY = { attempts: 5, lockoutMs: 10 * 60_000 };

describe('admin PIN', () => {
  it('the right PIN opens and clears earlier failures', () => {
    const after = tryPin({ failures: 3, lockedUntil: 0 }, '482916', '482916', POLICY, 1000);
    expect(after).toEqual({ ok: true, state: NO_FAILURES });
  });

  it('counts wrong PINs and says how many tries are left', () => {
    let state: PinState = NO_FAILURES;
    for (let i = 1; i <= 4; i++) {
      const result = tryPin(state, '000000', '482916', POLICY, 1000 * i);
      expect(result).toEqual({ ok: false, reason: 'wrong', attemptsLeft: 5 - i, state: { failures: i, lockedUntil: 0 } });
      state = result.state;
    }
  });

  it('the fifth wrong PIN locks the keypad; even the right PIN is refused until the lockout ends', () => {
    let state: PinState = { failures: 4, lockedUntil: 0 };
    const locked = tryPin(state, '1111', '482916', POLICY, 5000);
    expect(locked).toEqual({ ok: false, reason: 'locked', lockedForMs: POLICY.lockoutMs, state: { failures: 5, lockedUntil: 5000 + POLICY.lockoutMs } });
    state = locked.state;
    const right = tryPin(state, '482916', '482916', POLICY, 5000 + 60_000);
    expect(right).toMatchObject({ ok: false, reason: 'locked', lockedForMs: POLICY.lockoutMs - 60_000 });
    expect(right.state).toBe(state);
    // Once over, the right PIN opens, and a wrong one starts counting from one again.
    expect(tryPin(state, '482916', '482916', POLICY, 5000 + POLICY.lockoutMs).ok).toBe(true);
    expect(tryPin(state, '9', '482916', POLICY, 5000 + POLICY.lockoutMs)).toMatchObject({ reason: 'wrong', attemptsLeft: 4 });
  });

  it('a PIN that is a prefix or an extension of the right one is wrong', () => {
    expect(tryPin(NO_FAILURES, '48291', '482916', POLICY, 0).ok).toBe(false);
    expect(tryPin(NO_FAILURES, '4829160', '482916', POLICY, 0).ok).toBe(false);
    expect(tryPin(NO_FAILURES, '', '482916', POLICY, 0).ok).toBe(false);
  });

  it('a clock set back cannot stretch the lockout past its length', () => {
    const state = { failures: 5, lockedUntil: 10_000_000 };
    expect(lockedFor(state, POLICY, 10_000_000 - 24 * 3_600_000)).toBe(POLICY.lockoutMs);
    expect(lockedFor(state, POLICY, 10_000_000)).toBe(0);
  });

  it('survives a reload as stored text; damaged text means no failures, never a permanent lock', () => {
    const state = tryPin({ failures: 4, lockedUntil: 0 }, '1', '482916', POLICY, 1000).state;
    expect(parsePinState(JSON.stringify(state))).toEqual(state);
    expect(parsePinState(null)).toEqual(NO_FAILURES);
    expect(parsePinState('{"failures": -1, "lockedUntil": 5}')).toEqual(NO_FAILURES);
    expect(parsePinState('not json')).toEqual(NO_FAILURES);
  });
});

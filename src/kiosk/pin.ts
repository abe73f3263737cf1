// The admin PIN gate: a wrong PIN counts, too many wrong PINs lock the keypad for a while. The
// state is plain data, kept by the caller (it survives a reload); the wall clock is passed in.

export interface PinState {
  failures: number;
  /** Wall-clock ms until which the keypad is locked (0 = not locked). */
  lockedUntil: number;
}

export interface PinPolicy {
  attempts: number;
  lockoutMs: number;
}

export type PinResult =
  | { ok: true; state: PinState }
  | { ok: false; state: PinState; reason: 'wrong'; attemptsLeft: number }
  | { ok: false; state: PinState; reason: 'locked'; lockedForMs: number };

export const NO_FAILURES: PinState = Object.freeze({ failures: 0, lockedUntil: 0 });

/**
 * How long the keypad stays locked. A clock set back cannot stretch a lockout beyond its length,
 * and an expired lockout is over.
 */
export function lockedFor(state: PinState, policy: PinPolicy, now: number): number {
  if (state.lockedUntil <= now) return 0;
  return Math.min(state.lockedUntil - now, policy.lockoutMs);
}

export function tryPin(state: PinState, entered: string, pin: string, policy: PinPolicy, now: number): PinResult {
  const locked = lockedFor(state, policy, now);
  if (locked > 0) return { ok: false, state, reason: 'locked', lockedForMs: locked };
  // A lockout that ran out starts the count again.
  const failures = state.lockedUntil > 0 ? 0 : state.failures;
  if (sameDigits(entered, pin)) return { ok: true, state: { ...NO_FAILURES } };
  const next = failures + 1;
  if (next >= policy.attempts) {
    const lockedState = { failures: next, lockedUntil: now + policy.lockoutMs };
    return { ok: false, state: lockedState, reason: 'locked', lockedForMs: policy.lockoutMs };
  }
  return { ok: false, state: { failures: next, lockedUntil: 0 }, reason: 'wrong', attemptsLeft: policy.attempts - next };
}

/** Compares every digit whatever the first mismatch (no early exit to time). */
function sameDigits(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

/** Reads a stored state; anything damaged counts as no failures (never a permanent lock). */
export function parsePinState(raw: string | null): PinState {
  try {
    const value = JSON.parse(raw ?? 'null') as Partial<PinState> | null;
    const failures = value?.failures;
    const lockedUntil = value?.lockedUntil;
    if (typeof failures === 'number' && Number.isInteger(failures) && failures >= 0 && typeof lockedUntil === 'number' && Number.isFinite(lockedUntil) && lockedUntil >= 0) {
      return { failures, lockedUntil };
    }
  } catch { /* damaged: start clean */ }
  return { ...NO_FAILURES };
}

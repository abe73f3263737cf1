import { describe, expect, it } from 'vitest';
import { IdleWatch, reloadDue } from '../../src/kiosk/idle.ts';

const TIMES = { idleMs: 45_000, countdownMs: 15_000, debriefMs: 60_000 };

/** A fake clock: tests move it by hand. */
function fakeClock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => { now += ms; return now; } };
}

describe('idle watch', () => {
  it('stays active while the visitor is quiet for less than the idle time', () => {
    const clock = fakeClock();
    const watch = new IdleWatch(TIMES, clock.now());
    clock.advance(44_999);
    expect(watch.status(clock.now())).toEqual({ phase: 'active', quietMs: 44_999 });
  });

  it('counts down after the idle time, second by second, then expires', () => {
    const clock = fakeClock();
    const watch = new IdleWatch(TIMES, clock.now());
    clock.advance(45_000);
    expect(watch.status(clock.now())).toEqual({ phase: 'countdown', remainingMs: 15_000, seconds: 15 });
    clock.advance(500);
    expect(watch.status(clock.now())).toMatchObject({ phase: 'countdown', seconds: 15 });
    clock.advance(500);
    expect(watch.status(clock.now())).toMatchObject({ phase: 'countdown', seconds: 14 });
    clock.advance(13_999);
    expect(watch.status(clock.now())).toMatchObject({ phase: 'countdown', seconds: 1, remainingMs: 1 });
    clock.advance(1);
    expect(watch.status(clock.now())).toEqual({ phase: 'expired' });
  });

  it('input before the countdown pushes it back', () => {
    const clock = fakeClock();
    const watch = new IdleWatch(TIMES, clock.now());
    clock.advance(40_000);
    expect(watch.input(clock.now())).toBe(false);
    expect(watch.schedule()).toEqual({ quietSince: clock.now(), countdownAt: clock.now() + 45_000 });
    clock.advance(40_000);
    expect(watch.status(clock.now()).phase).toBe('active');
    clock.advance(5_000);
    expect(watch.status(clock.now()).phase).toBe('countdown');
  });

  it('input during the countdown cancels it and says so', () => {
    const clock = fakeClock();
    const watch = new IdleWatch(TIMES, clock.now());
    clock.advance(50_000);
    expect(watch.input(clock.now())).toBe(true);
    expect(watch.status(clock.now())).toEqual({ phase: 'active', quietMs: 0 });
    clock.advance(44_000);
    expect(watch.status(clock.now()).phase).toBe('active');
  });

  it('input after expiry does not bring the visitor back (the reset is due)', () => {
    const clock = fakeClock();
    const watch = new IdleWatch(TIMES, clock.now());
    clock.advance(60_000);
    expect(watch.input(clock.now())).toBe(false);
    expect(watch.status(clock.now())).toEqual({ phase: 'expired' });
  });

  it('the end of a play gives the debrief its own quiet time, from the end or the last touch after it', () => {
    const clock = fakeClock();
    const watch = new IdleWatch(TIMES, clock.now());
    clock.advance(30_000);
    watch.playEnded(clock.now());
    expect(watch.schedule()).toEqual({ quietSince: clock.now(), countdownAt: clock.now() + 60_000 });
    clock.advance(59_000);
    expect(watch.status(clock.now()).phase).toBe('active');
    clock.advance(1_000);
    expect(watch.status(clock.now())).toMatchObject({ phase: 'countdown', seconds: 15 });
    watch.input(clock.now());
    clock.advance(59_999);
    expect(watch.status(clock.now()).phase).toBe('active');
    clock.advance(15_001);
    expect(watch.status(clock.now())).toEqual({ phase: 'expired' });
  });

  it('a new play after the debrief goes back to the usual quiet time', () => {
    const clock = fakeClock();
    const watch = new IdleWatch(TIMES, clock.now());
    watch.playEnded(clock.now());
    watch.playStarted();
    watch.input(clock.now());
    clock.advance(45_000);
    expect(watch.status(clock.now()).phase).toBe('countdown');
  });

  it('new times apply at once', () => {
    const clock = fakeClock();
    const watch = new IdleWatch(TIMES, clock.now());
    clock.advance(20_000);
    watch.setTimes({ idleMs: 10_000, countdownMs: 5_000, debriefMs: 20_000 });
    expect(watch.status(clock.now())).toEqual({ phase: 'expired' });
  });
});

describe('periodic reload', () => {
  const base = { loadedAt: 0, reloadHours: 6 };
  it('is due after the interval, and only while the attract loop shows', () => {
    expect(reloadDue({ ...base, now: 6 * 3_600_000 - 1, attractShowing: true })).toBe(false);
    expect(reloadDue({ ...base, now: 6 * 3_600_000, attractShowing: true })).toBe(true);
    expect(reloadDue({ ...base, now: 9 * 3_600_000, attractShowing: false })).toBe(false);
  });
  it('never happens when the interval is 0', () => {
    expect(reloadDue({ loadedAt: 0, reloadHours: 0, now: 1e12, attractShowing: true })).toBe(false);
  });
});

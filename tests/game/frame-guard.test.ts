import { describe, expect, it } from 'vitest';
import type Phaser from 'phaser';
import { guardFrames, recoveryFor, type FrameFailure } from '../../src/game/frame-guard.ts';

/** Just the part of a Phaser game the guard wraps: its step. */
function gameWhoseStep(step: (time: number) => void) {
  return { step } as unknown as Phaser.Game;
}

describe('guardFrames', () => {
  it('runs each step, hands a throwing one to the recovery with how many failed lately, and keeps going', () => {
    const ran: number[] = [];
    const failures: FrameFailure[] = [];
    const game = gameWhoseStep((time) => { ran.push(time); if (time % 2 === 1) throw new Error(`frame ${time}`); });
    guardFrames(game, (failure) => failures.push(failure), 10_000);
    for (let time = 0; time < 6; time++) game.step(time, 16);
    expect(ran).toEqual([0, 1, 2, 3, 4, 5]);
    expect(failures.map((f) => [(f.error as Error).message, f.recent])).toEqual([['frame 1', 1], ['frame 3', 2], ['frame 5', 3]]);
  });

  it('forgets failures older than its window', () => {
    const failures: number[] = [];
    const game = gameWhoseStep(() => { throw new Error('broken'); });
    guardFrames(game, (failure) => failures.push(failure.recent), 0);
    game.step(0, 16);
    game.step(1, 16);
    expect(failures).toEqual([1, 1]);
  });
});

describe('recoveryFor', () => {
  it('redraws first, then goes home, then reloads once, and never reloads a page just loaded', () => {
    const ladder = (sinceLoadMs: number) => [1, 2, 3, 4, 5, 6, 7].map((recent) => recoveryFor(recent, sinceLoadMs));
    expect(ladder(120_000)).toEqual(['redraw', 'redraw', 'home', 'home', 'reload', 'wait', 'wait']);
    expect(ladder(5_000)).toEqual(['redraw', 'redraw', 'home', 'home', 'wait', 'wait', 'wait']);
  });
});

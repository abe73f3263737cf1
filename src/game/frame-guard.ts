// Phaser asks for the next animation frame only after a frame has run, so a single frame that
// throws stops the game for good: a frozen screen on a phone, and on an unattended kiosk until
// someone notices. This keeps the loop going and hands each failure to a recovery.
import type Phaser from 'phaser';

export interface FrameFailure {
  error: unknown;
  /** Failures within the last `windowMs`, this one included. */
  recent: number;
}

/** Wraps the game's step (call it from the `postBoot` callback, before the loop starts). */
export function guardFrames(game: Phaser.Game, recover: (failure: FrameFailure) => void, windowMs = 10_000) {
  const step = game.step.bind(game);
  let failures: number[] = [];
  game.step = (time: number, delta: number) => {
    try {
      step(time, delta);
    } catch (error) {
      const now = performance.now();
      failures = [...failures.filter((at) => now - at < windowMs), now];
      recover({ error, recent: failures.length });
    }
  };
}

export type Recovery = 'redraw' | 'home' | 'reload' | 'wait';

/**
 * What to do after a failed frame, by how many failed lately: draw the screen again (a missing
 * texture is made anew), then go to the home screen (the kiosk's attract loop), then reload the
 * page (a saved game resumes) unless it was loaded less than a minute ago, so a page that fails
 * from the start does not reload in a loop.
 */
export function recoveryFor(recent: number, sinceLoadMs: number): Recovery {
  if (recent <= 2) return 'redraw';
  if (recent <= 4) return 'home';
  if (recent === 5 && sinceLoadMs >= 60_000) return 'reload';
  return 'wait';
}

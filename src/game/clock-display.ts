import type { App } from './state/app.ts';

/** The wall-clock time (ms) at which something happened `gameMs` into the play. */
export function displayTime(app: App, gameMs: number): number {
  return app.startedAt + gameMs;
}

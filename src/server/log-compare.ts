// Comparing action logs entry by entry without building strings: a game resends its whole log
// with every report, so this runs for every entry of every report.
import type { LoggedEvent } from '../engine/index.ts';

/** Log entries are flat: `{ seq, at, event }` with an event of plain values. */
export function sameEntry(a: LoggedEvent, b: LoggedEvent): boolean {
  if (a.seq !== b.seq || a.at !== b.at) return false;
  const x = a.event as Record<string, unknown>;
  const y = b.event as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  return keys.every((key) => x[key] === y[key]);
}

/** Whether `shorter` is the beginning of `longer` (or all of it). */
export function isPrefixOf(shorter: readonly LoggedEvent[], longer: readonly LoggedEvent[]): boolean {
  if (shorter.length > longer.length) return false;
  for (let i = 0; i < shorter.length; i++) if (!sameEntry(shorter[i]!, longer[i]!)) return false;
  return true;
}

// Anonymous counters a kiosk keeps across visitors: how many plays, how many reached an ending, how
// the endings went, and how often each red flag was spotted. Nothing about any one visitor: only
// sums. Plain data, updated by pure functions, stored by the caller.

export interface FlagCount {
  /** Completed plays in which the flag showed. */
  shown: number;
  /** Spotted before any money left (in time). */
  spotted: number;
  /** Spotted, but only after a transfer. */
  late: number;
}

export interface Counters {
  version: 1;
  /** Wall-clock ms when counting began (the last reset of the counters). */
  since: number;
  plays: number;
  completions: number;
  /** Endings by outcome: scammed, escaped, reported, resolved, missed-out. */
  outcomes: Record<string, number>;
  scenarios: Record<string, { plays: number; completions: number }>;
  flags: Record<string, FlagCount>;
}

/** What one finished play adds: the ending's outcome and each red flag that showed. */
export interface PlaySummary {
  scenarioId: string;
  outcome: string | null;
  flags: { flag: string; status: 'spotted' | 'late' | 'missed' }[];
}

export function emptyCounters(now: number): Counters {
  return { version: 1, since: now, plays: 0, completions: 0, outcomes: {}, scenarios: {}, flags: {} };
}

export function recordPlay(counters: Counters, scenarioId: string): Counters {
  const scenario = counters.scenarios[scenarioId] ?? { plays: 0, completions: 0 };
  return { ...counters, plays: counters.plays + 1, scenarios: { ...counters.scenarios, [scenarioId]: { ...scenario, plays: scenario.plays + 1 } } };
}

export function recordCompletion(counters: Counters, play: PlaySummary): Counters {
  const scenario = counters.scenarios[play.scenarioId] ?? { plays: 0, completions: 0 };
  const outcomes = { ...counters.outcomes };
  if (play.outcome) outcomes[play.outcome] = (outcomes[play.outcome] ?? 0) + 1;
  const flags = { ...counters.flags };
  for (const { flag, status } of play.flags) {
    const before = flags[flag] ?? { shown: 0, spotted: 0, late: 0 };
    flags[flag] = { shown: before.shown + 1, spotted: before.spotted + (status === 'spotted' ? 1 : 0), late: before.late + (status === 'late' ? 1 : 0) };
  }
  return {
    ...counters,
    completions: counters.completions + 1,
    outcomes,
    scenarios: { ...counters.scenarios, [play.scenarioId]: { ...scenario, completions: scenario.completions + 1 } },
    flags,
  };
}

const count = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const record = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads stored counters. Damaged entries are dropped one by one (the rest is kept); a store that is
 * not counters at all starts afresh. `problem` says what was dropped; `dropped` names the entries
 * ("all" for a store that was not readable).
 */
export function parseCounters(raw: string | null, now: number): { counters: Counters; problem: string | null; dropped: string[] | 'all' } {
  if (raw === null) return { counters: emptyCounters(now), problem: null, dropped: [] };
  const unreadable = { counters: emptyCounters(now), problem: 'the stored counters were not readable and start again from zero', dropped: 'all' as const };
  let value: unknown;
  try { value = JSON.parse(raw); } catch { return unreadable; }
  if (!record(value) || value.version !== 1) return unreadable;
  const dropped: string[] = [];
  const counters = emptyCounters(count(value.since) ? value.since : now);
  counters.plays = count(value.plays) ? value.plays : (dropped.push('plays'), 0);
  counters.completions = count(value.completions) ? value.completions : (dropped.push('completions'), 0);
  for (const [key, n] of Object.entries(record(value.outcomes) ? value.outcomes : {})) {
    if (count(n)) counters.outcomes[key] = n; else dropped.push(`outcomes.${key}`);
  }
  for (const [key, s] of Object.entries(record(value.scenarios) ? value.scenarios : {})) {
    if (record(s) && count(s.plays) && count(s.completions)) counters.scenarios[key] = { plays: s.plays, completions: s.completions };
    else dropped.push(`scenarios.${key}`);
  }
  for (const [key, f] of Object.entries(record(value.flags) ? value.flags : {})) {
    if (record(f) && count(f.shown) && count(f.spotted) && count(f.late)) counters.flags[key] = { shown: f.shown, spotted: f.spotted, late: f.late };
    else dropped.push(`flags.${key}`);
  }
  return { counters, problem: dropped.length ? `damaged counters were dropped: ${dropped.join(', ')}` : null, dropped };
}

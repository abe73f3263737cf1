// The CSV tables of a class report (GET /api/rooms/:roomId/report.csv?table=…). Kept free of any
// library so the host page can list them without loading the schemas.
export const CSV_TABLES = ['plays', 'flags', 'decisions', 'outcomes', 'quiz'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

interface Decision {
  reached: number;
  choices: readonly { count: number }[];
}

/** How evenly a class split at a decision: 0 when everyone chose alike, towards 1 when split. */
export function splitOf(decision: Decision): number {
  if (!decision.reached) return 0;
  return 1 - Math.max(0, ...decision.choices.map((c) => c.count)) / decision.reached;
}

/** The decisions worth discussing first: where the class split most, then where most people were. */
export function rankDecisions<D extends Decision>(decisions: readonly D[]): D[] {
  return [...decisions].sort((a, b) => splitOf(b) - splitOf(a) || b.reached - a.reached);
}

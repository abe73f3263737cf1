// The counters as a spreadsheet: one table, one row per figure, UTF-8 with a byte-order mark so
// spreadsheet programs show the Chinese names, CRLF line ends as RFC 4180 asks.
import type { Counters } from './counters.ts';

type Names = { zh: string; en: string };

export interface CsvNames {
  outcome(id: string): Names | undefined;
  scenario(id: string): Names | undefined;
  flag(id: string): Names | undefined;
}

export const CSV_HEADER = ['metric', 'id', 'name_zh', 'name_en', 'count', 'out_of', 'rate'] as const;

export function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const rate = (n: number, of: number) => (of > 0 ? `${((100 * n) / of).toFixed(1)}%` : '');

/** `since` and `exportedAt` are written as ISO dates (UTC). */
export function countersCsv(counters: Counters, names: CsvNames, exportedAt: number): string {
  const rows: (string | number)[][] = [[...CSV_HEADER]];
  const row = (metric: string, id: string, label: Names | undefined, n: number | string, of: number | '' = '', shown = of === '' ? '' : rate(Number(n), of)) =>
    rows.push([metric, id, label?.zh ?? '', label?.en ?? '', n, of, shown]);
  row('counting_since', '', undefined, new Date(counters.since).toISOString());
  row('exported_at', '', undefined, new Date(exportedAt).toISOString());
  row('plays', '', { zh: '开始游玩', en: 'Plays started' }, counters.plays);
  row('completions', '', { zh: '玩到结局', en: 'Plays finished' }, counters.completions, counters.plays);
  row('abandoned', '', { zh: '中途离开', en: 'Left before the end' }, Math.max(0, counters.plays - counters.completions), counters.plays);
  for (const [id, n] of Object.entries(counters.outcomes).sort()) row('outcome', id, names.outcome(id), n, counters.completions);
  for (const [id, s] of Object.entries(counters.scenarios).sort()) {
    row('scenario_plays', id, names.scenario(id), s.plays);
    row('scenario_completions', id, names.scenario(id), s.completions, s.plays);
  }
  for (const [id, f] of Object.entries(counters.flags).sort()) {
    row('flag_spotted', id, names.flag(id), f.spotted, f.shown);
    row('flag_spotted_late', id, names.flag(id), f.late, f.shown);
    row('flag_missed', id, names.flag(id), Math.max(0, f.shown - f.spotted - f.late), f.shown);
  }
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** A file name with the export's date, e.g. red-flag-chat-kiosk-2025-05-01.csv. */
export function csvFileName(exportedAt: number): string {
  return `red-flag-chat-kiosk-${new Date(exportedAt).toISOString().slice(0, 10)}.csv`;
}

// The class report as CSV for spreadsheets: UTF-8 with a BOM (so Excel reads the Chinese right),
// CRLF line ends, quoted where needed, and cells that a spreadsheet would run as a formula defused.
import type { CsvTable, ReportData } from '../../workshop/protocol.ts';

type Cell = string | number | boolean | null | undefined;

function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? String(Math.round(value * 100) / 100) : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

export function reportCsv(report: ReportData, table: CsvTable): string {
  switch (table) {
    case 'plays': {
      const header = ['participant', ...(report.named ? ['nickname'] : []), 'scenario', 'finished', 'ending', 'outcome', 'score',
        'flags_spotted_before_transfer', 'flags_spotted_after_transfer', 'flags_missed', 'sent_to_scammers', 'lost',
        'quiz_before_hits', 'quiz_before_scams', 'quiz_before_false_alarms', 'quiz_before_genuine',
        'quiz_after_hits', 'quiz_after_scams', 'quiz_after_false_alarms', 'quiz_after_genuine'];
      const rows = report.plays.map((p) => [
        p.number, ...(report.named ? [p.nickname] : []), p.scenario, p.finished, p.ending, p.outcome, p.score,
        p.spotted, p.late, p.missed, p.sentToScammers, p.lost,
        p.quizBefore?.hits, p.quizBefore?.scams, p.quizBefore?.falseAlarms, p.quizBefore?.genuine,
        p.quizAfter?.hits, p.quizAfter?.scams, p.quizAfter?.falseAlarms, p.quizAfter?.genuine,
      ]);
      return toCsv(header, rows);
    }
    case 'flags':
      return toCsv(['flag', 'name_zh', 'name_en', 'shown', 'spotted_before_transfer', 'spotted_after_transfer', 'missed'],
        report.flags.map((f) => [f.flag, f.name.zh, f.name.en, f.shown, f.before, f.after, f.missed]));
    case 'decisions':
      return toCsv(['scenario', 'node', 'reached', 'choice', 'text_zh', 'text_en', 'count'],
        report.decisions.flatMap((d) => d.choices.map((c) => [d.scenario, d.node, d.reached, c.choice, c.text.zh, c.text.en, c.count])));
    case 'quiz':
      return toCsv(['participant', ...(report.named ? ['nickname'] : []), 'before_hits', 'before_scams', 'before_false_alarms', 'before_genuine',
        'after_hits', 'after_scams', 'after_false_alarms', 'after_genuine'],
      report.quizzes.map((q) => [q.number, ...(report.named ? [q.nickname] : []), q.before?.hits, q.before?.scams, q.before?.falseAlarms, q.before?.genuine,
        q.after?.hits, q.after?.scams, q.after?.falseAlarms, q.after?.genuine]));
    case 'outcomes':
      return toCsv(['scenario', 'ending', 'outcome', 'title_zh', 'title_en', 'count'],
        report.outcomes.map((o) => [o.scenario, o.ending, o.outcome, o.title.zh, o.title.en, o.count]));
  }
}

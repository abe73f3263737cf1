// The class debrief: red flags spotted before and after a transfer, key decisions, endings, the
// quiz before vs after, and the exports.
import type { ReportData } from '../protocol.ts';
import { CSV_TABLES, rankDecisions } from '../report-tables.ts';
import type { Controller } from './controller.ts';
import { quizTable } from './dashboard-view.ts';
import { h } from './dom.ts';
import { text } from './strings.ts';

const share = (part: number, whole: number) => (whole ? part / whole : 0);
const pct = (part: number, whole: number) => `${Math.round(share(part, whole) * 100)}%`;

function flagsTable(c: Controller, r: ReportData) {
  const { lang } = c.state;
  return h('section', {}, h('h2', {}, text(lang, 'flagTable')),
    h('p', { class: 'legend' }, h('span', { class: 'key before' }), text(lang, 'beforeTransfer'), h('span', { class: 'key after' }), text(lang, 'afterTransfer'), h('span', { class: 'key missed' }), text(lang, 'missed')),
    r.flags.length === 0 ? h('p', { class: 'hint' }, text(lang, 'nothingYet')) : h('ol', { class: 'bars stacked' }, r.flags.map((f) => h('li', {},
      h('span', { class: 'bar-label' }, f.name[lang]),
      h('span', { class: 'bar', role: 'img', 'aria-label': `${pct(f.before, f.shown)} / ${pct(f.after, f.shown)} / ${pct(f.missed, f.shown)}` },
        h('span', { class: 'fill before', style: { width: `${share(f.before, f.shown) * 100}%` } }),
        h('span', { class: 'fill after', style: { width: `${share(f.after, f.shown) * 100}%` } })),
      h('span', { class: 'bar-value' }, `${pct(f.before, f.shown)} · ${pct(f.after, f.shown)} · ${f.shown}`)))));
}

const TOP_DECISIONS = 6;

function decisions(c: Controller, r: ReportData) {
  const { lang, allDecisions } = c.state;
  if (!r.decisions.length) return null;
  const titles = new Map(r.room.scenarios.map((s) => [s.id, s.title[lang]]));
  const ranked = rankDecisions(r.decisions);
  const shown = allDecisions ? ranked : ranked.slice(0, TOP_DECISIONS);
  const more = ranked.length > TOP_DECISIONS && h('button', { onclick: () => { c.state.allDecisions = !allDecisions; c.render(); } },
    text(lang, allDecisions ? 'showFewer' : 'showAll', { n: allDecisions ? TOP_DECISIONS : ranked.length }));
  return h('section', {}, h('h2', {}, text(lang, 'decisions'), ' ', h('small', {}, text(lang, 'decisionsHint'))), more, shown.map((d) => h('div', { class: 'decision' },
    h('h3', {}, titles.get(d.scenario) ?? d.scenario),
    d.prompt && h('p', { class: 'prompt' }, `“${d.prompt[lang]}”`),
    h('ol', { class: 'bars' }, d.choices.map((choice) => h('li', {},
      h('span', { class: 'bar-label' }, choice.text[lang]),
      h('span', { class: 'bar' }, h('span', { class: 'fill choice', style: { width: `${share(choice.count, d.reached) * 100}%` } })),
      h('span', { class: 'bar-value' }, `${choice.count} / ${d.reached}`)))))));
}

function outcomes(c: Controller, r: ReportData) {
  const { lang } = c.state;
  if (!r.outcomes.length) return null;
  const titles = new Map(r.room.scenarios.map((s) => [s.id, s.title[lang]]));
  return h('section', {}, h('h2', {}, text(lang, 'outcomes')), h('table', {}, h('tbody', {}, r.outcomes.map((o) => h('tr', { class: o.outcome ?? 'unfinished' },
    h('td', {}, titles.get(o.scenario) ?? o.scenario), h('td', {}, o.title[lang]), h('td', { class: 'n' }, `${o.count} ${text(lang, 'plays')}`))))));
}

export function debriefView(c: Controller): HTMLElement {
  const { lang, report, named } = c.state;
  return h('section', { class: 'debrief' },
    h('div', { class: 'exports' },
      h('label', { class: 'check' }, h('input', { type: 'checkbox', checked: named, onchange: (e: Event) => c.setNamed((e.target as HTMLInputElement).checked) }), text(lang, 'showNames')),
      h('button', { onclick: () => c.refreshReport() }, text(lang, 'refresh')),
      h('button', { onclick: () => c.openPrintable() }, text(lang, 'printable')),
      h('span', { class: 'csv' }, `${text(lang, 'csv')}:`, CSV_TABLES.map((table) => h('button', { onclick: () => c.downloadCsv(table) }, text(lang, `csv_${table}`))))),
    report ? [flagsTable(c, report), quizTable(c, report.quiz), decisions(c, report), outcomes(c, report)] : h('p', { class: 'hint' }, text(lang, 'connecting')));
}

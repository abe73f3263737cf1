// The live dashboard: counters, red flags spotted, the quiz, and everyone's progress.
import type { DashboardCounters, ParticipantRow, QuizClassScore } from '../protocol.ts';
import type { Controller } from './controller.ts';
import { h } from './dom.ts';
import { text } from './strings.ts';

const yuan = (n: number) => `¥${Math.round(n).toLocaleString('en-US')}`;
const percent = (r: number | null) => (r === null ? '—' : `${Math.round(r * 100)}%`);

function counter(label: string, value: string | number, tone = '') {
  return h('div', { class: `counter ${tone}` }, h('div', { class: 'value' }, String(value)), h('div', { class: 'label' }, label));
}

export function counters(c: Controller, d: DashboardCounters): HTMLElement {
  const { lang } = c.state;
  return h('section', { class: 'counters', 'aria-live': 'polite' },
    counter(text(lang, 'joined'), d.joined), counter(text(lang, 'online'), d.connected),
    counter(text(lang, 'playing'), d.playing), counter(text(lang, 'playsFinished'), `${d.playsFinished} / ${d.playsTotal}`),
    counter(text(lang, 'transferred'), d.transferred, d.transferred ? 'bad' : ''), counter(text(lang, 'totalSent'), yuan(d.totalSent), d.totalSent ? 'bad' : ''));
}

export function flagBars(c: Controller, d: DashboardCounters): HTMLElement {
  const { lang } = c.state;
  const shown = d.flags.filter((f) => f.shown > 0);
  return h('section', { class: 'flags' },
    h('h2', {}, text(lang, 'flagsSpotted'), ' ', h('small', {}, text(lang, 'spottedOf'))),
    shown.length === 0 ? h('p', { class: 'hint' }, text(lang, 'noFlagsYet')) : h('ol', { class: 'bars' }, shown.map((f) => h('li', {},
      h('span', { class: 'bar-label' }, f.name[lang]),
      h('span', { class: 'bar', role: 'img', 'aria-label': `${f.spotted} / ${f.shown}` }, h('span', { class: 'fill', style: { width: `${(f.spotted / f.shown) * 100}%` } })),
      h('span', { class: 'bar-value' }, `${f.spotted} / ${f.shown}`)))));
}

function quizRow(c: Controller, label: string, q: QuizClassScore) {
  const { lang } = c.state;
  return h('tr', {}, h('th', {}, label), h('td', {}, `${q.answered} ${text(lang, 'answered')}`),
    h('td', {}, percent(q.hitRate)), h('td', {}, percent(q.falseAlarmRate)), h('td', {}, q.discernment === null ? '—' : q.discernment.toFixed(2)));
}

export function quizTable(c: Controller, quiz: DashboardCounters['quiz']): HTMLElement | null {
  const { lang } = c.state;
  if (!quiz.before.answered && !quiz.after.answered) return null;
  return h('section', { class: 'quiz' }, h('h2', {}, text(lang, 'quizCompare')),
    h('table', {}, h('thead', {}, h('tr', {}, h('th', {}), h('th', {}), h('th', {}, text(lang, 'caught')), h('th', {}, text(lang, 'falseAlarms')), h('th', {}, text(lang, 'discernment')))),
      h('tbody', {}, quizRow(c, text(lang, 'before'), quiz.before), quizRow(c, text(lang, 'after'), quiz.after))));
}

function tile(c: Controller, p: ParticipantRow) {
  const { lang } = c.state;
  const stage = p.stage ? text(lang, `stage_${p.stage}`) : text(lang, 'stage_none');
  const remove = () => { if (confirm(text(lang, 'confirmRemove', { name: p.nickname }))) c.act({ type: 'host:remove', participantId: p.id }); };
  return h('li', { class: `tile${p.connected ? '' : ' offline'}${p.plays && p.finished === p.plays ? ' done' : ''}` },
    h('span', { class: 'who' }, h('span', { class: 'dot', title: p.connected ? text(lang, 'online') : text(lang, 'offline') }), p.nickname),
    h('span', { class: 'progress' }, p.plays ? `${stage} · ${p.messages} ${text(lang, 'messages')} · ${p.finished}/${p.plays}` : `#${p.number}`,
      p.transferred ? h('span', { class: 'money', title: text(lang, 'transferred') }, ' ¥') : null),
    h('button', { class: 'remove', 'aria-label': `${text(lang, 'remove')} ${p.nickname}`, onclick: remove }, '×'));
}

export function participantList(c: Controller): HTMLElement {
  const { lang } = c.state;
  const people = [...c.state.participants.values()].sort((a, b) => a.number - b.number);
  return h('section', { class: 'people' },
    h('h2', {}, text(lang, 'participants'), ' ', h('small', {}, String(people.length))),
    people.length ? h('ul', { class: 'tiles' }, people.map((p) => tile(c, p))) : h('p', { class: 'hint' }, text(lang, 'nobodyYet')));
}

// The room form: which cases, which mode, whether people may join late. Used to create a room,
// and for the settings of a room that has not started.
import type { LateJoin, Mode, ScenarioInfo } from '../protocol.ts';
import type { Controller } from './controller.ts';
import { h } from './dom.ts';
import { text } from './strings.ts';

function caseOption(c: Controller, scenario: ScenarioInfo) {
  const { state } = c;
  const checked = state.form.scenarios.includes(scenario.id);
  const toggle = (event: Event) => {
    const on = (event.target as HTMLInputElement).checked;
    state.form.scenarios = on ? [...state.form.scenarios, scenario.id] : state.form.scenarios.filter((id) => id !== scenario.id);
    c.render();
  };
  return h('label', { class: `case${checked ? ' chosen' : ''}` },
    h('input', { type: 'checkbox', checked, onchange: toggle }),
    h('span', { class: 'case-title' }, scenario.title[state.lang]),
    h('span', { class: 'case-meta' }, `${text(state.lang, scenario.difficulty as 'easy')} · ${scenario.minutes} ${text(state.lang, 'minutes')}`),
    h('span', { class: 'case-summary' }, scenario.summary[state.lang]));
}

function radios<T extends string>(c: Controller, name: string, current: T, options: [T, string][], set: (value: T) => void) {
  return h('div', { class: 'radios', role: 'radiogroup' }, options.map(([value, label]) => h('label', { class: `radio${current === value ? ' chosen' : ''}` },
    h('input', { type: 'radio', name, checked: current === value, onchange: () => { set(value); c.render(); } }), label)));
}

export function setupView(c: Controller, purpose: 'create' | 'settings'): HTMLElement {
  const { state } = c;
  const { lang, form } = state;
  return h('section', { class: 'setup' },
    h('h2', {}, text(lang, 'chooseCases'), ' ', h('small', {}, text(lang, 'scenarioCount', { n: form.scenarios.length }))),
    h('p', { class: 'hint' }, text(lang, 'chooseHint')),
    state.scenarios.length ? h('div', { class: 'cases' }, state.scenarios.map((s) => caseOption(c, s))) : h('p', { class: 'error' }, text(lang, 'failedLoad')),
    h('h2', {}, text(lang, 'mode')),
    radios<Mode>(c, 'mode', form.mode, [['challenge', text(lang, 'challenge')], ['practice', text(lang, 'practice')]], (m) => { form.mode = m; }),
    h('h2', {}, text(lang, 'lateJoin')),
    radios<LateJoin>(c, 'late', form.lateJoin, [['allow', text(lang, 'lateAllow')], ['refuse', text(lang, 'lateRefuse')]], (l) => { form.lateJoin = l; }),
    h('div', { class: 'actions' },
      purpose === 'create'
        ? h('button', { class: 'primary big', disabled: form.scenarios.length === 0, onclick: () => c.createRoom() }, text(lang, 'create'))
        : [
          h('button', { class: 'primary big', disabled: form.scenarios.length === 0, onclick: () => { c.act({ type: 'host:settings', ...form }); state.editing = false; c.render(); } }, text(lang, 'save')),
          h('button', { class: 'big', onclick: () => { state.editing = false; c.render(); } }, text(lang, 'cancel')),
        ]));
}

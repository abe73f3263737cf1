// The admin panel, reached through the hidden corner and the PIN: scenarios on rotation, default
// language and mode, volume, idle / countdown / debrief times, the anonymous counters (with CSV
// export and reset), back to the config file's settings, and leaving kiosk mode. Touch only: every
// value is a button or a − / + stepper.
import type { Lang } from '../../engine/index.ts';
import type { ScenarioInfo } from '../../content/scenario-info.ts';
import type { AdminSettings, ConfigProblem, KioskConfig } from '../config.ts';
import type { Counters } from '../counters.ts';
import type { CsvNames } from '../csv.ts';
import { kt } from '../strings.ts';
import { t } from '../../game/i18n.ts';
import { button, el } from './dom.ts';

export interface AdminPanelOptions {
  lang: Lang;
  config(): KioskConfig;
  /** Scenarios that may go on rotation (the short ones). */
  scenarios: readonly ScenarioInfo[];
  problems: readonly ConfigProblem[];
  defaultPin: boolean;
  counters(): Counters;
  names(): CsvNames;
  save(change: AdminSettings): void;
  restoreConfig(): void;
  resetCounters(): void;
  exportCsv(): void;
  exit(): void;
  close(): void;
  switchLanguage(lang: Lang): void;
}

const OUTCOME_ORDER = ['scammed', 'escaped', 'reported', 'resolved', 'missed-out'];

export function mountAdminPanel(parent: HTMLElement, options: AdminPanelOptions): () => void {
  const { lang } = options;
  const root = el('section', { class: 'ka', 'aria-label': kt('adminTitle', lang) });
  parent.append(root);
  const confirming = new Set<string>();

  const section = (title: string, ...children: (Node | string | null | false)[]) => el('section', { class: 'ka-section' }, el('h3', {}, title), ...children);
  const choice = <T>(label: string, value: T, current: T, onPick: (v: T) => void) =>
    button(`${current === value ? '✓ ' : ''}${label}`, () => onPick(value), { class: `ka-choice${current === value ? ' on' : ''}`, 'aria-pressed': String(current === value) });
  const stepper = (key: 'idleSeconds' | 'countdownSeconds' | 'debriefSeconds', title: string, step: number, min: number, max: number) => {
    const value = options.config()[key];
    const set = (v: number) => { options.save({ [key]: Math.min(max, Math.max(min, v)) }); render(); };
    return section(title, el('div', { class: 'ka-stepper' },
      button('−', () => set(value - step), { class: 'ka-step', 'aria-label': `${title} −${step}`, disabled: value <= min }),
      el('output', { class: 'ka-value', 'data-key': key }, kt('adminSeconds', lang, { n: value })),
      button('+', () => set(value + step), { class: 'ka-step', 'aria-label': `${title} +${step}`, disabled: value >= max })));
  };
  const confirmButton = (key: string, label: string, again: string, onConfirm: () => void, className: string) =>
    button(confirming.has(key) ? again : label, () => {
      if (confirming.has(key)) { confirming.delete(key); onConfirm(); } else { confirming.add(key); render(); }
    }, { class: `${className}${confirming.has(key) ? ' confirm' : ''}` });

  const render = () => {
    const config = options.config();
    const counters = options.counters();
    const names = options.names();
    const onRotation = config.scenarios === 'all' ? options.scenarios.map((s) => s.id) : config.scenarios;
    const toggleScenario = (id: string) => {
      const next = onRotation.includes(id) ? onRotation.filter((x) => x !== id) : [...onRotation, id];
      if (next.length === 0) return; // at least one stays on rotation
      options.save({ scenarios: next.length === options.scenarios.length ? 'all' : options.scenarios.filter((s) => next.includes(s.id)).map((s) => s.id) });
      render();
    };
    const pct = (n: number, of: number) => (of > 0 ? `${Math.round((100 * n) / of)}%` : '—');
    const flags = Object.entries(counters.flags).sort((a, b) => b[1].shown - a[1].shown || a[0].localeCompare(b[0]));
    const outcomes = Object.entries(counters.outcomes).sort((a, b) => OUTCOME_ORDER.indexOf(a[0]) - OUTCOME_ORDER.indexOf(b[0]));
    const since = new Date(counters.since).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });

    root.replaceChildren(
      el('header', { class: 'ka-header' },
        el('h2', {}, kt('adminTitle', lang)),
        button(kt('otherLanguage', lang), () => options.switchLanguage(lang === 'zh' ? 'en' : 'zh'), { class: 'ka-lang' }),
        button(kt('adminClose', lang), () => options.close(), { class: 'ka-close' })),
      el('div', { class: 'ka-body' },
        options.defaultPin ? el('p', { class: 'ka-warning' }, `⚠ ${kt('adminDefaultPin', lang)}`) : null,
        options.problems.length ? el('div', { class: 'ka-warning' }, el('strong', {}, kt('adminConfigProblems', lang)), el('ul', {}, ...options.problems.map((p) => el('li', {}, lang === 'zh' ? p.zh : p.message)))) : null,
        section(kt('adminCounters', lang),
          el('p', { class: 'ka-muted' }, kt('adminSince', lang, { date: since })),
          el('p', { class: 'ka-big', 'data-counter': 'plays' }, kt('adminPlays', lang, { n: counters.plays, m: counters.completions })),
          outcomes.length ? el('table', { class: 'ka-table' }, el('caption', {}, kt('adminOutcomes', lang)),
            ...outcomes.map(([id, n]) => el('tr', {}, el('th', {}, names.outcome(id)?.[lang] ?? id), el('td', {}, String(n)), el('td', {}, pct(n, counters.completions))))) : el('p', { class: 'ka-muted' }, kt('adminNoData', lang)),
          flags.length ? el('table', { class: 'ka-table' }, el('caption', {}, kt('adminFlags', lang)),
            ...flags.map(([id, f]) => el('tr', {}, el('th', {}, names.flag(id)?.[lang] ?? id), el('td', {}, pct(f.spotted, f.shown)), el('td', { class: 'ka-muted' }, `${f.spotted}/${f.shown}`)))) : null,
          el('div', { class: 'ka-row' },
            button(kt('adminExport', lang), () => options.exportCsv(), { class: 'ka-action' }),
            confirmButton('reset', kt('adminResetCounters', lang), kt('adminResetCountersConfirm', lang), () => { options.resetCounters(); render(); }, 'ka-action ka-danger'))),
        section(kt('adminRotation', lang),
          el('div', { class: 'ka-grid' }, ...options.scenarios.map((s) => choice(s.title[lang], true, onRotation.includes(s.id), () => toggleScenario(s.id))))),
        section(kt('adminLanguage', lang), el('div', { class: 'ka-row' },
          choice('中文', 'zh', config.language, (v) => { options.save({ language: v as Lang }); render(); }),
          choice('English', 'en', config.language, (v) => { options.save({ language: v as Lang }); render(); }))),
        section(kt('adminMode', lang), el('div', { class: 'ka-row' },
          ...(['practice', 'challenge'] as const).map((mode) => choice(t(mode, lang), mode, config.mode, () => { options.save({ mode }); render(); })))),
        section(kt('adminVolume', lang), el('div', { class: 'ka-row' },
          ...[0, 0.3, 0.6, 1].map((v) => choice(`${Math.round(v * 100)}%`, v, config.volume, () => { options.save({ volume: v }); render(); })))),
        stepper('idleSeconds', kt('adminIdle', lang), 5, 10, 600),
        stepper('countdownSeconds', kt('adminCountdown', lang), 5, 5, 60),
        stepper('debriefSeconds', kt('adminDebrief', lang), 10, 10, 900),
        el('div', { class: 'ka-row ka-end' },
          button(kt('adminRestoreConfig', lang), () => { options.restoreConfig(); render(); }, { class: 'ka-action' }),
          confirmButton('exit', kt('adminExit', lang), kt('adminExitConfirm', lang), () => options.exit(), 'ka-action ka-danger'))),
    );
  };
  render();
  return () => root.remove();
}

// The host dashboard (host.html, served at /host): create a room, show how to join, run the
// session, watch the class live, and read the class debrief. Plain DOM, large type for a projector.
import '../../fonts.css';
import './host.css';
import { createRoom, WorkshopClient, WorkshopClientError, wsUrlOf } from '../client.ts';
import { ERROR_TEXT } from '../error-text.ts';
import type { Lang } from '../protocol.ts';
import { downloadCsv, loadReport, loadScenarios, openPrintable } from './api.ts';
import type { Controller } from './controller.ts';
import { counters, flagBars, participantList, quizTable } from './dashboard-view.ts';
import { debriefView } from './debrief-view.ts';
import { h } from './dom.ts';
import { controls, joinPanel } from './room-view.ts';
import { setupView } from './setup-view.ts';
import { applyMessage, initialState, savedSession, saveSession, type HostSession } from './state.ts';
import { text } from './strings.ts';

const root = document.getElementById('host')!;
const storedLang = localStorage.getItem('rfc-host-lang');
const lang: Lang = storedLang === 'en' || storedLang === 'zh' ? storedLang : navigator.language.startsWith('zh') ? 'zh' : 'en';
const state = initialState(lang, savedSession(localStorage));
let client: WorkshopClient | null = null;
let frame = 0;

const showError = (error: unknown) => {
  const code = error instanceof WorkshopClientError ? error.code : 'http';
  state.error = ERROR_TEXT[code][state.lang];
  render();
};

function connect(session: HostSession) {
  client?.close();
  state.session = session;
  state.connection = 'connecting';
  client = new WorkshopClient({
    url: wsUrlOf(location.origin),
    hello: { type: 'hello', role: 'host', roomId: session.roomId, hostToken: session.hostToken },
    onMessage: (message) => {
      if (message.type === 'error' && !message.replyTo) showError(new WorkshopClientError(message.code, message.message));
      if (applyMessage(state, message)) {
        if (state.view === 'debrief' && message.type !== 'participant') c.refreshReport();
        render();
      }
    },
    onStatus: (status, error) => {
      state.connection = status;
      if (status === 'refused' && error) {
        // The room is gone or the key is wrong: start over.
        saveSession(localStorage, null);
        Object.assign(state, { session: null, room: null, participants: new Map(), dashboard: null, report: null });
        showError(error);
      }
      render();
    },
  });
}

const c: Controller = {
  state,
  render: () => render(),
  toggleLanguage() {
    state.lang = state.lang === 'zh' ? 'en' : 'zh';
    localStorage.setItem('rfc-host-lang', state.lang);
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    render();
  },
  createRoom() {
    state.error = null;
    createRoom('', { ...state.form }).then((room) => {
      const session = { roomId: room.roomId, hostToken: room.hostToken };
      saveSession(localStorage, session);
      state.view = 'live';
      state.report = null;
      connect(session);
    }, showError);
  },
  resumeRoom() {
    const previous = savedSession(localStorage, 'previous');
    if (!previous) return;
    saveSession(localStorage, previous);
    saveSession(localStorage, null, 'previous');
    connect(previous);
  },
  newRoom() {
    client?.close();
    client = null;
    if (state.session) saveSession(localStorage, state.session, 'previous');
    saveSession(localStorage, null);
    Object.assign(state, { session: null, room: null, participants: new Map(), dashboard: null, report: null, view: 'live', connection: 'none' });
    render();
  },
  act(action) {
    if (!client || !state.session) return;
    state.error = null;
    client.request({ ...action, hostToken: state.session.hostToken } as never).catch(showError);
  },
  showView(view) {
    state.view = view;
    if (view === 'debrief') c.refreshReport();
    render();
  },
  setNamed(named) {
    state.named = named;
    c.refreshReport();
  },
  refreshReport() {
    if (!state.session) return;
    loadReport(state.session, state.named).then((report) => { state.report = report; render(); }, showError);
  },
  downloadCsv(table) {
    if (state.session) downloadCsv(state.session, table, state.named).catch(showError);
  },
  openPrintable() {
    if (state.session) openPrintable(state.session, state.named).catch(showError);
  },
};

function header() {
  const { room } = state;
  const status = room ? `${text(state.lang, `status_${room.status}`)}${room.paused ? ` · ${text(state.lang, 'paused')}` : ''}` : '';
  return h('header', {},
    h('h1', {}, text(state.lang, 'title')),
    room && h('span', { class: `status ${room.status}${room.paused ? ' paused' : ''}` }, status),
    room && h('div', { class: 'tabs', role: 'tablist' }, (['live', 'debrief'] as const).map((view) =>
      h('button', { role: 'tab', 'aria-selected': String(state.view === view), class: state.view === view ? 'on' : '', onclick: () => c.showView(view) }, text(state.lang, view)))),
    room && h('button', { class: 'new', onclick: () => c.newRoom() }, text(state.lang, 'newRoom')),
    h('button', { class: 'lang', onclick: () => c.toggleLanguage() }, text(state.lang, 'langToggle')));
}

function connectionBanner() {
  if (state.connection === 'connecting' || state.connection === 'reconnecting') {
    return h('div', { class: 'banner', role: 'status' }, text(state.lang, state.connection));
  }
  return null;
}

function body(): HTMLElement | HTMLElement[] {
  const { room, dashboard, lang } = state;
  if (!state.session) {
    const previous = savedSession(localStorage, 'previous');
    return h('main', { class: 'start' },
      previous && h('div', { class: 'resume' }, h('button', { class: 'big', onclick: () => c.resumeRoom() }, text(lang, 'continueRoom'))),
      setupView(c, 'create'));
  }
  if (!room || !dashboard) {
    return h('main', { class: 'start' }, h('p', { class: 'hint' }, text(lang, 'connecting')),
      h('button', { onclick: () => c.newRoom() }, text(lang, 'newRoom')));
  }
  if (state.view === 'debrief') return h('main', { class: 'debrief-page' }, controls(c, room), debriefView(c));
  if (room.status === 'lobby') {
    return h('main', { class: 'lobby' }, joinPanel(c, room, 'large'),
      h('div', { class: 'side' }, controls(c, room), state.editing ? setupView(c, 'settings') : null, quizTable(c, dashboard.quiz), participantList(c)));
  }
  return h('main', { class: 'live' },
    room.paused && h('div', { class: 'discuss', role: 'status' }, h('strong', {}, text(lang, 'discussTitle')), ' ', text(lang, 'discussText')),
    h('div', { class: 'wide' }, controls(c, room)),
    h('div', { class: 'left' }, room.status === 'playing' && room.lateJoin === 'allow' ? joinPanel(c, room, 'small') : null, counters(c, dashboard), quizTable(c, dashboard.quiz)),
    h('div', { class: 'middle' }, flagBars(c, dashboard)),
    h('div', { class: 'right' }, participantList(c)));
}

function draw() {
  frame = 0;
  const focused = document.activeElement?.getAttribute('aria-label') ?? null;
  root.replaceChildren(header(), ...[connectionBanner(), state.error ? h('div', { class: 'banner error', role: 'alert' }, state.error) : null].filter((n): n is HTMLDivElement => n !== null),
    ...[body()].flat());
  if (focused) (root.querySelector(`[aria-label="${CSS.escape(focused)}"]`) as HTMLElement | null)?.focus();
}

/** Draws at most once a frame, however many updates arrive. */
function render() {
  if (!frame) frame = requestAnimationFrame(draw);
}

document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
loadScenarios().then((list) => {
  state.scenarios = list;
  if (!state.form.scenarios.length && list[0]) state.form.scenarios = [list[0].id];
  render();
}, showError);
if (state.session) connect(state.session);
render();

// The room's join details (QR code, PIN, link) and the host's controls.
import type { HostRoomView, QuizPhase } from '../protocol.ts';
import type { Controller } from './controller.ts';
import { fromMarkup, h } from './dom.ts';
import { text } from './strings.ts';

const spacedPin = (pin: string) => `${pin.slice(0, 3)} ${pin.slice(3)}`;

export function joinPanel(c: Controller, room: HostRoomView, size: 'large' | 'small'): HTMLElement | null {
  const { lang } = c.state;
  if (!room.pin || !room.joinUrl) return null;
  const qr = room.qrSvg ? fromMarkup(room.qrSvg) : null;
  qr?.setAttribute('role', 'img');
  qr?.setAttribute('aria-label', text(lang, 'scanToJoin'));
  return h('section', { class: `join ${size}` },
    h('div', { class: 'join-label' }, text(lang, 'scanToJoin')),
    qr && h('div', { class: 'qr' }, qr),
    h('div', { class: 'join-label' }, text(lang, 'pin')),
    h('div', { class: 'pin', 'aria-label': `${text(lang, 'pin')} ${room.pin.split('').join(' ')}` }, spacedPin(room.pin)),
    h('div', { class: 'join-url' }, text(lang, 'orOpen'), ' ', h('strong', {}, room.joinUrl)),
    room.locked && h('div', { class: 'badge warn' }, text(lang, 'locked')),
    room.localOnly && h('p', { class: 'error' }, text(lang, 'localOnly')));
}

function quizButtons(c: Controller, room: HostRoomView, phase: QuizPhase) {
  const { lang } = c.state;
  const state = room.quiz[phase];
  if (state === 'open') return h('button', { class: 'on', onclick: () => c.act({ type: 'host:quiz', phase, state: 'done' }) }, text(lang, `quizClose_${phase}`));
  return h('button', { onclick: () => c.act({ type: 'host:quiz', phase, state: 'open' }) },
    `${text(lang, `quizOpen_${phase}`)}${state === 'done' ? ` (${text(lang, 'quizDone')})` : ''}`);
}

export function controls(c: Controller, room: HostRoomView): HTMLElement {
  const { lang } = c.state;
  const live = room.status !== 'ended';
  return h('nav', { class: 'controls', 'aria-label': 'controls' },
    room.status === 'lobby' && h('button', { class: 'primary big', disabled: c.state.participants.size === 0, onclick: () => c.act({ type: 'host:start' }) }, text(lang, 'start')),
    room.status === 'playing' && (room.paused
      ? h('button', { class: 'primary big', onclick: () => c.act({ type: 'host:resume' }) }, text(lang, 'resume'))
      : h('button', { class: 'big', onclick: () => c.act({ type: 'host:pause' }) }, text(lang, 'pause'))),
    live && h('button', { class: room.locked ? 'on' : '', onclick: () => c.act({ type: 'host:lock', locked: !room.locked }) }, text(lang, room.locked ? 'unlock' : 'lock')),
    live && room.quizAvailable && quizButtons(c, room, 'before'),
    live && room.quizAvailable && quizButtons(c, room, 'after'),
    room.status === 'lobby' && h('button', { onclick: () => { c.state.editing = true; c.state.form = { scenarios: [...room.scenarios], mode: room.mode, lateJoin: room.lateJoin }; c.render(); } }, text(lang, 'settings')),
    live && h('button', { class: 'danger', onclick: () => { if (confirm(text(lang, 'confirmEnd'))) c.act({ type: 'host:end' }); } }, text(lang, 'end')));
}

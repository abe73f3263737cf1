// The admin PIN keypad: big digits on screen (no keyboard), dots for what was typed, the number
// of tries left after a wrong PIN, and a locked keypad while the lockout lasts.
import type { Lang } from '../../engine/index.ts';
import type { PinResult } from '../pin.ts';
import { kt } from '../strings.ts';
import { button, el } from './dom.ts';

export interface PinPadOptions {
  lang: Lang;
  /** Checks a PIN (and records a failure). */
  submit(pin: string): PinResult;
  /** Ms the keypad is still locked for. */
  lockedFor(): number;
  onOpen(): void;
  onClose(): void;
}

const MAX_DIGITS = 8;

export function mountPinPad(parent: HTMLElement, options: PinPadOptions): () => void {
  const { lang } = options;
  let entered = '';
  let wrong = '';
  const dots = el('div', { class: 'kp-dots', 'aria-live': 'polite' });
  const message = el('p', { class: 'kp-message', role: 'status' });
  const digits = [...'123456789'].map((d) => button(d, () => type(d), { class: 'kp-key', 'data-digit': d }));
  const clear = button(kt('adminClear', lang), () => { entered = ''; render(); }, { class: 'kp-key kp-small' });
  const zero = button('0', () => type('0'), { class: 'kp-key', 'data-digit': '0' });
  const back = button('⌫', () => { entered = entered.slice(0, -1); render(); }, { class: 'kp-key kp-small', 'aria-label': kt('adminDelete', lang) });
  const ok = button(kt('adminOk', lang), () => check(), { class: 'kp-ok' });
  const close = button(kt('adminClose', lang), () => options.onClose(), { class: 'ka-close' });
  const root = el('section', { class: 'kp', 'aria-label': kt('adminEnterPin', lang) },
    el('header', { class: 'ka-header' }, el('h2', {}, kt('adminTitle', lang)), close),
    el('div', { class: 'kp-top' }, el('p', { class: 'kp-prompt' }, kt('adminEnterPin', lang)), dots, message),
    el('div', { class: 'kp-grid' }, ...digits, clear, zero, back, ok));
  parent.append(root);

  const type = (digit: string) => {
    if (entered.length < MAX_DIGITS) entered += digit;
    render();
  };
  const check = () => {
    if (!entered) return;
    const result = options.submit(entered);
    entered = '';
    if (result.ok) { options.onOpen(); return; }
    wrong = result.reason === 'wrong' ? kt('adminWrongPin', lang, { n: result.attemptsLeft }) : '';
    render();
  };
  const render = () => {
    const locked = options.lockedFor();
    dots.textContent = entered ? '●'.repeat(entered.length) : '—';
    message.textContent = locked > 0 ? kt('adminLocked', lang, { n: Math.ceil(locked / 60_000) }) : wrong;
    if (locked > 0) wrong = '';
    for (const key of [...digits, zero, back, clear, ok]) key.disabled = locked > 0;
    root.classList.toggle('locked', locked > 0);
  };
  render();
  // The lockout ends on its own: keep the message current.
  const timer = setInterval(render, 1000);
  return () => { clearInterval(timer); root.remove(); };
}

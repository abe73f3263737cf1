// The workshop's screens for a participant, as DOM over the canvas: the join form, notices
// (connecting, lobby, discussion pause, done, ended, removed), the quick check, and a small
// "offline" pill. While a screen shows, the canvas and the accessible chat layer are inert, so
// nothing in the chat can be tapped or reached with the keyboard; each screen's words also go to a
// live region for screen readers.
import './workshop.css';
import type { QuizAnswer } from '../../workshop/protocol.ts';

export interface OverlayButton {
  label: string;
  onPress: () => void;
  primary?: boolean;
  /** A small text-style button (language switch). */
  link?: boolean;
  key?: string;
}

export interface NoticeView {
  kind: 'notice';
  /** Which notice (tests and styling): connecting, lobby, pause, done, ended, removed, replaced. */
  id: string;
  title: string;
  body: string;
  sub?: string;
  badge?: string;
  waiting?: boolean;
  dark?: boolean;
  /** Said at once by screen readers (the discussion pause), instead of politely. */
  urgent?: boolean;
  buttons: OverlayButton[];
}

export interface FormView {
  kind: 'form';
  title: string;
  intro: string;
  pinLabel: string;
  pinHint: string;
  nicknameLabel: string;
  nicknameHint: string;
  suggestLabel: string;
  submitLabel: string;
  cancelLabel: string;
  languageLabel: string;
  error: string | null;
  /** The field the error is about, which gets the focus. */
  errorField: 'pin' | 'nickname' | null;
  busy: boolean;
  onSubmit(pin: string, nickname: string): void;
  onSuggest(): void;
  onCancel(): void;
  onLanguage(): void;
}

export interface QuizView {
  kind: 'quiz';
  /** A new id starts with no answers. */
  id: string;
  title: string;
  intro: string;
  items: { id: string; from: string; text: string; count: string }[];
  scamLabel: string;
  genuineLabel: string;
  submitLabel: string;
  missing: (n: number) => string;
  busy: boolean;
  error: string | null;
  onSubmit(answers: { item: string; answer: QuizAnswer }[]): void;
}

export type OverlayView = NoticeView | FormView | QuizView;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<Record<string, string>> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) if (value !== undefined) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function button(spec: OverlayButton): HTMLButtonElement {
  const b = el('button', { type: 'button', class: spec.primary ? 'rfc-ws-primary' : spec.link ? 'rfc-ws-link' : 'rfc-ws-secondary', 'data-key': spec.key });
  b.textContent = spec.label;
  b.addEventListener('click', spec.onPress);
  return b;
}

export class WorkshopOverlay {
  readonly root: HTMLElement;
  private readonly live: HTMLElement;
  private readonly liveUrgent: HTMLElement;
  private readonly pill: HTMLElement;
  private shown: OverlayView | null = null;
  private said = '';
  private form: { pin: HTMLInputElement; nickname: HTMLInputElement; error: HTMLElement; submit: HTMLButtonElement } | null = null;
  private quizAnswers = new Map<string, QuizAnswer>();
  private quizId = '';

  /**
   * `blocked`: the page parts made inert while a screen shows. `onBlock`: told when that starts and
   * ends (the game stops listening too: Phaser takes pointer and key events from the whole window).
   */
  constructor(private readonly host: HTMLElement, private readonly blocked: () => HTMLElement[], private readonly onBlock: (blocked: boolean) => void = () => undefined) {
    this.root = el('div', { id: 'rfc-workshop', class: 'rfc-ws', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'rfc-ws-title' });
    this.root.hidden = true;
    this.live = el('div', { class: 'rfc-ws-live', role: 'status', 'aria-live': 'polite' });
    this.liveUrgent = el('div', { class: 'rfc-ws-live', role: 'alert', 'aria-live': 'assertive' });
    this.pill = el('div', { id: 'rfc-ws-offline', class: 'rfc-ws-pill', role: 'status' });
    this.pill.hidden = true;
    host.append(this.root, this.live, this.liveUrgent, this.pill);
  }

  /** Which screen shows ('form', 'quiz', a notice's id) or null. */
  get current(): string | null {
    return this.shown ? (this.shown.kind === 'notice' ? this.shown.id : this.shown.kind) : null;
  }

  show(view: OverlayView) {
    const same = this.shown?.kind === view.kind && (view.kind !== 'notice' || (this.shown as NoticeView).id === view.id);
    this.shown = view;
    this.root.hidden = false;
    this.root.classList.toggle('rfc-ws-pause', view.kind === 'notice' && Boolean(view.dark));
    for (const node of this.blocked()) node.inert = true;
    this.onBlock(true);
    const scrolled = this.root.scrollTop;
    if (view.kind === 'form') this.renderForm(view, same);
    else if (view.kind === 'quiz') this.renderQuiz(view, same);
    else this.renderNotice(view, same);
    if (same) this.root.scrollTop = scrolled;
  }

  hide() {
    if (!this.shown) return;
    this.shown = null;
    this.form = null;
    this.said = '';
    this.root.hidden = true;
    this.root.replaceChildren();
    for (const node of this.blocked()) node.inert = false;
    this.onBlock(false);
  }

  setOffline(text: string | null) {
    this.pill.hidden = text === null;
    this.pill.textContent = text ?? '';
  }

  setNickname(value: string) {
    if (this.form) this.form.nickname.value = value;
  }

  private say(text: string, urgent = false) {
    if (text === this.said) return;
    this.said = text;
    const region = urgent ? this.liveUrgent : this.live;
    region.textContent = '';
    // A fresh text node after a tick, so screen readers notice the change.
    setTimeout(() => { region.textContent = text; }, 50);
  }

  private heading(text: string): HTMLHeadingElement {
    const h = el('h1', { id: 'rfc-ws-title', tabindex: '-1' });
    h.textContent = text;
    return h;
  }

  private renderNotice(view: NoticeView, same: boolean) {
    const card = el('div', { class: 'rfc-ws-card', 'data-view': view.id });
    if (view.badge) card.append(el('div', { class: 'rfc-ws-badge', 'aria-hidden': 'true' }, view.badge));
    card.append(this.heading(view.title));
    if (view.sub) card.append(el('p', { class: 'rfc-ws-sub' }, view.sub));
    card.append(el('p', { id: 'rfc-ws-body' }, view.body));
    if (view.waiting) card.append(el('div', { class: 'rfc-ws-wait', 'aria-hidden': 'true' }, el('span'), el('span'), el('span')));
    for (const spec of view.buttons) card.append(button(spec));
    this.root.setAttribute('aria-describedby', 'rfc-ws-body');
    const focused = (document.activeElement as HTMLElement | null)?.dataset?.key;
    this.root.replaceChildren(card);
    this.say([view.title, view.sub, view.body].filter(Boolean).join(' '), view.urgent);
    const again = focused ? card.querySelector<HTMLElement>(`[data-key="${CSS.escape(focused)}"]`) : null;
    if (again) again.focus();
    else if (!same) (card.querySelector<HTMLElement>('.rfc-ws-primary') ?? card.querySelector<HTMLElement>('h1'))?.focus();
  }

  private renderForm(view: FormView, same: boolean) {
    const pinValue = this.form?.pin.value;
    const nicknameValue = this.form?.nickname.value;
    const pin = el('input', {
      id: 'rfc-ws-pin', name: 'pin', inputmode: 'numeric', autocomplete: 'off', maxlength: '7', enterkeyhint: 'next',
      'aria-describedby': 'rfc-ws-pin-hint rfc-ws-error', required: '',
    });
    const nickname = el('input', {
      id: 'rfc-ws-nickname', name: 'nickname', autocomplete: 'nickname', maxlength: '16', enterkeyhint: 'go',
      'aria-describedby': 'rfc-ws-nickname-hint rfc-ws-error',
    });
    pin.value = pinValue ?? '';
    nickname.value = nicknameValue ?? '';
    const error = el('p', { id: 'rfc-ws-error', class: 'rfc-ws-error', role: 'alert' });
    error.textContent = view.error ?? '';
    pin.setAttribute('aria-invalid', String(view.errorField === 'pin'));
    nickname.setAttribute('aria-invalid', String(view.errorField === 'nickname'));
    const suggest = el('button', { type: 'button', 'data-key': 'suggest' }, view.suggestLabel);
    suggest.addEventListener('click', () => view.onSuggest());
    const submit = el('button', { type: 'submit', class: 'rfc-ws-primary', 'data-key': 'join' }, view.submitLabel);
    submit.disabled = view.busy;
    const cancel = button({ label: view.cancelLabel, onPress: () => view.onCancel(), key: 'cancel' });
    const form = el('form', { novalidate: '', 'aria-labelledby': 'rfc-ws-title' },
      el('label', { for: 'rfc-ws-pin' }, view.pinLabel, el('span', { id: 'rfc-ws-pin-hint', class: 'rfc-ws-hint' }, view.pinHint)), pin,
      el('label', { for: 'rfc-ws-nickname' }, view.nicknameLabel, el('span', { id: 'rfc-ws-nickname-hint', class: 'rfc-ws-hint' }, view.nicknameHint)),
      el('div', { class: 'rfc-ws-row' }, nickname, suggest),
      error, submit, cancel);
    form.addEventListener('submit', (event) => { event.preventDefault(); if (!submit.disabled) view.onSubmit(pin.value, nickname.value); });
    const top = el('div', { class: 'rfc-ws-top' }, button({ label: view.languageLabel, onPress: () => view.onLanguage(), link: true, key: 'language' }));
    const card = el('div', { class: 'rfc-ws-card', 'data-view': 'form' }, top, this.heading(view.title), el('p', { id: 'rfc-ws-body', class: 'rfc-ws-sub' }, view.intro), form);
    const focusedKey = (document.activeElement as HTMLElement | null)?.id || (document.activeElement as HTMLElement | null)?.dataset?.key;
    this.root.setAttribute('aria-describedby', 'rfc-ws-body');
    this.root.replaceChildren(card);
    this.form = { pin, nickname, error, submit };
    if (view.error) this.say(view.error, true);
    if (view.errorField) (view.errorField === 'pin' ? pin : nickname).focus();
    else if (same && focusedKey) card.querySelector<HTMLElement>(`#${CSS.escape(focusedKey)}, [data-key="${CSS.escape(focusedKey)}"]`)?.focus();
    else if (!same) (pin.value ? nickname : pin).focus();
  }

  /** The form's fields as typed (tests and the controller's first fill). */
  setPin(value: string) {
    if (this.form) this.form.pin.value = value;
  }

  private renderQuiz(view: QuizView, same: boolean) {
    if (view.id !== this.quizId) { this.quizAnswers = new Map(); this.quizId = view.id; }
    const list = el('ol');
    const status = el('p', { id: 'rfc-ws-error', class: 'rfc-ws-error', role: 'alert' });
    status.textContent = view.error ?? '';
    for (const item of view.items) {
      const group = el('div', { class: 'rfc-ws-row', role: 'group', 'aria-labelledby': `rfc-ws-q-${item.id}` });
      const choices = (['scam', 'genuine'] as const).map((answer) => {
        const b = el('button', { type: 'button', class: `rfc-ws-choice${answer === 'scam' ? ' rfc-ws-scam' : ''}`, 'data-key': `${item.id}-${answer}` }, answer === 'scam' ? view.scamLabel : view.genuineLabel);
        b.setAttribute('aria-pressed', String(this.quizAnswers.get(item.id) === answer));
        b.addEventListener('click', () => {
          this.quizAnswers.set(item.id, answer);
          for (const other of choices) other.setAttribute('aria-pressed', String(other === b));
        });
        return b;
      });
      group.append(...choices);
      list.append(el('li', {},
        el('span', { class: 'rfc-ws-count', id: `rfc-ws-q-${item.id}` }, item.count),
        el('div', { class: 'rfc-ws-msg' }, ...(item.from ? [el('strong', { class: 'rfc-ws-from' }, item.from)] : []), item.text), group));
    }
    const submit = el('button', { type: 'button', class: 'rfc-ws-primary', 'data-key': 'quiz-submit' }, view.submitLabel);
    submit.disabled = view.busy;
    submit.addEventListener('click', () => {
      const missing = view.items.filter((item) => !this.quizAnswers.has(item.id)).length;
      if (missing > 0) { status.textContent = view.missing(missing); return; }
      view.onSubmit(view.items.map((item) => ({ item: item.id, answer: this.quizAnswers.get(item.id)! })));
    });
    const card = el('div', { class: 'rfc-ws-card rfc-ws-quiz', 'data-view': 'quiz' }, this.heading(view.title), el('p', { id: 'rfc-ws-body', class: 'rfc-ws-sub' }, view.intro), list, status, submit);
    this.root.setAttribute('aria-describedby', 'rfc-ws-body');
    this.root.replaceChildren(card);
    this.say(`${view.title} ${view.intro}`);
    if (!same) card.querySelector<HTMLElement>('h1')?.focus();
  }
}

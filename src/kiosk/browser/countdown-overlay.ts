// "还在吗？ / Still there?": a full-screen layer over the game with a big countdown and a big
// button in the lower half. Any touch on it cancels the reset; the layer stays until the finger
// lifts, so that touch never lands on the game underneath.
import type { Lang } from '../../engine/index.ts';
import { kt } from '../strings.ts';
import { el, shieldFromGame } from './dom.ts';

const RADIUS = 54;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

export class CountdownOverlay {
  private readonly root: HTMLElement;
  private readonly number: HTMLElement;
  private readonly ring: SVGCircleElement;
  private readonly title: HTMLElement;
  private readonly titleOther: HTMLElement;
  private readonly body: HTMLElement;
  private readonly bodyOther: HTMLElement;
  private readonly stay: HTMLElement;
  private releasing: ReturnType<typeof setTimeout> | null = null;
  shown = false;

  constructor(parent: HTMLElement) {
    const svgNs = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(svgNs, 'svg');
    svg.setAttribute('viewBox', '0 0 120 120');
    svg.setAttribute('aria-hidden', 'true');
    const track = document.createElementNS(svgNs, 'circle');
    this.ring = document.createElementNS(svgNs, 'circle');
    for (const c of [track, this.ring]) {
      c.setAttribute('cx', '60'); c.setAttribute('cy', '60'); c.setAttribute('r', String(RADIUS));
    }
    track.setAttribute('class', 'kc-track');
    this.ring.setAttribute('class', 'kc-ring');
    this.ring.setAttribute('stroke-dasharray', String(CIRCUMFERENCE));
    svg.append(track, this.ring);
    this.title = el('h2', { id: 'kiosk-countdown-title', class: 'kc-title' });
    this.titleOther = el('p', { class: 'kc-title-other', lang: 'en' });
    this.number = el('span', { class: 'kc-number' });
    this.body = el('p', { class: 'kc-body', role: 'status' });
    this.bodyOther = el('p', { class: 'kc-body-other' });
    this.stay = el('div', { class: 'kc-stay', 'aria-hidden': 'true' });
    this.root = el('div', { id: 'kiosk-countdown', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'kiosk-countdown-title', hidden: true },
      el('div', { class: 'kc-card' }, this.title, this.titleOther, el('div', { class: 'kc-dial' }, svg, this.number), this.body, this.bodyOther, this.stay));
    shieldFromGame(this.root);
    parent.append(this.root);
  }

  /** Shows (or updates) the countdown: `seconds` left of `total`. */
  show(seconds: number, total: number, lang: Lang, reducedMotion: boolean) {
    if (this.releasing) return;
    const other: Lang = lang === 'zh' ? 'en' : 'zh';
    this.root.classList.toggle('still', reducedMotion);
    this.title.textContent = kt('stillThere', lang);
    this.title.lang = lang === 'zh' ? 'zh-CN' : 'en';
    this.titleOther.textContent = kt('stillThere', other);
    this.titleOther.lang = other === 'zh' ? 'zh-CN' : 'en';
    this.number.textContent = String(seconds);
    this.body.textContent = kt('stillThereBody', lang, { n: seconds });
    this.bodyOther.textContent = kt('stillThereBody', other, { n: seconds });
    this.stay.textContent = `${kt('stillHere', lang)} · ${kt('stillHere', other)}`;
    // The ring empties towards the next whole second.
    this.ring.style.strokeDashoffset = String(CIRCUMFERENCE * (1 - Math.max(0, seconds - 1) / Math.max(1, total)));
    this.root.hidden = false;
    this.shown = true;
  }

  /** The visitor touched: hide once the finger lifts (or soon, if the release is missed). */
  dismissOnRelease() {
    if (!this.shown || this.releasing) return;
    const done = () => {
      if (this.releasing) clearTimeout(this.releasing);
      this.releasing = null;
      window.removeEventListener('pointerup', done, true);
      window.removeEventListener('pointercancel', done, true);
      this.hide();
    };
    window.addEventListener('pointerup', done, true);
    window.addEventListener('pointercancel', done, true);
    this.releasing = setTimeout(done, 1500);
  }

  hide() {
    if (this.releasing) return;
    this.root.hidden = true;
    this.shown = false;
  }

  destroy() {
    this.root.remove();
  }
}

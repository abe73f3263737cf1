// Layout is written in CSS pixels; the canvas is drawn in device pixels so text stays crisp on
// high-DPI phones. `px(n)` converts, `font(n)` also applies the player's text size setting.
import { TEXT_SCALE, type TextSize } from './state/settings.ts';

/** Screens wider than this get everything scaled up (tablets, a tall exhibition kiosk). */
const DESIGN_WIDTH = 480;

export class Metrics {
  dpr = 1;
  cssWidth = 375;
  cssHeight = 667;
  textScale = 1;
  /** Extra scale for wide screens, so a 1080 px kiosk shows a phone-like layout, only larger. */
  uiScale = 1;

  update(cssWidth: number, cssHeight: number, dpr: number, textSize: TextSize) {
    this.cssWidth = cssWidth;
    this.cssHeight = cssHeight;
    this.dpr = Math.max(1, Math.min(3, dpr));
    this.textScale = TEXT_SCALE[textSize];
    this.uiScale = cssWidth > DESIGN_WIDTH * 1.5 ? cssWidth / DESIGN_WIDTH : 1;
  }

  /** CSS px (of the phone-sized design) → canvas px. */
  px(css: number): number {
    return Math.round(css * this.dpr * this.uiScale);
  }

  /** A font size in canvas px, scaled by the text-size setting. */
  font(css: number): number {
    return Math.round(css * this.dpr * this.uiScale * this.textScale);
  }

  get width(): number {
    return Math.round(this.cssWidth * this.dpr);
  }

  get height(): number {
    return Math.round(this.cssHeight * this.dpr);
  }

  /** Tall screens (in design px) keep controls within reach with larger targets. */
  get isTall(): boolean {
    return this.cssHeight / this.uiScale >= 1000;
  }
}

// Layout is written in CSS pixels; the canvas is drawn in device pixels so text stays crisp on
// high-DPI phones. `px(n)` converts, `font(n)` also applies the player's text size setting.
import { TEXT_SCALE, type TextSize } from './state/settings.ts';

export class Metrics {
  dpr = 1;
  cssWidth = 375;
  cssHeight = 667;
  textScale = 1;

  update(cssWidth: number, cssHeight: number, dpr: number, textSize: TextSize) {
    this.cssWidth = cssWidth;
    this.cssHeight = cssHeight;
    this.dpr = Math.max(1, Math.min(3, dpr));
    this.textScale = TEXT_SCALE[textSize];
  }

  /** CSS px → canvas px. */
  px(css: number): number {
    return Math.round(css * this.dpr);
  }

  /** A font size in canvas px, scaled by the text-size setting. */
  font(css: number): number {
    return Math.round(css * this.dpr * this.textScale);
  }

  get width(): number {
    return this.px(this.cssWidth);
  }

  get height(): number {
    return this.px(this.cssHeight);
  }

  /** Tall kiosk screens get larger targets. */
  get isTall(): boolean {
    return this.cssHeight >= 1400;
  }
}

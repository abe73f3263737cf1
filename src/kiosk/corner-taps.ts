// The hidden way into the admin panel: several taps in the top-left corner within a short window.
// Taps elsewhere break the sequence, so ordinary play never opens it by chance.

export interface CornerTapOptions {
  taps: number;
  windowMs: number;
  /** Side of the corner square, in the same units as the tap coordinates. */
  size: number;
}

export class CornerTaps {
  private times: number[] = [];
  private readonly options: CornerTapOptions;

  constructor(options: CornerTapOptions) {
    this.options = options;
  }

  inCorner(x: number, y: number): boolean {
    return x >= 0 && y >= 0 && x <= this.options.size && y <= this.options.size;
  }

  /** Records a tap; true when it completes the sequence (which then starts over). */
  tap(x: number, y: number, now: number): boolean {
    if (!this.inCorner(x, y)) { this.times = []; return false; }
    this.times = [...this.times.filter((t) => now - t <= this.options.windowMs), now];
    if (this.times.length >= this.options.taps && now - this.times[this.times.length - this.options.taps]! <= this.options.windowMs) {
      this.times = [];
      return true;
    }
    return false;
  }
}

// Token buckets: `burst` requests at once, then `perSecond` on average. One limiter keys joins by
// IP address; each socket has its own bucket for messages.
export interface RateLimit {
  burst: number;
  perSecond: number;
}

export class TokenBucket {
  private tokens: number;
  private last: number;
  constructor(private readonly limit: RateLimit, private readonly now: () => number = Date.now) {
    this.tokens = limit.burst;
    this.last = now();
  }

  /** Takes one token if there is one. */
  take(): boolean {
    const now = this.now();
    this.tokens = Math.min(this.limit.burst, this.tokens + ((now - this.last) / 1000) * this.limit.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** Seconds until the next token. */
  retryAfter(): number {
    return Math.max(1, Math.ceil((1 - this.tokens) / this.limit.perSecond));
  }

  /** Full again (nothing taken for long enough): the keyed limiter can forget it. */
  idle(): boolean {
    return this.tokens + ((this.now() - this.last) / 1000) * this.limit.perSecond >= this.limit.burst;
  }
}

export class KeyedRateLimiter {
  private buckets = new Map<string, TokenBucket>();
  constructor(private readonly limit: RateLimit, private readonly now: () => number = Date.now) {}

  /** `null` when allowed, else the seconds to wait. */
  take(key: string): number | null {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size > 10_000) this.sweep();
      this.buckets.set(key, (bucket = new TokenBucket(this.limit, this.now)));
    }
    return bucket.take() ? null : bucket.retryAfter();
  }

  private sweep() {
    for (const [key, bucket] of this.buckets) if (bucket.idle()) this.buckets.delete(key);
  }
}

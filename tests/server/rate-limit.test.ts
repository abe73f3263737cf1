import { describe, expect, it } from 'vitest';
import { KeyedRateLimiter, TokenBucket } from '../../src/server/rate-limit.ts';

describe('rate limits', () => {
  it('lets a burst through, then refills at the given rate', () => {
    let now = 0;
    const bucket = new TokenBucket({ burst: 3, perSecond: 2 }, () => now);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    expect(bucket.retryAfter()).toBe(1);
    now += 500;
    expect([bucket.take(), bucket.take()]).toEqual([true, false]);
    now += 10_000;
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
  });

  it('keeps one bucket per key', () => {
    const now = 0;
    const limiter = new KeyedRateLimiter({ burst: 2, perSecond: 1 }, () => now);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([null, null, 1]);
    expect(limiter.take('b')).toBeNull();
  });
});

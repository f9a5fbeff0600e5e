import { LONGEST_RETRY_MS, RecomputeBackoff, retryDelayMs } from './recompute-backoff';

describe('RecomputeBackoff', () => {
  it('waits 5 s after the first failure, doubling up to 5 minutes', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(retryDelayMs)).toEqual([5_000, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000]);
    expect(retryDelayMs(60)).toBe(LONGEST_RETRY_MS);
  });

  it('refuses a retry until the wait is over, and forgets the failures after a success', () => {
    let now = 1_000_000;
    const backoff = new RecomputeBackoff(() => now);
    expect(backoff.mayRetry()).toBe(true);
    backoff.failed();
    expect(backoff.mayRetry()).toBe(false);
    now += 4_999;
    expect(backoff.mayRetry()).toBe(false);
    now += 1;
    expect(backoff.mayRetry()).toBe(true);
    backoff.failed(); // the second failure in a row waits 10 s
    now += 9_999;
    expect(backoff.mayRetry()).toBe(false);
    now += 1;
    expect(backoff.mayRetry()).toBe(true);
    backoff.succeeded();
    backoff.failed(); // counted afresh: 5 s again
    now += 5_000;
    expect(backoff.mayRetry()).toBe(true);
  });
});

/** The first wait after a failed background recompute (of a network, of place analytics), and the longest. */
export const FIRST_RETRY_MS = 5_000;
export const LONGEST_RETRY_MS = 5 * 60_000;

/**
 * When a cached answer's background recompute may run again after failing: 5 s after the first failure,
 * doubling with each failure in a row up to 5 minutes, so a recompute that keeps failing (a
 * statement timeout on a loaded machine) is not started again by every read of the stale map.
 * One per cached answer; a success forgets the failures.
 */
export class RecomputeBackoff {
  private failures = 0;
  private notBefore = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** Whether a recompute may start now. */
  mayRetry(): boolean {
    return this.now() >= this.notBefore;
  }

  failed(): void {
    this.failures += 1;
    this.notBefore = this.now() + retryDelayMs(this.failures);
  }

  succeeded(): void {
    this.failures = 0;
    this.notBefore = 0;
  }
}

/** The wait after `failures` failures in a row. */
export function retryDelayMs(failures: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(failures - 1, 0), LONGEST_RETRY_MS);
}

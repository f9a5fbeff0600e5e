/** Latency figures of one target at one concurrency. */
export interface Figures {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  reqPerSecond: number;
  errors: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * Calls `request` from `concurrency` loops for `seconds` (after `warmup` calls), and times each
 * call. A failed call counts as an error and is left out of the latencies.
 */
export async function measure(
  request: () => Promise<unknown>,
  concurrency: number,
  seconds: number,
  warmup = 3,
): Promise<Figures> {
  for (let i = 0; i < warmup; i++) await request();
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  const loop = async () => {
    while (performance.now() < until) {
      const at = performance.now();
      try {
        await request();
        latencies.push(performance.now() - at);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    reqPerSecond: latencies.length / elapsed,
    errors,
  };
}

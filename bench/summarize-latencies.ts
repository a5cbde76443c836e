/** Throughput and latency of one measured run. Latencies in milliseconds. */
export interface LatencySummary {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly requests: number;
}

/**
 * Summarizes the latencies of the requests completed in `seconds`, with nearest-rank
 * percentiles from a sorted copy (a few hundred thousand numbers at most: no histogram needed).
 * Both sides of a comparison go through this one function, so they are computed alike.
 */
export function summarizeLatencies(latencies: readonly number[], seconds: number): LatencySummary {
  if (latencies.length === 0) throw new Error(`No request completed in ${seconds.toFixed(1)} s: nothing to summarize`);
  const sorted = [...latencies].sort((a, b) => a - b);
  const percentile = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
  return { rps: latencies.length / seconds, p50: percentile(50), p99: percentile(99), requests: latencies.length };
}

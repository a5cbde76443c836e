import { runLoadTest, type LoadTestOptions, type LoadTestResult } from './loadtest-run';

/** What the soak watches, read from the server's /metrics (prom-client's defaults, `kg_` prefix). */
export interface ServerSample {
  /** Seconds since the soak started. */
  readonly atSeconds: number;
  /** kg_nodejs_heap_size_used_bytes */
  readonly heapUsedBytes: number;
  /** kg_process_resident_memory_bytes */
  readonly residentBytes: number;
  /** kg_nodejs_active_handles_total: sockets (clients and Neo4j), timers, the server. */
  readonly activeHandles: number;
  /** kg_process_open_fds */
  readonly openFds: number;
}

/**
 * How much the second half of a soak may exceed the first. Heap is compared by its minimum in
 * each window (the floor the garbage collector returns to), handles and file descriptors by
 * their maximum: a leak raises both, load alone does neither once the pools are warm.
 */
export interface SoakBounds {
  readonly heapGrowthBytes: number;
  readonly handleGrowth: number;
  readonly fdGrowth: number;
}

// The Neo4j driver may still open pool connections late in a run (seen: +10 over 5 minutes at
// 50 connections), so handles get some room; a leak of one socket per thousand requests at
// 250 req/s would still exceed it several times over.
export const DEFAULT_SOAK_BOUNDS: SoakBounds = { heapGrowthBytes: 32 * 1024 * 1024, handleGrowth: 25, fdGrowth: 25 };

const METRICS = {
  heapUsedBytes: 'kg_nodejs_heap_size_used_bytes',
  residentBytes: 'kg_process_resident_memory_bytes',
  activeHandles: 'kg_nodejs_active_handles_total',
  openFds: 'kg_process_open_fds',
} as const;

/**
 * Reads one sample from `${url}/metrics`.
 *
 * @throws when /metrics does not answer 200 or lacks one of the metrics (naming it).
 */
export async function sampleServer(url: string, atSeconds: number): Promise<ServerSample> {
  const response = await fetch(`${url}/metrics`);
  if (response.status !== 200) throw new Error(`GET ${url}/metrics answered ${response.status}`);
  const text = await response.text();
  const read = (name: string): number => {
    const match = new RegExp(`^${name} (\\S+)$`, 'm').exec(text);
    if (match === null) throw new Error(`${url}/metrics has no ${name}`);
    return Number(match[1]);
  };
  return {
    atSeconds,
    heapUsedBytes: read(METRICS.heapUsedBytes),
    residentBytes: read(METRICS.residentBytes),
    activeHandles: read(METRICS.activeHandles),
    openFds: read(METRICS.openFds),
  };
}

/**
 * Compares the first and the last third of the samples (the middle third lets pools and caches
 * settle). Returns one line per bound exceeded; empty means within bounds.
 *
 * @throws when there are fewer than 6 samples: too few to tell growth from noise.
 */
export function findSoakGrowth(samples: readonly ServerSample[], bounds: SoakBounds = DEFAULT_SOAK_BOUNDS): string[] {
  if (samples.length < 6) throw new Error(`A soak needs at least 6 samples to judge growth, but got ${samples.length}`);
  const third = Math.floor(samples.length / 3);
  const first = samples.slice(0, third);
  const last = samples.slice(-third);
  const min = (list: readonly ServerSample[], key: keyof ServerSample) =>
    Math.min(...list.map((sample) => sample[key]));
  const max = (list: readonly ServerSample[], key: keyof ServerSample) =>
    Math.max(...list.map((sample) => sample[key]));
  const problems: string[] = [];
  const heapGrowth = min(last, 'heapUsedBytes') - min(first, 'heapUsedBytes');
  if (heapGrowth > bounds.heapGrowthBytes) {
    problems.push(`heap floor grew ${mebibytes(heapGrowth)} MiB (bound ${mebibytes(bounds.heapGrowthBytes)} MiB)`);
  }
  const handleGrowth = max(last, 'activeHandles') - max(first, 'activeHandles');
  if (handleGrowth > bounds.handleGrowth)
    problems.push(`active handles grew by ${handleGrowth} (bound ${bounds.handleGrowth})`);
  const fdGrowth = max(last, 'openFds') - max(first, 'openFds');
  if (fdGrowth > bounds.fdGrowth) problems.push(`open file descriptors grew by ${fdGrowth} (bound ${bounds.fdGrowth})`);
  return problems;
}

export interface SoakResult {
  readonly load: LoadTestResult;
  readonly samples: readonly ServerSample[];
  /** One line per bound exceeded; empty means within bounds. */
  readonly growth: readonly string[];
  /** True when the load test passed and nothing grew beyond its bound. */
  readonly ok: boolean;
}

/**
 * Runs the load test while sampling the server's /metrics every `sampleEverySeconds`, then judges
 * growth with `findSoakGrowth`. Samples are taken only while the load runs: one before it would
 * make the idle heap the baseline, one after it would count the closing sockets.
 */
export async function runSoak(
  options: LoadTestOptions & { readonly sampleEverySeconds: number; readonly bounds?: SoakBounds },
): Promise<SoakResult> {
  const started = Date.now();
  const sampling: Promise<ServerSample>[] = [];
  const sample = () => sampling.push(sampleServer(options.url, Math.round((Date.now() - started) / 1000)));
  const timer = setInterval(sample, options.sampleEverySeconds * 1000);
  let load: LoadTestResult;
  try {
    load = await runLoadTest(options);
  } finally {
    clearInterval(timer);
  }
  const samples = await Promise.all(sampling);
  const growth = findSoakGrowth(samples, options.bounds);
  return { load, samples, growth, ok: load.ok && growth.length === 0 };
}

/** The series as a table, one row per sample. */
export function formatSamples(samples: readonly ServerSample[]): string {
  const rows = samples.map(
    (sample) =>
      `${String(sample.atSeconds).padStart(6)}  ${mebibytes(sample.heapUsedBytes).padStart(9)}  ${mebibytes(sample.residentBytes).padStart(8)}  ${String(sample.activeHandles).padStart(7)}  ${String(sample.openFds).padStart(8)}`,
  );
  return ['     s  heap MiB  rss MiB  handles  open fds', ...rows].join('\n');
}

function mebibytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

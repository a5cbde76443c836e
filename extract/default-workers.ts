import { availableParallelism, freemem } from 'node:os';

/**
 * Memory set aside per article in flight at a local engine, beyond its loaded models: an
 * allowance (a 600-word article's annotations are a few MB in the JVM; the rest is headroom for
 * long texts), not a measured figure.
 */
const MEMORY_PER_ARTICLE = 256 * 2 ** 20;

/**
 * How many articles to keep at the engines when `--workers` is not given: every core of every
 * engine busy (each annotates one article per core), less when this machine's free memory (where
 * a local engine runs) would not hold that many articles at once. At least one.
 */
export function defaultWorkers(engines: number): number {
  const byCores = availableParallelism() * engines;
  const byMemory = Math.floor(freemem() / MEMORY_PER_ARTICLE);
  return Math.max(1, Math.min(byCores, byMemory));
}

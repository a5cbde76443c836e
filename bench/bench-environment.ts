import { loadConfig, type Config } from '../src/config/load-config';

/**
 * The benchmark's own Neo4j: never the developer's (7687) nor the tests' (17687).
 * `KG_BENCH_NEO4J_PORT` moves it, so two checkouts can benchmark side by side.
 */
export const BENCH_NEO4J_PORT = Number(process.env.KG_BENCH_NEO4J_PORT ?? 17801);

/**
 * The environment of everything the benchmark starts (loader, server): its own Neo4j and data
 * folder, and the memory the issue asks for (4 GB heap, 2 GB page cache, enough for 1M nodes).
 */
export function benchEnvironment(javaHome: string | undefined): NodeJS.ProcessEnv {
  return {
    NEO4J_URI: `bolt://127.0.0.1:${BENCH_NEO4J_PORT}`,
    NEO4J_LOCAL_DATA: `.neo4j/bench-${BENCH_NEO4J_PORT}`,
    NEO4J_LOCAL_HEAP: '4g',
    NEO4J_LOCAL_PAGECACHE: '2g',
    // A million-node load commits in batches, but one batch may still take a while on two cores.
    NEO4J_TRANSACTION_TIMEOUT_MS: '600000',
    NEO4J_MAX_RETRY_TIME_MS: '30000',
    LOG_LEVEL: 'warn',
    ...(javaHome === undefined ? {} : { JAVA_HOME: javaHome }),
  };
}

export function benchConfig(javaHome: string | undefined): Config {
  return loadConfig(benchEnvironment(javaHome));
}

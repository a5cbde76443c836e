import type { Config } from '../src/config/load-config';

/**
 * A seed load is a batch job, not a request: the first writes into a freshly started Neo4j (cold
 * JIT, new indexes) took over the 10 s request timeout on a busy two-core machine, and a
 * streamed load commits 20,000 rows per transaction. Loads (`npm start` seeding an empty graph,
 * `npm run seed`, the benchmark's loader) therefore let a transaction last this long, or the
 * configured timeout when that is longer.
 */
const LOAD_TRANSACTION_TIMEOUT_MS = 300_000;

/** The driver settings a loader connects with: the configured ones, with a load's timeout. */
export function loadDatabaseSettings(settings: Config['neo4j']): Config['neo4j'] {
  return { ...settings, transactionTimeoutMs: Math.max(settings.transactionTimeoutMs, LOAD_TRANSACTION_TIMEOUT_MS) };
}

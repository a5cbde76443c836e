import { loadDatabaseSettings } from '../seed/load-database-settings';
import { loadSeedPaths } from '../seed/load-seed';
import { loadConfig } from '../src/config/load-config';
import { GraphDatabase } from '../src/graph/graph-database';

/** What one load measured; printed by the child process as `RESULT <json>`. */
export interface LoaderMeasurement {
  readonly files: number;
  readonly entities: number;
  readonly relationships: number;
  /** The loader's own time for writing (validation excluded), as it reports it. */
  readonly seconds: number;
  /** From the start of validation to the end of the writes. */
  readonly wallSeconds: number;
  readonly entitiesPerSecond: number;
  readonly relationshipsPerSecond: number;
  /** Peak resident memory of the loading process. */
  readonly peakRssBytes: number;
  readonly graphNodes: number;
  readonly graphRelationships: number;
}

export const RESULT_PREFIX = 'RESULT ';

/**
 * Child-process entry of the benchmark: loads the seed folder given as argument into the
 * configured Neo4j (with `reset`), printing progress on stderr and the measurement on stdout.
 * A process of its own, so its peak memory is the loader's alone.
 */
async function main(folder: string | undefined): Promise<void> {
  if (folder === undefined) throw new Error('usage: tsx bench/load-synthetic-graph.ts <seed folder>');
  const database = new GraphDatabase(loadDatabaseSettings(loadConfig().neo4j));
  try {
    const started = performance.now();
    const result = await loadSeedPaths(database, [folder], { reset: true, print: (line) => console.error(line) });
    const wallSeconds = (performance.now() - started) / 1000;
    if (result.kind !== 'loaded')
      throw new Error(`The synthetic data did not load: ${JSON.stringify(result).slice(0, 2000)}`);
    const measurement: LoaderMeasurement = {
      files: result.files,
      entities: result.nodeRows,
      relationships: result.relationshipRows,
      seconds: result.seconds,
      wallSeconds,
      entitiesPerSecond: result.nodeRows / result.seconds,
      relationshipsPerSecond: result.relationshipRows / result.seconds,
      // resourceUsage reports kilobytes.
      peakRssBytes: process.resourceUsage().maxRSS * 1024,
      graphNodes: Object.values(result.counts.nodes).reduce((sum, count) => sum + count, 0),
      graphRelationships: Object.values(result.counts.relationships).reduce((sum, count) => sum + count, 0),
    };
    console.log(`${RESULT_PREFIX}${JSON.stringify(measurement)}`);
  } finally {
    await database.close();
  }
}

// Only when run as a script: the benchmark imports this file for the types above.
if (require.main === module) {
  main(process.argv[2]).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}

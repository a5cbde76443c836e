import { loadConfig } from '../src/config/load-config';
import { GraphDatabase } from '../src/graph/graph-database';
import { DatabaseUnavailableError } from '../src/graph/database-unavailable-error';
import { DATABASE_START_COMMAND } from './describe-bad-references';
import { loadDatabaseSettings } from './load-database-settings';
import { loadSeedPaths } from './load-seed';
import { DEFAULT_SEED_DIR } from './read-seed-inputs';

const USAGE = 'usage: npm run seed [-- <files or folders>] [--dry-run] [--reset]';

/** `npm run seed`: validates seed files, then loads them into the configured Neo4j. */
async function main(argv: readonly string[]): Promise<number> {
  const flags = new Set(argv.filter((arg) => arg.startsWith('--')));
  const unknown = [...flags].filter((flag) => flag !== '--dry-run' && flag !== '--reset');
  if (unknown.length > 0) {
    console.error(`Unknown option(s) ${unknown.join(', ')}. ${USAGE}`);
    return 2;
  }
  const paths = argv.filter((arg) => !arg.startsWith('--'));
  const config = loadConfig();
  const database = new GraphDatabase(loadDatabaseSettings(config.neo4j));
  try {
    const result = await loadSeedPaths(database, paths.length > 0 ? paths : [DEFAULT_SEED_DIR], {
      dryRun: flags.has('--dry-run'),
      // A dry run checks the files named against every seed file, so their ids need no database.
      contextFolder: DEFAULT_SEED_DIR,
      reset: flags.has('--reset'),
      print: (line) => console.log(line),
    });
    switch (result.kind) {
      case 'invalid':
        return report(result.problems);
      case 'validated':
        console.log(
          `Valid: ${result.files} file(s), ${result.rowCount} nodes and relationships` +
            (result.contextFiles > 0 ? ` (checked with ${result.contextFiles} other file(s) of seed/data)` : '') +
            '. Nothing written (--dry-run).',
        );
        return 0;
      case 'loaded': {
        const rate = (count: number) => Math.round(count / Math.max(result.seconds, 0.001));
        console.log(
          `Loaded ${result.files} file(s) into ${config.neo4j.uri} in ${result.seconds.toFixed(2)} s ` +
            `(${result.nodeRows} entities at ${rate(result.nodeRows)}/s, ${result.relationshipRows} relationships at ${rate(result.relationshipRows)}/s): ` +
            `${result.nodesCreated} nodes and ${result.relationshipsCreated} relationships created, ` +
            `${result.relationshipsDeleted} relationships no longer declared removed.`,
        );
        console.log('Graph now holds:');
        for (const [name, count] of [
          ...Object.entries(result.counts.nodes),
          ...Object.entries(result.counts.relationships),
        ]) {
          console.log(`  ${name.padEnd(16)} ${count}`);
        }
        return 0;
      }
    }
  } finally {
    await database.close();
  }
}

function report(problems: readonly string[]): number {
  console.error(`Nothing was loaded: ${problems.length} problem(s) found.`);
  for (const problem of problems) console.error(`  ${problem}`);
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof DatabaseUnavailableError)
      console.error(
        `The graph database is not running or cannot be reached; start the local one with \`${DATABASE_START_COMMAND}\`, or set NEO4J_URI.`,
      );
    else console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

import path from 'node:path';
import { backUpGraph } from '../src/backup/back-up-graph';
import { loadConfig } from '../src/config/load-config';
import { GraphDatabase } from '../src/graph/graph-database';
import { loadDatabaseSettings } from '../seed/load-database-settings';

const USAGE = 'usage: npm run backup -- <file>';

/** `npm run backup -- <file>`: writes a consistent snapshot of the configured Neo4j to one file. */
async function main(argv: readonly string[]): Promise<number> {
  const [file, ...rest] = argv;
  if (file === undefined || file.startsWith('--') || rest.length > 0) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  const settings = loadDatabaseSettings(config.neo4j);
  const database = new GraphDatabase(settings);
  try {
    const started = Date.now();
    const counts = await backUpGraph(database, { file: path.resolve(file), timeoutMs: settings.transactionTimeoutMs });
    console.log(
      `Backed up ${config.neo4j.uri} to ${file} in ${((Date.now() - started) / 1000).toFixed(2)} s: ` +
        `${counts.nodes} nodes, ${counts.relationships} relationships.`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Backup failed, no file written: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);

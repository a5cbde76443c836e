import path from 'node:path';
import { restoreBackup } from '../src/backup/restore-backup';
import { loadConfig } from '../src/config/load-config';
import { GraphDatabase } from '../src/graph/graph-database';
import { loadDatabaseSettings } from '../seed/load-database-settings';

const USAGE = 'usage: npm run restore -- <file> [--force]';

/** `npm run restore -- <file> [--force]`: loads a backup into the configured (empty) Neo4j. */
async function main(argv: readonly string[]): Promise<number> {
  const flags = argv.filter((arg) => arg.startsWith('--'));
  const files = argv.filter((arg) => !arg.startsWith('--'));
  const file = files[0];
  if (file === undefined || files.length > 1 || flags.some((flag) => flag !== '--force')) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  const settings = loadDatabaseSettings(config.neo4j);
  const database = new GraphDatabase(settings);
  try {
    const started = Date.now();
    const restored = await restoreBackup(database, {
      file: path.resolve(file),
      replace: flags.includes('--force'),
      timeoutMs: settings.transactionTimeoutMs,
    });
    console.log(
      `Restored ${file} (taken ${restored.createdAt}) into ${config.neo4j.uri} in ` +
        `${((Date.now() - started) / 1000).toFixed(2)} s: ${restored.nodes} nodes, ${restored.relationships} relationships.`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Nothing was written: the file is checked whole before the one transaction that writes it.
    console.error(`Restore refused, database unchanged: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);

import { loadConfig } from '../src/config/load-config';
import { DatabaseUnavailableError } from '../src/graph/database-unavailable-error';
import { GraphDatabase } from '../src/graph/graph-database';
import { findIdsByWords, ID_LOOKUP_LIMIT, type FoundId } from '../src/graph/read/find-ids-by-words';
import { DATABASE_START_COMMAND } from './describe-bad-references';
import { findIdsInSeedFiles } from './find-ids-in-seed-files';
import { loadDatabaseSettings } from './load-database-settings';
import { DEFAULT_SEED_DIR, listContextFiles, seedInputOf } from './read-seed-inputs';

const USAGE = 'usage: npm run ids -- <words>   (ids whose id, name or aliases contain every word)';

/** How long the command waits for the database before listing the seed files' ids alone. */
const PING_TIMEOUT_MS = 2000;

/** One line of the listing: an id, its type and name, and where it is defined. */
interface Row {
  readonly id: string;
  readonly label: string;
  readonly name: string;
  readonly where: string[];
}

/**
 * `npm run ids -- <words>`: the ids whose id, name or aliases contain every word, from the seed
 * files of seed/data and, when it runs, the database, each with its type, name and defining file
 * ("database" for an id only the database holds, written through mutations).
 */
async function main(words: readonly string[]): Promise<number> {
  if (words.length === 0 || words.some((word) => word.startsWith('--'))) {
    console.error(USAGE);
    return 2;
  }
  const rows = new Map<string, Row>();
  const files = listContextFiles(DEFAULT_SEED_DIR).map(({ file, name }) => ({ ...seedInputOf(file), name }));
  const { found, unreadable } = findIdsInSeedFiles(files, words);
  for (const { id, label, name, file } of found) {
    const row = rows.get(id);
    if (row === undefined) rows.set(id, { id, label, name, where: [file] });
    else row.where.push(file);
  }
  const fromDatabase = await findInDatabase(words);
  for (const { id, label, name } of fromDatabase ?? []) {
    const row = rows.get(id);
    if (row === undefined) rows.set(id, { id, label, name, where: ['database'] });
    else row.where.push('database');
  }
  print([...rows.values()]);
  for (const name of unreadable)
    console.error(`(${name} is not a valid seed file; npm run seed -- --dry-run ${name} says why)`);
  if (fromDatabase === null)
    console.error(
      `(the graph database is not running, so only seed files were searched; ${DATABASE_START_COMMAND} starts it)`,
    );
  else if (fromDatabase.length === ID_LOOKUP_LIMIT)
    console.error(`(the database has more than ${ID_LOOKUP_LIMIT} matches; add a word to narrow them)`);
  return rows.size > 0 ? 0 : 1;
}

/** The database's matches, or null when it does not answer. */
async function findInDatabase(words: readonly string[]): Promise<FoundId[] | null> {
  const database = new GraphDatabase(loadDatabaseSettings(loadConfig().neo4j));
  try {
    await database.ping(PING_TIMEOUT_MS);
    return await findIdsByWords(database, words);
  } catch (error: unknown) {
    if (error instanceof DatabaseUnavailableError) return null;
    throw error;
  } finally {
    await database.close();
  }
}

// Entities first: a claim matches by its text, so claims are many and come last.
const LISTING_ORDER = ['Person', 'Organization', 'Place', 'Event', 'Source', 'Claim'];

function print(rows: readonly Row[]): void {
  if (rows.length === 0) {
    console.log('No id matches.');
    return;
  }
  const rank = (row: Row) => LISTING_ORDER.indexOf(row.label);
  const sorted = [...rows].sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
  const width = (pick: (row: Row) => string) => Math.max(...sorted.map((row) => pick(row).length));
  const [idWidth, labelWidth] = [width((row) => row.id), width((row) => row.label)];
  for (const row of sorted) {
    const name = row.name.length > 60 ? `${row.name.slice(0, 57)}...` : row.name;
    console.log(`${row.id.padEnd(idWidth)}  ${row.label.padEnd(labelWidth)}  ${name}  (${row.where.join(', ')})`);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

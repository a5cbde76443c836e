import type { GraphDatabase } from '../src/graph/graph-database';
import { DatabaseUnavailableError } from '../src/graph/database-unavailable-error';
import { deleteWholeGraph, ensureGraphSchema, ensureNodeIdConstraint } from '../src/graph/write/load-graph-rows';
import { findExistingIds } from '../src/graph/read/find-existing-ids';
import type { GraphRows } from './graph-rows';
import type { ExistingIdLookup } from './validate-seed-files';
import { findClaimMatches } from '../src/graph/read/find-claim-matches';
import type { ClaimMatchLookup } from './resolve-claim-appearances';

/** How long the lookup waits for the database to answer at all before saying it is not running. */
const PING_TIMEOUT_MS = 3000;

/**
 * How references to ids no file defines are checked: in the database (a reset deletes it, so
 * not there). A database that does not answer a ping is reported as unavailable at once, rather
 * than after the driver's retries: the validator then says which ids need it.
 */
export function existingIdLookup(database: GraphDatabase, reset: boolean): ExistingIdLookup {
  if (reset) return async () => new Map();
  return async (ids) => {
    try {
      await database.ping(PING_TIMEOUT_MS);
      return await findExistingIds(database, ids);
    } catch (error: unknown) {
      if (error instanceof DatabaseUnavailableError) return { unavailable: true };
      throw error;
    }
  };
}

/** How claim entries are matched with stored claims (see ClaimAppearanceResolver): not after a reset. */
export function claimMatchLookup(database: GraphDatabase, reset: boolean): ClaimMatchLookup | null {
  return reset ? null : (request) => findClaimMatches(database, request);
}

/**
 * Runs after validation, before any row is written: the optional reset, then the schema. With
 * `indexes: 'after'` only the id constraint the writes need is created here, the rest after the
 * rows (`completeGraphAfterLoad`): building an index once over a large load costs Neo4j less than
 * updating it in every transaction, but populating an index has a fixed cost of its own (about
 * 3 s for all of them at 10k nodes), so small loads create everything first.
 */
export async function prepareGraphForLoad(
  database: GraphDatabase,
  { reset, print, indexes }: { reset: boolean; print: (line: string) => void; indexes: 'before' | 'after' },
): Promise<void> {
  if (reset) {
    print('Deleting the whole graph (--reset)...');
    await deleteWholeGraph(database);
  }
  if (indexes === 'before') await ensureGraphSchema(database);
  else await ensureNodeIdConstraint(database);
}

/**
 * Runs after the rows are written: every constraint and index, waiting until they are online.
 * Indexes that did not exist yet are built over the loaded graph in one go; when they all exist
 * (small loads, reloads) this only checks them.
 */
export async function completeGraphAfterLoad(database: GraphDatabase, print: (line: string) => void): Promise<void> {
  print('Creating the indexes and waiting for them to be online...');
  await ensureGraphSchema(database);
}

/** Node rows and relationship rows in `rows`. */
export function countRows(rows: GraphRows): { nodeRows: number; relationshipRows: number } {
  return {
    nodeRows: Object.values(rows.nodes).reduce((sum, list) => sum + list.length, 0),
    relationshipRows: Object.values(rows.relationships).reduce((sum, list) => sum + list.length, 0),
  };
}

import type { GraphDatabase } from '../src/graph/graph-database';
import { deleteWholeGraph, ensureGraphSchema, ensureNodeIdConstraint, findExistingIds } from '../src/graph/load-graph-rows';
import type { GraphRows } from './graph-rows';
import type { ExistingIdLookup } from './validate-seed-files';

/** How references to ids no file defines are checked: a reset deletes the database, so not there. */
export function existingIdLookup(database: GraphDatabase, reset: boolean): ExistingIdLookup {
  return reset ? async () => new Map() : (ids) => findExistingIds(database, ids);
}

/**
 * Runs after validation, before any row is written: the optional reset, then the id constraint
 * the writes need. The rest of the schema comes after the rows (`completeGraphAfterLoad`).
 */
export async function prepareGraphForLoad(database: GraphDatabase, reset: boolean, print: (line: string) => void): Promise<void> {
  if (reset) {
    print('Deleting the whole graph (--reset)...');
    await deleteWholeGraph(database);
  }
  await ensureNodeIdConstraint(database);
}

/**
 * Runs after the rows are written: every constraint and index, waiting until they are online.
 * Indexes that did not exist yet are built over the loaded graph in one go.
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

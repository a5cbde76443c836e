import type { GraphDatabase } from '../src/graph/graph-database';
import { deleteWholeGraph, ensureGraphSchema, findExistingIds } from '../src/graph/load-graph-rows';
import type { GraphRows } from './graph-rows';
import type { ExistingIdLookup } from './validate-seed-files';

/** How references to ids no file defines are checked: a reset deletes the database, so not there. */
export function existingIdLookup(database: GraphDatabase, reset: boolean): ExistingIdLookup {
  return reset ? async () => new Map() : (ids) => findExistingIds(database, ids);
}

/** Runs after validation, before any row is written: the optional reset, then the schema. */
export async function prepareGraphForLoad(database: GraphDatabase, reset: boolean, print: (line: string) => void): Promise<void> {
  if (reset) {
    print('Deleting the whole graph (--reset)...');
    await deleteWholeGraph(database);
  }
  await ensureGraphSchema(database);
}

/** Node rows and relationship rows in `rows`. */
export function countRows(rows: GraphRows): { nodeRows: number; relationshipRows: number } {
  return {
    nodeRows: Object.values(rows.nodes).reduce((sum, list) => sum + list.length, 0),
    relationshipRows: Object.values(rows.relationships).reduce((sum, list) => sum + list.length, 0),
  };
}

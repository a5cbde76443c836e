import type { GraphDatabase } from '../graph-database';
import { NODE_LABELS, type NodeLabel } from '../graph-model';

const FIND_EXISTING_IDS = `
  UNWIND $ids AS id
  MATCH (n:Node {id: id})
  RETURN n.id AS id, [label IN labels(n) WHERE label IN $labels][0] AS label`;

/** The labels of those `ids` that exist in the graph; unknown ids are absent from the map. */
export async function findExistingIds(
  database: GraphDatabase,
  ids: readonly string[],
): Promise<Map<string, NodeLabel>> {
  const result = await database.read(FIND_EXISTING_IDS, { ids, labels: NODE_LABELS });
  return new Map(result.records.map((record) => [record.get('id') as string, record.get('label') as NodeLabel]));
}

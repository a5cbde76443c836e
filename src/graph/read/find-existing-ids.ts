import type { GraphDatabase } from '../graph-database';
import { NODE_LABELS, type NodeLabel } from '../graph-model';

// A claim's former id, or the id of an entry that became another claim's appearance, still
// names that claim (the loader writes a reference to it onto the claim).
const FIND_EXISTING_IDS = `
  UNWIND $ids AS id
  OPTIONAL MATCH (merged:MergedId {id: id}) WHERE id STARTS WITH 'claim:'
  MATCH (n:Node {id: coalesce(merged.into, id)})
  RETURN id, [label IN labels(n) WHERE label IN $labels][0] AS label`;

/**
 * The labels of those `ids` that exist in the graph (a claim id that redirects to a claim counts);
 * unknown ids are absent from the map.
 */
export async function findExistingIds(
  database: GraphDatabase,
  ids: readonly string[],
): Promise<Map<string, NodeLabel>> {
  const result = await database.read(FIND_EXISTING_IDS, { ids, labels: NODE_LABELS });
  return new Map(result.records.map((record) => [record.get('id') as string, record.get('label') as NodeLabel]));
}

import type { GraphDatabase } from '../graph-database';
import { projectNode, toNodeRecord, type NodeRecord } from '../node-record';

// An id merged into another entity (mergeEntities) resolves to that entity.
const FIND_NODES = `
  UNWIND $ids AS id
  OPTIONAL MATCH (direct:Node {id: id})
  OPTIONAL MATCH (redirect:MergedId {id: id})
  WITH id, coalesce(direct.id, redirect.into) AS found
  MATCH (n:Node {id: found})
  RETURN id, ${projectNode('n')} AS node`;

/**
 * The nodes with the given ids, in one query (a merged entity's id gives the entity it was merged into). Unknown ids are absent from the map (the caller
 * decides whether that is null or an error).
 */
export async function findNodesByIds(
  database: GraphDatabase,
  ids: readonly string[],
): Promise<Map<string, NodeRecord>> {
  const result = await database.read(FIND_NODES, { ids: [...new Set(ids)] });
  return new Map(result.records.map((record) => [record.get('id') as string, toNodeRecord(record.get('node'))]));
}

import neo4j from 'neo4j-driver';
import type { GraphDatabase } from '../graph-database';
import type { NodeLabel } from '../graph-model';
import type { GraphView } from '../graph-view';
import { EDGES_AMONG_NODES, HUB_DEGREE } from './edges-among-nodes';
import { toGraphView } from './to-graph-view';

const WHOLE_GRAPH = `
  CALL () {
    MATCH (n:Node)
    WHERE $labels IS NULL OR any(label IN labels(n) WHERE label IN $labels)
    WITH n ORDER BY n.id LIMIT $cap
    RETURN collect(n) AS found
  }
  WITH found[..$limit] AS nodes, size(found) > $limit AS truncated
  ${EDGES_AMONG_NODES}`;

/**
 * The whole graph (or the nodes of `labels`), at most `limit` nodes in id order, with every
 * relationship among them; `truncated` when the graph holds more.
 */
export async function findWholeGraph(database: GraphDatabase, labels: readonly NodeLabel[] | null, limit: number): Promise<GraphView> {
  const result = await database.read(WHOLE_GRAPH, {
    labels,
    limit: neo4j.int(limit),
    cap: neo4j.int(limit + 1),
    hubDegree: neo4j.int(HUB_DEGREE),
  });
  const row = result.records[0];
  if (row === undefined) return { nodes: [], edges: [], truncated: false };
  return toGraphView(row.get('nodes') as unknown[], row.get('edges') as unknown[], row.get('truncated') as boolean);
}

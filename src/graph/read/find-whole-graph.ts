import neo4j from 'neo4j-driver';
import type { GraphDatabase } from '../graph-database';
import { RETRACTED_LABEL, type NodeLabel } from '../graph-model';
import type { GraphView, GraphViewDetail } from '../graph-view';
import { edgesAmongNodes, HUB_DEGREE } from './edges-among-nodes';
import { toGraphView } from '../to-graph-view';

function wholeGraphQuery(detail: GraphViewDetail): string {
  return `
  CALL () {
    MATCH (n:Node)
    WHERE ($labels IS NULL OR any(label IN labels(n) WHERE label IN $labels)) AND NOT n:${RETRACTED_LABEL}
    WITH n ORDER BY n.id LIMIT $cap
    RETURN collect(n) AS found
  }
  WITH found[..$limit] AS nodes, size(found) > $limit AS truncated
  ${edgesAmongNodes(detail)}`;
}

const WHOLE_GRAPH_QUERIES: Readonly<Record<GraphViewDetail, string>> = {
  summary: wholeGraphQuery('summary'),
  full: wholeGraphQuery('full'),
};

/** Which nodes (labels, null for all), how many at most, and with which detail. */
export interface WholeGraphRequest {
  readonly labels: readonly NodeLabel[] | null;
  readonly limit: number;
  readonly detail: GraphViewDetail;
}

/**
 * The whole graph (or the nodes of `labels`), at most `limit` nodes in id order, with every
 * relationship among them; `truncated` when the graph holds more. Retracted claims, and so their
 * relationships, are left out. `detail` as in `GraphViewDetail`.
 */
export async function findWholeGraph(
  database: GraphDatabase,
  { labels, limit, detail }: WholeGraphRequest,
): Promise<GraphView> {
  const result = await database.read(WHOLE_GRAPH_QUERIES[detail], {
    labels,
    limit: neo4j.int(limit),
    cap: neo4j.int(limit + 1),
    hubDegree: neo4j.int(HUB_DEGREE),
  });
  const row = result.records[0];
  if (row === undefined) return { nodes: [], edges: [], truncated: false };
  return toGraphView(row.get('nodes') as unknown[], row.get('edges') as unknown[], row.get('truncated') as boolean);
}

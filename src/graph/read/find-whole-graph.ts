import neo4j from 'neo4j-driver';
import type { GraphDatabase } from '../graph-database';
import { RETRACTED_LABEL, type NodeLabel } from '../graph-model';
import type { GraphView, GraphViewDetail } from '../graph-view';
import { edgesAmongNodes, HUB_DEGREE } from './edges-among-nodes';
import { toGraphView } from '../to-graph-view';
import { DRAFTS_PARAMETER, unlessDraft } from '../draft-visibility';

function wholeGraphQuery(detail: GraphViewDetail): string {
  return `
  CALL () {
    MATCH (n:Node)
    WHERE ($labels IS NULL OR any(label IN labels(n) WHERE label IN $labels)) AND NOT n:${RETRACTED_LABEL}
      AND ${unlessDraft('n')}
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
  /** Drafts too (an editor's export that asked for them); false or absent leaves them out. */
  readonly drafts?: boolean;
}

/**
 * The whole graph (or the nodes of `labels`), at most `limit` nodes in id order, with every
 * relationship among them in id order; `truncated` when the graph holds more. Retracted claims, and so their
 * relationships, are left out. `detail` as in `GraphViewDetail`.
 */
export async function findWholeGraph(
  database: GraphDatabase,
  { labels, limit, detail, drafts = false }: WholeGraphRequest,
): Promise<GraphView> {
  const result = await database.read(WHOLE_GRAPH_QUERIES[detail], {
    labels,
    [DRAFTS_PARAMETER]: drafts,
    limit: neo4j.int(limit),
    cap: neo4j.int(limit + 1),
    hubDegree: neo4j.int(HUB_DEGREE),
  });
  const row = result.records[0];
  if (row === undefined) return { nodes: [], edges: [], truncated: false };
  const view = toGraphView(
    row.get('nodes') as unknown[],
    row.get('edges') as unknown[],
    row.get('truncated') as boolean,
  );
  // Edges in id order too and properties in name order, not in the order the store happens to
  // hold them: the same graph then exports to the same bytes, before and after a backup is restored.
  return {
    ...view,
    nodes: view.nodes.map((node) => ({ ...node, properties: sortedByKey(node.properties) })),
    edges: [...view.edges]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((edge) => ({ ...edge, properties: sortedByKey(edge.properties) })),
  };
}

function sortedByKey<T extends Readonly<Record<string, unknown>>>(properties: T): T {
  return Object.fromEntries(Object.entries(properties).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) as T;
}

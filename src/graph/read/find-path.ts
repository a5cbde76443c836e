import type { GraphDatabase } from '../graph-database';
import type { RelationshipType } from '../graph-model';
import type { GraphView, GraphViewDetail } from '../graph-view';
import { projectViewEdge, projectViewNode, toGraphView } from './to-graph-view';

export interface PathRequest {
  readonly from: string;
  readonly to: string;
  /** 1 or more; the caller bounds it. */
  readonly maxLength: number;
  /** The relationship types the path may follow (from the model's fixed list). */
  readonly via: readonly RelationshipType[];
  /** `summary` leaves properties out; see `GraphViewDetail`. */
  readonly detail: GraphViewDetail;
}

export type PathResult =
  | { readonly kind: 'found'; readonly view: GraphView }
  | { readonly kind: 'none' }
  | { readonly kind: 'unknown-id'; readonly ids: readonly string[] };

const FIND_ENDS = 'UNWIND $ids AS id OPTIONAL MATCH (n:Node {id: id}) RETURN id, n IS NOT NULL AS exists';

// Relationship types and the length bound cannot be parameters; both come from validated,
// fixed sets (the model's type list, an integer the caller bounded), never from user text.
function pathQuery(maxLength: number, via: readonly RelationshipType[], detail: GraphViewDetail): string {
  return `
  MATCH (a:Node {id: $from}), (b:Node {id: $to})
  MATCH p = shortestPath((a)-[:${via.join('|')}*..${Math.trunc(maxLength)}]-(b))
  RETURN [n IN nodes(p) | ${projectViewNode('n', detail)}] AS nodes,
         [r IN relationships(p) | ${projectViewEdge('r', detail)}] AS edges`;
}

/**
 * A shortest path of at most `maxLength` relationships between two nodes, ignoring direction.
 * Reports unknown ids rather than treating them as "no path".
 */
export async function findPath(database: GraphDatabase, request: PathRequest): Promise<PathResult> {
  const ends = await database.read(FIND_ENDS, { ids: [request.from, request.to] });
  const unknown = ends.records.filter((record) => record.get('exists') !== true).map((record) => record.get('id') as string);
  if (unknown.length > 0) return { kind: 'unknown-id', ids: [...new Set(unknown)] };
  if (request.via.length === 0) return { kind: 'none' };
  if (request.from === request.to) {
    const single = await database.read(`MATCH (n:Node {id: $id}) RETURN ${projectViewNode('n', request.detail)} AS node`, { id: request.from });
    return { kind: 'found', view: toGraphView(single.records.map((record) => record.get('node')), [], false) };
  }
  const result = await database.read(pathQuery(request.maxLength, request.via, request.detail), { from: request.from, to: request.to });
  const row = result.records[0];
  if (row === undefined) return { kind: 'none' };
  return { kind: 'found', view: toGraphView(row.get('nodes') as unknown[], row.get('edges') as unknown[], false) };
}

import type { GraphDatabase } from '../graph-database';
import { RETRACTED_LABEL, type RelationshipType } from '../graph-model';
import type { GraphView, GraphViewDetail } from '../graph-view';
import { projectViewEdge, projectViewNode, toGraphView } from '../to-graph-view';
import { DRAFTS_PARAMETER, unlessDraft } from '../draft-visibility';

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

// Relationship types and the length bound cannot be parameters; both come from validated,
// fixed sets (the model's type list, an integer the caller bounded), never from user text.
//
// Between two bound nodes the planner expands into from the end with the smaller degree of the
// type and direction asked, so one arm per type and direction costs almost nothing between two
// hubs (a person's thousands of STATED relationships all point away from the other person),
// where one arm over all types would read the smaller hub's whole neighbourhood.
//
// The common neighbour is searched from the end with the smaller degree over the types asked
// (\`ends[0]\`; the degrees come from the degree store, without expanding), and each neighbour is
// checked against the far end inside a subquery (an expand-into from the neighbour, whose degree
// is small), which stops at the first hit; in one MATCH the planner hash-joins both ends' whole
// neighbourhoods instead.
//
// A retracted claim is never a step of a path (only an end, when asked for by id): the label is
// checked on each node the search reaches, which shortestPath applies while it expands.
//
// The three searches are one query, each guarded by the ones before it having found nothing: a
// subquery whose leading WHERE filters its only row never expands, so a hub pair found at length
// one or two costs no shortestPath. The ends are matched optionally, so the same single query
// also says which ids are unknown: the whole search is one round trip (a second one, for the
// ends' existence and degrees, cost Neo4j 0.8 ms a request of the 1.3 ms the search itself costs).
function pathQuery({ via, maxLength, detail }: Pick<PathRequest, 'via' | 'maxLength' | 'detail'>): string {
  const types = via.join('|');
  const arms = via.flatMap((type) => [
    `MATCH (a)-[r:${type}]->(b) WHERE ${unlessDraft('r')} RETURN r`,
    `MATCH (a)<-[r:${type}]-(b) WHERE ${unlessDraft('r')} RETURN r`,
  ]);
  const bound = Math.trunc(maxLength);
  return `
  OPTIONAL MATCH (a:Node {id: $from}) WHERE ${unlessDraft('a')}
  OPTIONAL MATCH (b:Node {id: $to}) WHERE ${unlessDraft('b')}
  WITH a, b, CASE
    WHEN a IS NULL OR b IS NULL THEN null
    WHEN COUNT { (a)-[:${types}]-() } <= COUNT { (b)-[:${types}]-() } THEN [a, b]
    ELSE [b, a]
  END AS ends
  OPTIONAL CALL (a, b, ends) {
    WITH a, b, ends WHERE ends IS NOT NULL
    CALL (a, b) { ${arms.join(' UNION ALL ')} }
    RETURN r AS direct LIMIT 1
  }
  OPTIONAL CALL (a, ends, direct) {
    WITH a, ends, direct WHERE ends IS NOT NULL AND direct IS NULL AND ${bound} >= 2
    WITH a, ends[0] AS near, ends[1] AS far
    MATCH (near)-[first:${types}]-(c)
    WHERE NOT c:${RETRACTED_LABEL} AND ${unlessDraft('c')} AND ${unlessDraft('first')}
    CALL (c, far) { MATCH (c)-[second:${types}]-(far) WHERE ${unlessDraft('second')} RETURN second LIMIT 1 }
    RETURN c AS middle, CASE WHEN near = a THEN [first, second] ELSE [second, first] END AS viaMiddle LIMIT 1
  }
  OPTIONAL CALL (a, b, ends, direct, middle) {
    WITH a, b, ends, direct, middle WHERE ends IS NOT NULL AND direct IS NULL AND middle IS NULL AND ${bound} >= 3
    MATCH p = shortestPath((a)-[:${types}*..${bound}]-(b))
    WHERE all(x IN nodes(p) WHERE (NOT x:${RETRACTED_LABEL} AND ${unlessDraft('x')}) OR x = a OR x = b)
      AND all(x IN relationships(p) WHERE ${unlessDraft('x')})
    RETURN p AS longer
  }
  WITH a, b, CASE
         WHEN direct IS NOT NULL THEN [[a, b], [direct]]
         WHEN middle IS NOT NULL THEN [[a, middle, b], viaMiddle]
         WHEN longer IS NOT NULL THEN [nodes(longer), relationships(longer)]
       END AS found
  RETURN a IS NULL AS fromUnknown, b IS NULL AS toUnknown,
    [n IN coalesce(found[0], []) | ${projectViewNode('n', detail)}] AS nodes,
    [r IN coalesce(found[1], []) | ${projectViewEdge('r', detail)}] AS edges`;
}

/**
 * A shortest path of at most `maxLength` relationships between two nodes, ignoring direction,
 * never through a retracted claim. Reports unknown ids rather than treating them as "no path".
 *
 * Paths of one and two relationships are looked for first, from the end with fewer
 * relationships: between two hubs `shortestPath` expands both whole neighbourhoods, while most
 * hubs share a neighbour. Only when neither exists does `shortestPath` look further. One round
 * trip, whichever case.
 */
export async function findPath(database: GraphDatabase, request: PathRequest): Promise<PathResult> {
  if (request.via.length === 0 || request.from === request.to) return endsOnly(database, request);
  const result = await database.read(pathQuery(request), {
    from: request.from,
    to: request.to,
    // No view argument asks for drafts: paths show what readers see, and a draft end is unknown.
    [DRAFTS_PARAMETER]: false,
  });
  const row = result.records[0];
  if (row === undefined) return { kind: 'none' };
  const unknown = [
    ...(row.get('fromUnknown') === true ? [request.from] : []),
    ...(row.get('toUnknown') === true ? [request.to] : []),
  ];
  if (unknown.length > 0) return { kind: 'unknown-id', ids: unknown };
  const nodes = row.get('nodes') as unknown[];
  if (nodes.length === 0) return { kind: 'none' };
  return { kind: 'found', view: toGraphView(nodes, row.get('edges') as unknown[], false) };
}

/**
 * A path that needs no search: from a node to itself (the node alone), or along no relationship
 * type (none between two nodes). Still one query, which says whether the ids exist.
 */
async function endsOnly(database: GraphDatabase, request: PathRequest): Promise<PathResult> {
  const found = await database.read(
    `UNWIND $ids AS id OPTIONAL MATCH (n:Node {id: id}) WHERE ${unlessDraft('n')} RETURN id, CASE WHEN n IS NULL THEN null ELSE ${projectViewNode('n', request.detail)} END AS node`,
    { ids: [...new Set([request.from, request.to])], [DRAFTS_PARAMETER]: false },
  );
  const unknown = found.records
    .filter((record) => record.get('node') === null)
    .map((record) => record.get('id') as string);
  if (unknown.length > 0) return { kind: 'unknown-id', ids: unknown };
  if (request.from !== request.to) return { kind: 'none' };
  return {
    kind: 'found',
    view: toGraphView(
      found.records.map((record): unknown => record.get('node')),
      [],
      false,
    ),
  };
}

import type { GraphDatabase } from '../graph-database';
import { RETRACTED_LABEL, type RelationshipType } from '../graph-model';
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

// Relationship types and the length bound cannot be parameters; both come from validated,
// fixed sets (the model's type list, an integer the caller bounded), never from user text.
// The degree over the allowed types comes from the degree store, without expanding.
function findEndsQuery(types: string): string {
  return `UNWIND $ids AS id OPTIONAL MATCH (n:Node {id: id})
  RETURN id, n IS NOT NULL AS exists, CASE WHEN n IS NULL THEN 0 ELSE COUNT { (n)-[:${types}]-() } END AS degree`;
}

// Between two bound nodes the planner expands into from the end with the smaller degree of the
// type and direction asked, so one arm per type and direction costs almost nothing between two
// hubs (a person's thousands of STATED relationships all point away from the other person),
// where one arm over all types would read the smaller hub's whole neighbourhood.
//
// The common neighbour is searched from the end \`near\` with the smaller degree, and each
// neighbour is checked against the far end inside a subquery (an expand-into from the neighbour,
// whose degree is small), which stops at the first hit; in one MATCH the planner hash-joins both
// ends' whole neighbourhoods instead.
//
// A retracted claim is never a step of a path (only an end, when asked for by id): the label is
// checked on each node the search reaches, which shortestPath applies while it expands.
//
// The three searches are one query, each guarded by the ones before it having found nothing: a
// subquery whose leading WHERE filters its only row never expands, so a hub pair found at length
// one or two costs no shortestPath, and the whole search is one round trip.
function pathQuery(
  { via, maxLength, detail }: Pick<PathRequest, 'via' | 'maxLength' | 'detail'>,
  near: 'a' | 'b',
): string {
  const types = via.join('|');
  const far = near === 'a' ? 'b' : 'a';
  const arms = via.flatMap((type) => [`MATCH (a)-[r:${type}]->(b) RETURN r`, `MATCH (a)<-[r:${type}]-(b) RETURN r`]);
  const bound = Math.trunc(maxLength);
  return `
  MATCH (a:Node {id: $from}), (b:Node {id: $to})
  OPTIONAL CALL (a, b) {
    CALL (a, b) { ${arms.join(' UNION ALL ')} }
    RETURN r AS direct LIMIT 1
  }
  OPTIONAL CALL (a, b, direct) {
    WITH a, b, direct WHERE direct IS NULL AND ${bound} >= 2
    MATCH (${near})-[first:${types}]-(c)
    WHERE NOT c:${RETRACTED_LABEL}
    CALL (c, ${far}) { MATCH (c)-[second:${types}]-(${far}) RETURN second LIMIT 1 }
    RETURN c AS middle, ${near === 'a' ? 'first AS toMiddle, second AS fromMiddle' : 'second AS toMiddle, first AS fromMiddle'} LIMIT 1
  }
  OPTIONAL CALL (a, b, direct, middle) {
    WITH a, b, direct, middle WHERE direct IS NULL AND middle IS NULL AND ${bound} >= 3
    MATCH p = shortestPath((a)-[:${types}*..${bound}]-(b))
    WHERE all(x IN nodes(p) WHERE NOT x:${RETRACTED_LABEL} OR x = a OR x = b)
    RETURN p AS longer
  }
  WITH CASE
         WHEN direct IS NOT NULL THEN [[a, b], [direct]]
         WHEN middle IS NOT NULL THEN [[a, middle, b], [toMiddle, fromMiddle]]
         WHEN longer IS NOT NULL THEN [nodes(longer), relationships(longer)]
       END AS found
  WHERE found IS NOT NULL
  RETURN [n IN found[0] | ${projectViewNode('n', detail)}] AS nodes, [r IN found[1] | ${projectViewEdge('r', detail)}] AS edges`;
}

/**
 * A shortest path of at most `maxLength` relationships between two nodes, ignoring direction,
 * never through a retracted claim. Reports unknown ids rather than treating them as "no path".
 *
 * Paths of one and two relationships are looked for first, from the end with fewer
 * relationships: between two hubs `shortestPath` expands both whole neighbourhoods, while most
 * hubs share a neighbour. Only when neither exists does `shortestPath` look further. Two round
 * trips: the ends (existence and degree), then the path.
 */
export async function findPath(database: GraphDatabase, request: PathRequest): Promise<PathResult> {
  const types = request.via.join('|');
  const ends = await database.read(findEndsQuery(types === '' ? 'STATED' : types), { ids: [request.from, request.to] });
  const unknown = ends.records
    .filter((record) => record.get('exists') !== true)
    .map((record) => record.get('id') as string);
  if (unknown.length > 0) return { kind: 'unknown-id', ids: [...new Set(unknown)] };
  if (request.via.length === 0) return { kind: 'none' };
  if (request.from === request.to) {
    const single = await database.read(
      `MATCH (n:Node {id: $id}) RETURN ${projectViewNode('n', request.detail)} AS node`,
      { id: request.from },
    );
    return {
      kind: 'found',
      view: toGraphView(
        single.records.map((record): unknown => record.get('node')),
        [],
        false,
      ),
    };
  }
  const [fromDegree, toDegree] = ends.records.map((record) => Number(record.get('degree')));
  const near = (fromDegree ?? 0) <= (toDegree ?? 0) ? 'a' : 'b';
  const result = await database.read(pathQuery(request, near), {
    from: request.from,
    to: request.to,
  });
  const row = result.records[0];
  if (row === undefined) return { kind: 'none' };
  return { kind: 'found', view: toGraphView(row.get('nodes') as unknown[], row.get('edges') as unknown[], false) };
}

import neo4j from 'neo4j-driver';
import { PROVENANCE_TYPES, RELATIONSHIP_TYPES } from '../src/graph/graph-model';
import { encodeCursor } from '../src/graph/read/cursor';
import { toLuceneQuery } from '../src/graph/read/to-lucene-query';
import { TIMELINE_WINDOW, type BenchSamples } from './pick-bench-samples';

/**
 * One operation of the benchmark, asked two ways for the same data: through the API (GraphQL
 * over HTTP) and by the best hand-written Cypher through the driver (the floor). The i-th
 * GraphQL request and the i-th Cypher query use the same sample.
 */
export interface BenchOperation {
  readonly name: string;
  readonly query: string;
  readonly variableSets: readonly Record<string, unknown>[];
  readonly cypher: string;
  readonly parameterSets: readonly Record<string, unknown>[];
  /** False when a GraphQL response lacks the data asked for (null where a value must be). */
  readonly hasData: (data: Record<string, unknown>) => boolean;
}

const int = (value: number) => neo4j.int(value);
const NESTED_PAGE = 10;
const SPEAKER_PAGE = 20;
const TIMELINE_PAGE = 50;
const SEARCH_RESULTS = 10;
const NEIGHBORHOOD = { depth: 2, limit: 200 };
/** As the graph layer's EDGES_AMONG_NODES: a hub's edges are found from their other ends. */
const HUB_DEGREE = 500;
const PATH_MAX_LENGTH = 6;
const PATH_TYPE_LIST = RELATIONSHIP_TYPES.filter((type) => !PROVENANCE_TYPES.includes(type));
const PATH_TYPES = PATH_TYPE_LIST.join('|');
const PATH_DIRECT_ARMS = PATH_TYPE_LIST.flatMap((type) => [
  `MATCH (a)-[r:${type}]->(b) RETURN r`,
  `MATCH (a)<-[r:${type}]-(b) RETURN r`,
]);

// Totals count STATED without the end label: every STATED ends at a claim, and without a label
// Neo4j reads the count from the node's degree instead of expanding every relationship.
const PERSON_NESTED = {
  query: `query PersonStatements($id: ID!) {
  node(id: $id) {
    id
    ... on Person {
      name
      statements(first: ${NESTED_PAGE}) {
        totalCount
        edges { node { id ... on Claim { text kind
          about { __typename id ... on Entity { name } ... on Event { name } }
          evidence { start end source { id title } } } } }
      }
    }
  }
}`,
  cypher: `
MATCH (p:Node {id: $id})
CALL (p) {
  MATCH (p)-[:STATED]->(c:Claim)
  WITH c ORDER BY c.id LIMIT $limit
  RETURN collect({id: c.id, text: c.text, kind: c.kind,
    about: [(c)-[:ABOUT]->(s) | {id: s.id, labels: labels(s), name: s.name}],
    evidence: [(c)-[r:APPEARS_IN]->(src) | {start: r.start, end: r.end, sourceId: src.id, title: src.title}]}) AS statements
}
RETURN p.id AS id, p.name AS name, COUNT { (p)-[:STATED]->() } AS total, statements`,
};

const SEARCH = {
  query: `query Search($text: String!) {
  search(text: $text, first: ${SEARCH_RESULTS}) {
    score
    node { __typename id ... on Entity { name } ... on Event { name } ... on Source { title } ... on Claim { text } }
  }
}`,
  cypher: `
CALL () {
  CALL db.index.fulltext.queryNodes('name_search', $lucene, {limit: $limit}) YIELD node, score RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('claim_search', $lucene, {limit: $limit}) YIELD node, score RETURN node, score
}
WITH node, score ORDER BY score DESC, node.id LIMIT $limit
RETURN node.id AS id, labels(node) AS labels, coalesce(node.name, node.title) AS name,
       CASE WHEN node:Claim THEN node.text END AS text, score`,
};

const CLAIMS_BY_SPEAKER = {
  query: `query SpeakerClaims($speaker: ID!, $after: String) {
  claims(where: {speaker: {id: {eq: $speaker}}}, first: ${SPEAKER_PAGE}, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id ... on Claim { text kind quote } } }
  }
}`,
  cypher: `
MATCH (s:Node {id: $speaker})
CALL (s) {
  MATCH (s)-[:STATED]->(m:Claim)
  WHERE $after IS NULL OR m.id > $after
  WITH m ORDER BY m.id LIMIT $limit
  RETURN collect({id: m.id, text: m.text, kind: m.kind, quote: m.quote}) AS page
}
RETURN COUNT { (s)-[:STATED]->() } AS total, page`,
};

const NEIGHBORHOOD_OF_HUB = {
  query: `query Neighborhood($id: ID!) {
  neighborhood(id: $id, depth: ${NEIGHBORHOOD.depth}, limit: ${NEIGHBORHOOD.limit}) {
    truncated
    nodes { id type label degree }
    edges { id type source target }
  }
}`,
  cypher: `
MATCH (start:Node {id: $id})
CALL (start) {
  MATCH (start)--(n)
  WITH DISTINCT n LIMIT $cap
  RETURN collect(n) AS level1
}
CALL (start, level1) {
  UNWIND level1 AS a
  MATCH (a)--(n)
  WHERE n <> start AND NOT n IN level1
  WITH DISTINCT n LIMIT $cap
  RETURN collect(n) AS level2
}
WITH start, level1 + level2 AS found
WITH [start] + found[..$limit] AS nodes, size(found) > $limit AS truncated
CALL (nodes) {
  UNWIND nodes AS a
  WITH a WHERE COUNT { (a)--() } <= $hubDegree
  MATCH (a)-[r]-(b) WHERE b IN nodes
  RETURN r
  UNION
  WITH [n IN nodes WHERE COUNT { (n)--() } > $hubDegree] AS hubs
  UNWIND hubs AS a
  UNWIND hubs AS b
  MATCH (a)-[r]->(b)
  RETURN r
}
WITH nodes, truncated, collect(DISTINCT {type: type(r), source: startNode(r).id, target: endNode(r).id}) AS edges
RETURN [n IN nodes | {id: n.id, labels: labels(n), label: coalesce(n.name, n.title, n.text), degree: COUNT { (n)--() }}] AS nodes,
       edges, truncated`,
};

const PATH_BETWEEN_HUBS = {
  query: `query Path($from: ID!, $to: ID!) {
  path(from: $from, to: $to, maxLength: ${PATH_MAX_LENGTH}) {
    nodes { id type label }
    edges { id type source target }
  }
}`,
  // The best Cypher for a path between hubs: a plain shortestPath expands both hubs' whole
  // neighbourhoods (200 ms at 1M nodes), so the floor, like the API, looks for a direct
  // relationship, then a common neighbour from the end with the smaller degree, and only then
  // runs shortestPath; one query, picking the ends' order itself.
  cypher: `
MATCH (a:Node {id: $from}), (b:Node {id: $to})
OPTIONAL CALL (a, b) {
  CALL (a, b) { ${PATH_DIRECT_ARMS.join(' UNION ALL ')} }
  RETURN r AS direct LIMIT 1
}
WITH a, b, direct, CASE WHEN COUNT { (a)-[:${PATH_TYPES}]-() } <= COUNT { (b)-[:${PATH_TYPES}]-() } THEN [a, b] ELSE [b, a] END AS ends
OPTIONAL CALL (ends, direct) {
  WITH ends, direct WHERE direct IS NULL
  WITH ends[0] AS near, ends[1] AS far
  MATCH (near)-[first:${PATH_TYPES}]-(c)
  CALL (c, far) { MATCH (c)-[second:${PATH_TYPES}]-(far) RETURN second LIMIT 1 }
  RETURN c AS middle, [first, second] AS viaMiddle LIMIT 1
}
OPTIONAL CALL (a, b, direct, middle) {
  WITH a, b, direct, middle WHERE direct IS NULL AND middle IS NULL
  MATCH p = shortestPath((a)-[:${PATH_TYPES}*..${PATH_MAX_LENGTH}]-(b))
  RETURN p AS longer
}
WITH CASE
       WHEN direct IS NOT NULL THEN [[a, b], [direct]]
       WHEN middle IS NOT NULL THEN [[a, middle, b], viaMiddle]
       WHEN longer IS NOT NULL THEN [nodes(longer), relationships(longer)]
     END AS found
WHERE found IS NOT NULL
RETURN [n IN found[0] | {id: n.id, labels: labels(n), label: coalesce(n.name, n.title, n.text)}] AS nodes,
       [r IN found[1] | {type: type(r), source: startNode(r).id, target: endNode(r).id}] AS edges`,
};

const TIMELINE = {
  query: `query Timeline($after: String) {
  events(where: {date: {gte: "2025", lte: "2025"}}, first: ${TIMELINE_PAGE}, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id ... on Event { name date datePrecision dateText status } } }
  }
}`,
  // The cursor condition is written so the planner can seek the startsOn index from the cursor.
  cypher: `
CALL () {
  MATCH (x:Event) WHERE x.startsOn <= $to AND x.endsOn >= $from
  RETURN count(x) AS total
}
CALL () {
  MATCH (m:Event)
  WHERE m.startsOn <= $to AND m.endsOn >= $from
    AND ($afterDay IS NULL OR m.startsOn > $afterDay OR (m.startsOn = $afterDay AND m.id > $afterId))
  WITH m ORDER BY m.startsOn, m.id LIMIT $limit
  RETURN collect({id: m.id, name: m.name, date: m.date, datePrecision: m.datePrecision, dateText: m.dateText, status: m.status}) AS page
}
RETURN total, page`,
};

/** The operations, with their samples; the names are the keys of the results. */
export function listBenchOperations(samples: BenchSamples): BenchOperation[] {
  const notNull = (field: string) => (data: Record<string, unknown>) =>
    data[field] !== null && data[field] !== undefined;
  return [
    {
      name: 'person by id, nested',
      ...PERSON_NESTED,
      variableSets: samples.speakers.map((id) => ({ id })),
      parameterSets: samples.speakers.map((id) => ({ id, limit: int(NESTED_PAGE + 1) })),
      hasData: notNull('node'),
    },
    {
      name: 'search',
      ...SEARCH,
      variableSets: samples.searchTexts.map((text) => ({ text })),
      parameterSets: samples.searchTexts.map((text) => ({
        lucene: toLuceneQuery(text, 'any'),
        limit: int(SEARCH_RESULTS),
      })),
      hasData: notNull('search'),
    },
    {
      name: 'claims by speaker',
      ...CLAIMS_BY_SPEAKER,
      variableSets: samples.speakerPages.map(({ speaker, after }) => ({
        speaker,
        after: after === null ? null : encodeCursor([after]),
      })),
      parameterSets: samples.speakerPages.map(({ speaker, after }) => ({
        speaker,
        after,
        limit: int(SPEAKER_PAGE + 1),
      })),
      hasData: notNull('claims'),
    },
    {
      name: 'neighborhood depth 2',
      ...NEIGHBORHOOD_OF_HUB,
      variableSets: samples.hubs.map((id) => ({ id })),
      parameterSets: samples.hubs.map((id) => ({
        id,
        cap: int(NEIGHBORHOOD.limit + 1),
        limit: int(NEIGHBORHOOD.limit),
        hubDegree: int(HUB_DEGREE),
      })),
      hasData: notNull('neighborhood'),
    },
    {
      name: 'path between hubs',
      ...PATH_BETWEEN_HUBS,
      variableSets: samples.hubPairs.map(([from, to]) => ({ from, to })),
      parameterSets: samples.hubPairs.map(([from, to]) => ({ from, to })),
      // No path within the bound is a valid answer (null), not an error.
      hasData: () => true,
    },
    {
      name: 'timeline 2025',
      ...TIMELINE,
      variableSets: samples.timelinePages.map((after) => ({ after: after === null ? null : encodeCursor(after) })),
      parameterSets: samples.timelinePages.map((after) => ({
        ...TIMELINE_WINDOW,
        afterDay: after?.[0] ?? null,
        afterId: after?.[1] ?? null,
        limit: int(TIMELINE_PAGE + 1),
      })),
      hasData: notNull('events'),
    },
  ];
}

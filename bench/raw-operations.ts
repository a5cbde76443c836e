import neo4j from 'neo4j-driver';
import { PROVENANCE_TYPES, RELATIONSHIP_TYPES } from '../src/graph/graph-model';
import { toLuceneQuery } from '../src/graph/to-lucene-query';
import { FILTERED_KINDS, PAGE_SIZES, type OperationKey, type RawQueries } from './operation-sides';
import { TIMELINE_WINDOW, type BenchSamples } from './pick-bench-samples';

const int = (value: number) => neo4j.int(value);
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
const PERSON_NESTED = `
MATCH (p:Node {id: $id})
CALL (p) {
  MATCH (p)-[:STATED]->(c:Claim)
  WITH c ORDER BY c.id LIMIT $limit
  RETURN collect({id: c.id, text: c.text, kind: c.kind,
    about: [(c)-[:ABOUT]->(s) | {id: s.id, labels: labels(s), name: s.name}],
    evidence: [(c)-[r:APPEARS_IN]->(src) | {start: r.start, end: r.end, sourceId: src.id, title: src.title}]}) AS statements
}
RETURN p.id AS id, p.name AS name, COUNT { (p)-[:STATED]->() } AS total, statements`;

const SEARCH = `
CALL () {
  CALL db.index.fulltext.queryNodes('name_search', $lucene, {limit: $limit}) YIELD node, score RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('claim_search', $lucene, {limit: $limit}) YIELD node, score RETURN node, score
}
WITH node, score ORDER BY score DESC, node.id LIMIT $limit
RETURN node.id AS id, labels(node) AS labels, coalesce(node.name, node.title) AS name,
       CASE WHEN node:Claim THEN node.text END AS text, score`;

const CLAIMS_BY_SPEAKER = `
MATCH (s:Node {id: $speaker})
CALL (s) {
  MATCH (s)-[:STATED]->(m:Claim)
  WHERE $after IS NULL OR m.id > $after
  WITH m ORDER BY m.id LIMIT $limit
  RETURN collect({id: m.id, text: m.text, kind: m.kind, quote: m.quote}) AS page
}
RETURN COUNT { (s)-[:STATED]->() } AS total, page`;

const NEIGHBORHOOD_OF_HUB = `
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
       edges, truncated`;

// The best Cypher for a path between hubs: a plain shortestPath expands both hubs' whole
// neighbourhoods (200 ms at 1M nodes), so the floor, like the API, looks for a direct
// relationship, then a common neighbour from the end with the smaller degree, and only then
// runs shortestPath; one query, picking the ends' order itself.
const PATH_BETWEEN_HUBS = `
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
       [r IN found[1] | {type: type(r), source: startNode(r).id, target: endNode(r).id}] AS edges`;

// The cursor condition is written so the planner can seek the startsOn index from the cursor.
const TIMELINE = `
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
RETURN total, page`;

// The first `limit` people named `fromName` or after, each with their first statements by id and
// the events they took part in (chronological, undated last) with the places, by name.
const PEOPLE_NESTED = `
MATCH (p:Person) WHERE p.name >= $fromName
WITH p ORDER BY p.name, p.id LIMIT $limit
RETURN p.id AS id, p.name AS name,
  COLLECT {
    MATCH (p)-[:STATED]->(c:Claim)
    WITH c ORDER BY c.id LIMIT $statements
    RETURN {id: c.id, text: c.text, kind: c.kind}
  } AS statements,
  COLLECT {
    MATCH (p)-[r:PARTICIPATED_IN]->(e:Event)
    WITH r, e ORDER BY coalesce(e.startsOn, '9999'), e.id
    RETURN {role: r.role, id: e.id, name: e.name, date: e.date,
      places: COLLECT { MATCH (e)-[:OCCURRED_AT]->(pl:Place) WITH pl ORDER BY pl.name, pl.id RETURN {id: pl.id, name: pl.name} }}
  } AS events`;

// Claims about one subject of the given kinds, newest id first, with their speakers and how many
// there are in all. The claims are read once, for both: a count and a page apart read each of a
// hub's claims twice (at 1M nodes 21–23 against 15–16 ms of Neo4j CPU a request).
const FILTERED_CLAIMS = `
MATCH (s:Node {id: $subject})<-[:ABOUT]-(c:Claim) WHERE c.kind IN $kinds
WITH collect(c) AS found
RETURN size(found) AS total,
  COLLECT {
    UNWIND found AS c
    WITH c ORDER BY c.id DESC LIMIT $limit
    RETURN {id: c.id, text: c.text, kind: c.kind,
      speaker: COLLECT { MATCH (c)<-[:STATED]-(a) RETURN {id: a.id, name: a.name} }}
  } AS page`;

// Who made claims about one subject, with how many, most first.
const COUNTS_BY_SPEAKER = `
MATCH (:Node {id: $subject})<-[:ABOUT]-(c:Claim)<-[:STATED]-(speaker)
WITH speaker, count(c) AS claims ORDER BY claims DESC, speaker.id LIMIT $limit
RETURN speaker.id AS id, speaker.name AS name, claims`;

/**
 * The floor of each operation: the best single Cypher query a person would write for the same
 * answer, sent through the driver, with the same samples as the GraphQL sides.
 */
export const RAW_OPERATIONS: Readonly<Record<OperationKey, (samples: BenchSamples) => RawQueries>> = {
  personStatements: (samples) => ({
    cypher: PERSON_NESTED,
    parameterSets: samples.speakers.map((id) => ({ id, limit: int(PAGE_SIZES.personStatements + 1) })),
  }),
  search: (samples) => ({
    cypher: SEARCH,
    parameterSets: samples.searchTexts.map((text) => ({
      lucene: toLuceneQuery(text, 'any'),
      limit: int(PAGE_SIZES.search),
    })),
  }),
  speakerClaims: (samples) => ({
    cypher: CLAIMS_BY_SPEAKER,
    parameterSets: samples.speakerPages.map(({ speaker, after }) => ({
      speaker,
      after,
      limit: int(PAGE_SIZES.speakerClaims + 1),
    })),
  }),
  neighborhood: (samples) => ({
    cypher: NEIGHBORHOOD_OF_HUB,
    parameterSets: samples.hubs.map((id) => ({
      id,
      cap: int(NEIGHBORHOOD.limit + 1),
      limit: int(NEIGHBORHOOD.limit),
      hubDegree: int(HUB_DEGREE),
    })),
  }),
  path: (samples) => ({
    cypher: PATH_BETWEEN_HUBS,
    parameterSets: samples.hubPairs.map(([from, to]) => ({ from, to })),
  }),
  timeline: (samples) => ({
    cypher: TIMELINE,
    parameterSets: samples.timelinePages.map(({ after }) => ({
      ...TIMELINE_WINDOW,
      afterDay: after?.[0] ?? null,
      afterId: after?.[1] ?? null,
      limit: int(PAGE_SIZES.timeline + 1),
    })),
  }),
  peopleNested: (samples) => ({
    cypher: PEOPLE_NESTED,
    parameterSets: samples.peopleFromNames.map((fromName) => ({
      fromName,
      limit: int(PAGE_SIZES.people),
      statements: int(PAGE_SIZES.statementsPerPerson),
    })),
  }),
  filteredClaims: (samples) => ({
    cypher: FILTERED_CLAIMS,
    parameterSets: samples.speakers.map((subject) => ({
      subject,
      kinds: [...FILTERED_KINDS],
      limit: int(PAGE_SIZES.filteredClaims),
    })),
  }),
  countsBySpeaker: (samples) => ({
    cypher: COUNTS_BY_SPEAKER,
    parameterSets: samples.speakers.map((subject) => ({ subject, limit: int(PAGE_SIZES.speakerGroups) })),
  }),
};

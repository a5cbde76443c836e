/**
 * The GraphQL operations the explorer runs, each wrapped in a function that returns plain data.
 * Shapes are documented here once; the rest of the page relies on them.
 */
import { requestGraphQL } from './graphql-client.js';

/**
 * @typedef {{ id: string, type: string, label: string, degree: number, properties: Record<string, any> }} GraphNode
 * @typedef {{ id: string, type: string, source: string, target: string, properties: Record<string, any> }} GraphEdge
 * @typedef {{ nodes: GraphNode[], edges: GraphEdge[], truncated: boolean }} Graph
 * @typedef {{ id: string, type: string, label: string, score: number }} SearchResult
 * @typedef {{ id: string, name: string, kind: string, status: string, date: string | null,
 *   endDate: string | null, datePrecision: 'YEAR' | 'MONTH' | 'DAY' | null, dateText: string | null }} TimelineEvent
 * @typedef {{ start: number, end: number, text: string, source: { id: string, title: string } }} Evidence
 * @typedef {{ id: string, text: string, quote: string | null, kind: string,
 *   speaker: { id: string, name: string } | null, evidence: Evidence[] }} ClaimDetails
 */

const GRAPH_FIELDS = 'nodes { id type label degree properties } edges { id type source target properties } truncated';

const SEARCH = `query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    score
    node {
      id __typename
      ... on Entity { name }
      ... on Event { name }
      ... on Claim { text }
      ... on Source { title }
    }
  }
}`;

const NEIGHBORHOOD = `query Neighborhood($id: ID!, $depth: Int, $limit: Int, $types: [NodeType!]) {
  neighborhood(id: $id, depth: $depth, limit: $limit, types: $types) { ${GRAPH_FIELDS} }
}`;

const PATH = `query Path($from: ID!, $to: ID!, $maxLength: Int) {
  path(from: $from, to: $to, maxLength: $maxLength) { ${GRAPH_FIELDS} }
}`;

const EVENTS = `query Timeline($first: Int, $after: String) {
  events(first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { id name kind status date endDate datePrecision dateText } }
  }
}`;

const CLAIM = `query Claim($id: ID!) {
  node(id: $id) {
    ... on Claim {
      id text quote kind
      speaker { ... on Person { id name } ... on Organization { id name } }
      evidence { start end text source { id title } }
    }
  }
}`;

const SOURCE_TEXTS = `query SourceTexts($ids: [ID!]!) {
  nodes(ids: $ids) { ... on Source { id title text } }
}`;

const FIRST_SOURCE = 'query FirstSource { sources(first: 1) { edges { node { id } } } }';

/** The GraphQL __typename of each node type, for search hits (which carry no `type`). */
const NODE_TYPE_OF_TYPENAME = {
  Person: 'PERSON',
  Organization: 'ORGANIZATION',
  Place: 'PLACE',
  Event: 'EVENT',
  Claim: 'CLAIM',
  Source: 'SOURCE',
};

/**
 * Full-text search, best match first; an empty list when nothing matches.
 * @param {string} text
 * @param {number} first
 * @returns {Promise<SearchResult[]>}
 */
export async function searchNodes(text, first) {
  /** @type {{ search: { score: number, node: Record<string, any> }[] }} */
  const data = await requestGraphQL(SEARCH, { text, first });
  return data.search.map(({ score, node }) => ({
    id: node.id,
    type: NODE_TYPE_OF_TYPENAME[/** @type {keyof typeof NODE_TYPE_OF_TYPENAME} */ (node.__typename)] ?? node.__typename,
    label: node.name ?? node.title ?? node.text ?? node.id,
    score,
  }));
}

/**
 * The nodes around `id` and every relationship among them. An unknown id is an ApiError with
 * code NOT_FOUND.
 * @param {string} id
 * @param {{ depth?: number, limit?: number, types?: string[] | null }} [options]
 * @returns {Promise<Graph>}
 */
export async function fetchNeighborhood(id, { depth = 1, limit = 200, types = null } = {}) {
  const data = await requestGraphQL(NEIGHBORHOOD, { id, depth, limit, types });
  return data.neighborhood;
}

/**
 * A shortest path between two ids, or null when none is at most `maxLength` steps long.
 * @param {string} from
 * @param {string} to
 * @param {number} maxLength
 * @returns {Promise<Graph | null>}
 */
export async function fetchPath(from, to, maxLength) {
  const data = await requestGraphQL(PATH, { from, to, maxLength });
  return data.path;
}

/**
 * Every event in timeline order (undated ones last), read a page at a time because the server
 * bounds the page size.
 * @param {number} pageSize
 * @returns {Promise<TimelineEvent[]>}
 */
export async function fetchAllEvents(pageSize) {
  /** @type {TimelineEvent[]} */
  const events = [];
  let after = null;
  for (;;) {
    /** @type {{ events: { edges: { node: TimelineEvent }[], pageInfo: { hasNextPage: boolean, endCursor: string | null } } }} */
    const data = await requestGraphQL(EVENTS, { first: pageSize, after });
    events.push(...data.events.edges.map((edge) => edge.node));
    if (!data.events.pageInfo.hasNextPage) return events;
    after = data.events.pageInfo.endCursor;
  }
}

/**
 * A claim with its speaker and evidence spans, or null when the id is not a claim.
 * @param {string} id
 * @returns {Promise<ClaimDetails | null>}
 */
export async function fetchClaim(id) {
  const data = await requestGraphQL(CLAIM, { id });
  return data.node?.text === undefined ? null : data.node;
}

/** Source texts are the biggest thing the page reads and never change while it is open. */
const sourceTextCache = new Map();

/**
 * The full text of each source, by id. Ids that are not sources are left out of the map.
 * @param {string[]} ids
 * @returns {Promise<Map<string, { id: string, title: string, text: string }>>}
 */
export async function fetchSourceTexts(ids) {
  const missing = [...new Set(ids)].filter((id) => !sourceTextCache.has(id));
  if (missing.length > 0) {
    const data = await requestGraphQL(SOURCE_TEXTS, { ids: missing });
    for (const source of data.nodes) if (source?.text !== undefined) sourceTextCache.set(source.id, source);
  }
  return new Map(ids.filter((id) => sourceTextCache.has(id)).map((id) => [id, sourceTextCache.get(id)]));
}

/**
 * The person with the most relationships among those the first source mentions: a good first
 * view, found with two small requests (the source's people carry their degree). Null on an
 * empty graph.
 * @returns {Promise<string | null>}
 */
export async function findBusiestPerson() {
  const data = await requestGraphQL(FIRST_SOURCE);
  const sourceId = data.sources.edges[0]?.node.id;
  if (sourceId === undefined) return null;
  const people = await fetchNeighborhood(sourceId, { depth: 1, limit: 1000, types: ['PERSON'] });
  const ranked = people.nodes.filter((node) => node.type === 'PERSON').sort((a, b) => b.degree - a.degree);
  return ranked[0]?.id ?? null;
}

import type { GraphDatabase } from '../../src/graph/graph-database';
import { findNeighborhood } from '../../src/graph/read/find-neighborhood';
import { findPath } from '../../src/graph/read/find-path';
import { PROVENANCE_TYPES, RELATIONSHIP_TYPES } from '../../src/graph/graph-model';
import {
  captureOperations,
  named,
  RecordingDatabase,
  type CapturedQuery,
  type Operation,
} from '../support/capture-compiled-cypher';

export type { CapturedQuery } from '../support/capture-compiled-cypher';

/** Ids of a loaded graph to fill the queries' parameters with. */
export interface HotQueryIds {
  readonly person: string;
  readonly otherPerson: string;
  readonly claim: string;
  readonly source: string;
}

const CLAIM_FIELDS = `id text kind speaker { ... on Node { id } } about { id }
  evidence { start end source { id title } excerpt { text } } disputes { id } disputedBy { id } supports { id } supportedBy { id }`;

/** The hot GraphQL operations, each compiled to one statement per root field. */
function hotOperations(ids: HotQueryIds): Operation[] {
  const claims = (filter: string) => `query($after: String) { claims(${filter}, first: 20, after: $after) {
    totalCount edges { node { ${CLAIM_FIELDS} } } } }`;
  return [
    { name: 'node by id', query: `query($id: ID!) { node(id: $id) { id } }`, variables: { id: ids.person } },
    {
      name: 'nodes by ids',
      query: `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
      variables: { ids: [ids.person, ids.claim, ids.source] },
    },
    {
      name: 'person with every relationship field',
      query: `query($id: ID!) { node(id: $id) { ... on Person { name mentionedIn { id }
        statements(first: 20) { totalCount edges { node { ${CLAIM_FIELDS} } } }
        claimsAbout(first: 20) { totalCount edges { node { id } } }
        events { role event { id places { id } parts { id } partOf { id } participants { role agent { ... on Node { id } } } } }
        leads { title led { ... on Node { id } } } } } }`,
      variables: { id: ids.person },
    },
    {
      name: 'places and organizations with every relationship field',
      query: `{ places(first: 5) { edges { node { partOf { id } parts { id } events { id } leaders { title person { id } }
        organizations { id basedIn { id } leaders { person { id } } events { role } } } } } }`,
      variables: {},
    },
    {
      name: 'source with claims and mentions',
      query: `query($id: ID!) { node(id: $id) { ... on Source { claims(first: 20) { totalCount edges { node { id } } }
        mentions(types: [PERSON, PLACE]) { id } } } }`,
      variables: { id: ids.source },
    },
    { name: 'claims by speaker', query: claims(`where: {speaker: {id: {eq: "${ids.person}"}}}`), variables: {} },
    {
      name: 'claims by speaker, second page',
      query: claims(`where: {speaker: {id: {eq: "${ids.person}"}}}`),
      variables: { after: cursor('id ASC', [ids.claim]) },
    },
    { name: 'claims about', query: claims(`where: {about: {some: {id: {eq: "${ids.person}"}}}}`), variables: {} },
    {
      name: 'claims by speaker of a kind',
      query: claims(`where: {speaker: {id: {eq: "${ids.person}"}}, kind: {eq: QUOTE}}`),
      variables: {},
    },
    {
      name: 'people by name',
      query: `{ people(first: 20) { totalCount edges { cursor node { id name } } } }`,
      variables: {},
    },
    ...inIndexOrder(),
    {
      name: 'claim network of a speaker',
      query: `query($id: ID!) { claimNetwork(where: {speaker: {id: {eq: $id}}}) {
        truncated nodes { id label degree } edges { source target properties } } }`,
      variables: { id: ids.person },
    },
    {
      name: 'claim network about a subject',
      query: `query($id: ID!) { claimNetwork(where: {about: {some: {id: {eq: $id}}}, kind: {eq: QUOTE}}) {
        nodes { id } edges { source target properties } } }`,
      variables: { id: ids.person },
    },
    ...timelines(),
    {
      name: 'search',
      query: `{ search(text: "Venn grain") { score node { id ... on Claim { speaker { ... on Node { id } } } } } }`,
      variables: {},
    },
  ];
}

/**
 * Lists read in an order an index holds, forwards and backwards: people, organizations and
 * places by name, all claims by id or kind.
 */
function inIndexOrder(): Operation[] {
  const list = (field: string, args: string) => `query($after: String, $before: String) {
    ${field}(${args}, after: $after, before: $before) { totalCount edges { cursor node { id name } } } }`;
  const middle = (order: string) => cursor(order, ['M', '']);
  return [
    { name: 'people by name, descending', query: list('people', 'orderBy: [{name: DESC}], first: 20'), variables: {} },
    {
      name: 'people by name, next page',
      query: list('people', 'first: 20'),
      variables: { after: middle('name ASC, id ASC') },
    },
    { name: 'people by name, last page', query: list('people', 'last: 20'), variables: {} },
    {
      name: 'people by name, page before a cursor',
      query: list('people', 'last: 20'),
      variables: { before: middle('name ASC, id ASC') },
    },
    {
      name: 'organizations by name, descending, next page',
      query: list('organizations', 'orderBy: [{name: DESC}], first: 20'),
      variables: { after: middle('name DESC, id ASC') },
    },
    {
      name: 'places by name, descending, page before a cursor',
      query: list('places', 'orderBy: [{name: DESC}], last: 20'),
      variables: { before: middle('name DESC, id ASC') },
    },
    { name: 'all claims by id', query: `{ claims(first: 20) { edges { cursor node { id } } } }`, variables: {} },
    {
      name: 'all claims by kind, descending',
      query: `{ claims(orderBy: [{kind: DESC}], first: 20) { edges { cursor node { id } } } }`,
      variables: {},
    },
  ];
}

/**
 * Orders that no index holds: each page sorts every node that matches (Neo4j keeps only the
 * best `first + 1` while it reads them all, but it reads them all). Not hot operations: the
 * default orders are the ones lists are read in.
 */
function sortingOperations(ids: HotQueryIds): Operation[] {
  const page = (field: string, args: string) =>
    `{ ${field}(${args}, first: 20) { totalCount edges { cursor node { id } } } }`;
  return [
    { name: 'people by degree', query: page('people', 'orderBy: [{degree: DESC}]'), variables: {} },
    { name: 'events newest first', query: page('events', 'orderBy: [{date: DESC}]'), variables: {} },
    { name: 'events by name', query: page('events', 'orderBy: [{name: ASC}]'), variables: {} },
    { name: 'sources newest first', query: page('sources', 'orderBy: [{published: DESC}]'), variables: {} },
    { name: 'claims by publication date', query: page('claims', 'orderBy: [{published: DESC}]'), variables: {} },
    {
      name: "a speaker's claims by kind",
      query: page('claims', `orderBy: [{kind: ASC}], where: {speaker: {id: {eq: "${ids.person}"}}}`),
      variables: {},
    },
  ];
}

/** The statements of the orders that must sort (see sortingOperations). */
export function captureSortingQueries(ids: HotQueryIds): Promise<CapturedQuery[]> {
  return captureOperations(sortingOperations(ids));
}

function timelines() {
  const timeline = (window: string) => `query($after: String) { events(${window}, first: 50, after: $after) {
    totalCount edges { node { id date participants { agent { ... on Node { id } } } places { id } } } } }`;
  return [
    { name: 'timeline', query: timeline('where: {date: {gte: "2025", lte: "2025"}}'), variables: {} },
    {
      name: 'timeline, next page',
      query: timeline('where: {date: {gte: "2025", lte: "2025"}}'),
      variables: { after: cursor('date ASC, id ASC', ['2025-03-01', 'event:synthetic-a1-e1']) },
    },
    { name: 'timeline from a day on', query: timeline('where: {date: {gte: "2025-01-01"}}'), variables: {} },
    { name: 'timeline up to a day', query: timeline('where: {date: {lte: "2025-12-31"}}'), variables: {} },
    {
      name: 'timeline newest first',
      query: timeline('where: {date: {gte: "2025", lte: "2025"}}, orderBy: [{date: DESC}]'),
      variables: {},
    },
  ];
}

/** A cursor of a page read in `order` (its signature, e.g. `name DESC, id ASC`), at `key`. */
function cursor(order: string, key: readonly string[]): string {
  return Buffer.from(JSON.stringify({ order, key }), 'utf8').toString('base64url');
}

/**
 * The queries behind the hot operations: the compiled statements of lookups by id, of every
 * relationship field, of claims by speaker or subject, of a timeline window (first and next
 * page, and windows open at either end) and of search; and the tuned depth-2 neighbourhood and
 * path queries, and the claim network of one speaker or subject.
 */
export async function captureHotQueries(ids: HotQueryIds): Promise<CapturedQuery[]> {
  const captured = await captureOperations(hotOperations(ids));
  const pathTypes = RELATIONSHIP_TYPES.filter((type) => !PROVENANCE_TYPES.includes(type));
  for (const detail of ['summary', 'full'] as const) {
    const neighborhood = new RecordingDatabase();
    await findNeighborhood(neighborhood as unknown as GraphDatabase, {
      id: ids.person,
      depth: 2,
      limit: 200,
      labels: null,
      detail,
    });
    captured.push(...named(`neighborhood depth 2, ${detail}`, neighborhood));
    const path = new RecordingDatabase();
    await findPath(path as unknown as GraphDatabase, {
      from: ids.person,
      to: ids.otherPerson,
      maxLength: 6,
      via: pathTypes,
      detail,
    });
    captured.push(...named(`path, ${detail}`, path));
  }
  return captured;
}

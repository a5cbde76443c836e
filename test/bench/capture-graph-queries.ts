import type { GraphDatabase, QueryParameters } from '../../src/graph/graph-database';
import { findEvidence } from '../../src/graph/read/find-evidence';
import { findNeighborhood } from '../../src/graph/read/find-neighborhood';
import { findNodesByIds } from '../../src/graph/read/find-nodes-by-ids';
import { findPath } from '../../src/graph/read/find-path';
import { listClaims } from '../../src/graph/read/list-claims';
import { listEvents } from '../../src/graph/read/list-root-nodes';
import { findRelatedPages, type ConnectionName } from '../../src/graph/read/related-connections';
import { findRelatedNodes, RELATIONS, type RelationName } from '../../src/graph/read/related-nodes';
import { searchNodes } from '../../src/graph/read/search-nodes';
import { PROVENANCE_TYPES, RELATIONSHIP_TYPES } from '../../src/graph/graph-model';

/** A query exactly as the graph layer sends it, with the parameters it sends. */
export interface CapturedQuery {
  readonly name: string;
  readonly cypher: string;
  readonly parameters: QueryParameters;
}

/** Ids of a loaded graph to fill the queries' parameters with. */
export interface HotQueryIds {
  readonly person: string;
  readonly otherPerson: string;
  readonly claim: string;
  readonly source: string;
}

/**
 * Stands in for GraphDatabase: records every read and answers it with no records, so the graph
 * layer's functions can be called for the Cypher they send without a database (and without
 * exporting their query constants).
 */
class RecordingDatabase {
  readonly reads: { cypher: string; parameters: QueryParameters }[] = [];

  async read(cypher: string, parameters: QueryParameters = {}) {
    this.reads.push({ cypher, parameters });
    return { records: [], summary: {} };
  }
}

async function capture(name: string, send: (database: GraphDatabase) => Promise<unknown>): Promise<CapturedQuery[]> {
  const recorder = new RecordingDatabase();
  await send(recorder as unknown as GraphDatabase);
  if (recorder.reads.length === 0)
    throw new Error(`${name}: expected the graph layer to send a query, but it sent none`);
  return recorder.reads.map((read, index) => ({
    name: recorder.reads.length > 1 ? `${name} (query ${index + 1})` : name,
    ...read,
  }));
}

/** The window the benchmark's timeline asks for. */
const TIMELINE_WINDOW = { from: '2025-01-01', to: '2025-12-31' } as const;

const CONNECTIONS: readonly ConnectionName[] = ['statements', 'claimsAbout', 'sourceClaims'];

/**
 * The queries behind the hot operations: lookups by id, every related-node and related-page
 * field, evidence, a depth-2 neighbourhood, a path, claims by speaker or subject, a timeline window
 * (first and next page, and windows open at either end) and search.
 */
export async function captureHotQueries(ids: HotQueryIds): Promise<CapturedQuery[]> {
  const page = { first: 20, after: null };
  const pathTypes = RELATIONSHIP_TYPES.filter((type) => !PROVENANCE_TYPES.includes(type));
  const groups = await Promise.all([
    capture('node by id', (database) => findNodesByIds(database, [ids.person])),
    capture('nodes by ids', (database) => findNodesByIds(database, [ids.person, ids.claim, ids.source])),
    ...(Object.keys(RELATIONS) as RelationName[]).map((relation) =>
      capture(`related nodes: ${relation}`, (database) =>
        findRelatedNodes(database, relation, [ids.person, ids.claim]),
      ),
    ),
    ...CONNECTIONS.map((connection) =>
      capture(`related pages: ${connection}`, (database) =>
        findRelatedPages(database, connection, [ids.person, ids.source], page),
      ),
    ),
    capture('evidence', (database) => findEvidence(database, [ids.claim])),
    ...(['summary', 'full'] as const).flatMap((detail) => [
      capture(`neighborhood depth 2, ${detail}`, (database) =>
        findNeighborhood(database, { id: ids.person, depth: 2, limit: 200, labels: null, detail }),
      ),
      capture(`path, ${detail}`, (database) =>
        findPath(database, { from: ids.person, to: ids.otherPerson, maxLength: 6, via: pathTypes, detail }),
      ),
    ]),
    capture('claims by speaker', (database) =>
      listClaims(database, { speaker: ids.person, about: null, kind: null, text: null }, page),
    ),
    capture('claims by speaker, second page', (database) =>
      listClaims(
        database,
        { speaker: ids.person, about: null, kind: null, text: null },
        { first: 20, after: [ids.claim] },
      ),
    ),
    capture('claims about', (database) =>
      listClaims(database, { speaker: null, about: ids.person, kind: null, text: null }, page),
    ),
    capture('claims by speaker of a kind', (database) =>
      listClaims(database, { speaker: ids.person, about: null, kind: 'QUOTE', text: null }, page),
    ),
    capture('timeline', (database) => listEvents(database, TIMELINE_WINDOW, { first: 50, after: null })),
    capture('timeline, next page', (database) =>
      listEvents(database, TIMELINE_WINDOW, { first: 50, after: ['2025-03-01', 'event:synthetic-a1-e1'] }),
    ),
    capture('timeline from a day on', (database) =>
      listEvents(database, { from: TIMELINE_WINDOW.from, to: null }, { first: 50, after: null }),
    ),
    capture('timeline up to a day', (database) =>
      listEvents(database, { from: null, to: TIMELINE_WINDOW.to }, { first: 50, after: null }),
    ),
    capture('search', (database) => searchNodes(database, 'Venn grain', null, 10)),
  ]);
  return groups.flat();
}

import neo4j from 'neo4j-driver';
import type { GraphDatabase, QueryParameters } from '../graph-database';
import { toNodeRecord, type NodeRecord } from '../node-record';
import { toPlainValue } from '../to-plain-value';
import { toClaimPrefetch, type ClaimPrefetch } from './claim-prefetch';
import { encodeCursor, type SortKey } from './cursor';

/** One page of a Relay connection. */
export interface Page {
  readonly edges: readonly {
    readonly cursor: string;
    readonly node: NodeRecord;
    readonly prefetched?: ClaimPrefetch;
  }[];
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  readonly totalCount: number;
}

export interface PageRequest {
  readonly first: number;
  /** The decoded `after` cursor, or null for the first page. */
  readonly after: SortKey | null;
}

/** `LIMIT` must be an integer: one more than asked, to learn whether a next page exists. */
export function limitParameter(request: PageRequest): ReturnType<typeof neo4j.int> {
  return neo4j.int(request.first + 1);
}

/**
 * Builds a page from the raw `[{node, key}]` list a page query returns (at most `first + 1`
 * items, in order) and its total. Items of claim pages also carry PREFETCH_CLAIM_RELATIONS.
 */
export function toPage(rawItems: unknown, total: unknown, request: PageRequest): Page {
  const items = rawItems as { node: unknown; key: unknown; about?: unknown; evidence?: unknown }[];
  const shown = items.slice(0, request.first);
  return {
    edges: shown.map((item) => ({
      cursor: encodeCursor(toPlainValue(item.key) as SortKey),
      node: toNodeRecord(item.node),
      ...(item.about === undefined ? {} : { prefetched: toClaimPrefetch(item) }),
    })),
    hasNextPage: items.length > request.first,
    hasPreviousPage: request.after !== null,
    totalCount: toPlainValue(total) as number,
  };
}

/** Runs a page query that returns one row with `page` and `total`. */
export async function readPage(
  database: GraphDatabase,
  cypher: string,
  parameters: QueryParameters,
  request: PageRequest,
): Promise<Page> {
  const result = await database.read(cypher, { ...parameters, limit: limitParameter(request) });
  const row = result.records[0];
  return row === undefined ? toPage([], 0, request) : toPage(row.get('page'), row.get('total'), request);
}

import type { GraphDatabase } from '../graph-database';
import { toPlainValue } from '../to-plain-value';
import { encodeCursor } from './cursor';
import type { EvidenceSpan } from './find-evidence';
import { limitParameter, type PageRequest } from './page';

/** One page of the places the sources mention a node, ordered by source id, then offset. */
export interface OccurrencePage {
  readonly edges: readonly { readonly cursor: string; readonly node: EvidenceSpan }[];
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  readonly totalCount: number;
}

/**
 * Every mention span of each id (MENTIONED_IN's parallel `starts`, `ends`, `texts`), sorted by
 * (source id, start) and cut after the cursor key `[sourceId, start]` to one more than asked.
 */
const FIND_OCCURRENCES = `
  UNWIND $ids AS id
  CALL (id) {
    MATCH (:Node {id: id})-[m:MENTIONED_IN]->(s:Source)
    UNWIND range(0, size(coalesce(m.starts, [])) - 1) AS i
    RETURN s.id AS sourceId, m.starts[i] AS start, m.ends[i] AS end, m.texts[i] AS text
  }
  WITH id, sourceId, start, end, text ORDER BY sourceId, start
  WITH id, collect({sourceId: sourceId, start: start, end: end, text: coalesce(text, '')}) AS spans
  RETURN id, size(spans) AS total,
    [span IN spans WHERE $after IS NULL OR span.sourceId > $after[0]
       OR (span.sourceId = $after[0] AND span.start > $after[1])][0..$limit] AS page`;

/**
 * One page of occurrences for each of `ids`, in one query: where the sources mention the node,
 * as code-point spans with the form found there. An id with no mention spans (or no node) gets
 * an empty page with a total of 0.
 */
export async function findOccurrences(
  database: GraphDatabase,
  ids: readonly string[],
  request: PageRequest,
): Promise<Map<string, OccurrencePage>> {
  const result = await database.read(FIND_OCCURRENCES, {
    ids: [...new Set(ids)],
    after: request.after === null ? null : [...request.after],
    limit: limitParameter(request),
  });
  const empty: OccurrencePage = {
    edges: [],
    hasNextPage: false,
    hasPreviousPage: request.after !== null,
    totalCount: 0,
  };
  const pages = new Map<string, OccurrencePage>(ids.map((id) => [id, empty]));
  for (const record of result.records) {
    const spans = toPlainValue(record.get('page')) as EvidenceSpan[];
    const shown = spans.slice(0, request.first);
    pages.set(record.get('id') as string, {
      edges: shown.map((span) => ({ cursor: encodeCursor([span.sourceId, span.start]), node: span })),
      hasNextPage: spans.length > request.first,
      hasPreviousPage: request.after !== null,
      totalCount: toPlainValue(record.get('total')) as number,
    });
  }
  return pages;
}

import type { GraphDatabase } from '../graph-database';
import { toPlainValue } from '../to-plain-value';

/** Where a claim appears: a span of a source's text, in code points. */
export interface EvidenceSpan {
  readonly sourceId: string;
  readonly start: number;
  readonly end: number;
  /** The exact text of the span, stored so it can be re-anchored if the source text changes. */
  readonly text: string;
}

const FIND_EVIDENCE = `
  UNWIND $ids AS id
  MATCH (:Node {id: id})-[r:APPEARS_IN]->(s:Source)
  WITH id, r, s ORDER BY s.id, r.start
  RETURN id, collect({sourceId: s.id, start: r.start, end: r.end, text: r.text}) AS spans`;

/**
 * The evidence spans of each claim, in one query. Sources are returned by id only: their text is
 * fetched once per request through the node loader, not once per claim.
 */
export async function findEvidence(
  database: GraphDatabase,
  claimIds: readonly string[],
): Promise<Map<string, EvidenceSpan[]>> {
  const result = await database.read(FIND_EVIDENCE, { ids: [...new Set(claimIds)] });
  const spans = new Map<string, EvidenceSpan[]>(claimIds.map((id) => [id, []]));
  for (const record of result.records)
    spans.set(record.get('id') as string, toPlainValue(record.get('spans')) as EvidenceSpan[]);
  return spans;
}

import { projectNode, toNodeRecord } from '../node-record';
import { toPlainValue } from '../to-plain-value';
import type { EvidenceSpan } from './find-evidence';
import type { RelatedNode } from './related-nodes';

/**
 * What a page of claims brings along for each claim: its subjects and its evidence spans. Nearly
 * every client that lists claims shows both, so fetching them in the page's own query saves two
 * round trips per nested level; the request's loaders are primed with them.
 */
export interface ClaimPrefetch {
  readonly about: RelatedNode[];
  readonly evidence: EvidenceSpan[];
}

/** Cypher map entries (to add to a page item's projection) for claim `m`'s subjects and evidence. */
export const PREFETCH_CLAIM_RELATIONS = `
  about: [(m)-[r:ABOUT]->(x) | {node: ${projectNode('x')}, relationship: properties(r)}],
  evidence: [(m)-[r:APPEARS_IN]->(s:Source) | {sourceId: s.id, start: r.start, end: r.end, text: r.text}]`;

/** Reads the entries of PREFETCH_CLAIM_RELATIONS, ordered as the loaders order them. */
export function toClaimPrefetch(item: { about?: unknown; evidence?: unknown }): ClaimPrefetch {
  const about = ((item.about ?? []) as { node: unknown; relationship: unknown }[])
    .map((entry) => ({
      node: toNodeRecord(entry.node),
      relationship: toPlainValue(entry.relationship) as Record<string, unknown>,
    }))
    .sort((a, b) => compare(a.node.properties.id, b.node.properties.id));
  const evidence = (toPlainValue(item.evidence ?? []) as EvidenceSpan[]).sort(
    (a, b) => compare(a.sourceId, b.sourceId) || a.start - b.start,
  );
  return { about, evidence };
}

function compare(a: unknown, b: unknown): number {
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

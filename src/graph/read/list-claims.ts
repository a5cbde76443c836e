import type { GraphDatabase } from '../graph-database';
import { projectNode } from '../node-record';
import { PREFETCH_CLAIM_RELATIONS } from './claim-prefetch';
import { readPage, type Page, type PageRequest } from './page';
import { toLuceneQuery } from './to-lucene-query';

export interface ClaimFilter {
  readonly speaker: string | null;
  readonly about: string | null;
  /** QUOTE, PARAPHRASE or NARRATION. */
  readonly kind: string | null;
  /** Words that must appear in the claim's text or quote (full-text, typo-tolerant). */
  readonly text: string | null;
}

// The most selective filter present anchors the match; the others are checked on each claim.
const ANCHORS = {
  text: "CALL db.index.fulltext.queryNodes('claim_search', $lucene) YIELD node AS m",
  speaker: 'MATCH (:Node {id: $speaker})-[:STATED]->(m:Claim)',
  about: 'MATCH (:Node {id: $about})<-[:ABOUT]-(m:Claim)',
  all: 'MATCH (m:Claim)',
} as const;

const FILTERS = `
  ($speaker IS NULL OR EXISTS { (:Node {id: $speaker})-[:STATED]->(m) })
  AND ($about IS NULL OR EXISTS { (m)-[:ABOUT]->(:Node {id: $about}) })
  AND ($kind IS NULL OR m.kind = $kind)`;

const QUERIES = Object.fromEntries(
  Object.entries(ANCHORS).map(([name, anchor]) => [
    name,
    `CALL () { ${anchor} WITH m WHERE ${FILTERS} RETURN count(m) AS total }
     CALL () {
       ${anchor}
       WITH m WHERE ${FILTERS} AND ($after IS NULL OR m.id > $after)
       WITH m ORDER BY m.id LIMIT $limit
       RETURN collect({node: ${projectNode('m')}, key: [m.id], ${PREFETCH_CLAIM_RELATIONS}}) AS page
     }
     RETURN page, total`,
  ]),
) as Record<keyof typeof ANCHORS, string>;

/** Claims ordered by id, filtered by speaker, subject, kind and words. */
export function listClaims(database: GraphDatabase, filter: ClaimFilter, request: PageRequest): Promise<Page> {
  const lucene = filter.text === null ? null : toLuceneQuery(filter.text, 'all');
  if (lucene === '') return Promise.resolve({ edges: [], hasNextPage: false, hasPreviousPage: request.after !== null, totalCount: 0 });
  const anchor = lucene !== null ? 'text' : filter.speaker !== null ? 'speaker' : filter.about !== null ? 'about' : 'all';
  return readPage(
    database,
    QUERIES[anchor],
    { speaker: filter.speaker, about: filter.about, kind: filter.kind, lucene, after: request.after?.[0] ?? null },
    request,
  );
}

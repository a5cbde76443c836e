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

type AnchorName = 'text' | 'speaker' | 'about' | 'all';

// The most selective filter present anchors the match. The speaker and subject anchors bind
// their node first (`a`), so the count can read its degree: every STATED and ABOUT relationship
// joins a claim, so counting them without the `:Claim` label is answered from the node's degree
// instead of expanding each relationship.
const ANCHORS: Readonly<
  Record<AnchorName, { readonly start: string; readonly match: string; readonly degree: string | null }>
> = {
  text: {
    start: '',
    match: "CALL db.index.fulltext.queryNodes('claim_search', $lucene) YIELD node AS m",
    degree: null,
  },
  speaker: {
    start: 'MATCH (a:Node {id: $speaker})',
    match: 'MATCH (a)-[:STATED]->(m:Claim)',
    degree: '(a)-[:STATED]->()',
  },
  about: { start: 'MATCH (a:Node {id: $about})', match: 'MATCH (a)<-[:ABOUT]-(m:Claim)', degree: '(a)<-[:ABOUT]-()' },
  all: { start: '', match: 'MATCH (m:Claim)', degree: null },
};

// Only the filters given and not already guaranteed by the anchor are checked on each claim:
// one query text per shape, since `$x IS NULL OR …` in a shared text is evaluated on every claim.
const FILTERS = {
  speaker: 'EXISTS { (:Node {id: $speaker})-[:STATED]->(m) }',
  about: 'EXISTS { (m)-[:ABOUT]->(:Node {id: $about}) }',
  kind: 'm.kind = $kind',
} as const;
type FilterName = keyof typeof FILTERS;
const NOT_RETRACTED = 'NOT m:Retracted';

function claimsQuery(anchorName: AnchorName, filters: readonly FilterName[], after: boolean): string {
  const anchor = ANCHORS[anchorName];
  // Retracted claims stay in the graph for their history but leave every list (curation).
  const checks = [...filters.filter((filter) => filter !== anchorName).map((filter) => FILTERS[filter]), NOT_RETRACTED];
  const where = (conditions: readonly string[]) => (conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`);
  const scope = anchor.start === '' ? '()' : '(a)';
  const countByDegree = anchor.degree !== null && checks.length === 0;
  return `${anchor.start}
     ${countByDegree ? '' : `CALL ${scope} { ${anchor.match} ${where(checks)} RETURN count(m) AS total }`}
     CALL ${scope} {
       ${anchor.match}
       ${where([...checks, ...(after ? ['m.id > $after'] : [])])}
       WITH m ORDER BY m.id LIMIT $limit
       RETURN collect({node: ${projectNode('m')}, key: [m.id], ${PREFETCH_CLAIM_RELATIONS}}) AS page
     }
     RETURN page, ${countByDegree ? `COUNT { ${anchor.degree} }` : 'total'} AS total`;
}

const QUERIES = new Map<string, string>();

/** The query for one shape of filter, built once and kept (at most 4 × 8 × 2 texts). */
function queryFor(anchor: AnchorName, filter: ClaimFilter, after: boolean): string {
  const filters = (Object.keys(FILTERS) as FilterName[]).filter((name) => filter[name] !== null);
  const key = `${anchor}/${filters.join(',')}/${after}`;
  let query = QUERIES.get(key);
  if (query === undefined) {
    query = claimsQuery(anchor, filters, after);
    QUERIES.set(key, query);
  }
  return query;
}

/** Claims ordered by id, filtered by speaker, subject, kind and words. */
export function listClaims(database: GraphDatabase, filter: ClaimFilter, request: PageRequest): Promise<Page> {
  const lucene = filter.text === null ? null : toLuceneQuery(filter.text, 'all');
  if (lucene === '')
    return Promise.resolve({ edges: [], hasNextPage: false, hasPreviousPage: request.after !== null, totalCount: 0 });
  const anchor =
    lucene !== null ? 'text' : filter.speaker !== null ? 'speaker' : filter.about !== null ? 'about' : 'all';
  return readPage(
    database,
    queryFor(anchor, filter, request.after !== null),
    { speaker: filter.speaker, about: filter.about, kind: filter.kind, lucene, after: request.after?.[0] ?? null },
    request,
  );
}

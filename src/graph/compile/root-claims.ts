import { toLuceneQuery } from '../read/to-lucene-query';
import type { PageArguments, ParameterBinder } from './bind-parameters';

/** The filters of the root `claims` list, checked by the GraphQL layer. */
export interface ClaimListArguments extends PageArguments {
  readonly speaker?: string;
  readonly about?: string;
  /** QUOTE, PARAPHRASE or NARRATION. */
  readonly kind?: string;
  /** Words that must appear in the claim's text or quote (full-text, typo-tolerant). */
  readonly text?: string;
}

type AnchorName = 'text' | 'speaker' | 'about' | 'all';

// The most selective filter present anchors the match. The speaker and subject anchors bind
// their node first (`a`), so the count can read its degree: every STATED and ABOUT relationship
// joins a claim, so counting them without the `:Claim` label is answered from the node's degree
// instead of expanding each relationship.
function anchorOf(name: AnchorName, prefix: string) {
  switch (name) {
    case 'text':
      return {
        start: '',
        match: `CALL db.index.fulltext.queryNodes('claim_search', $${prefix}_lucene) YIELD node AS m`,
        degree: null,
      };
    case 'speaker':
      return {
        start: `MATCH (a:Node {id: $${prefix}_speaker})`,
        match: 'MATCH (a)-[:STATED]->(m:Claim)',
        degree: '(a)-[:STATED]->()',
      };
    case 'about':
      return {
        start: `MATCH (a:Node {id: $${prefix}_about})`,
        match: 'MATCH (a)<-[:ABOUT]-(m:Claim)',
        degree: '(a)<-[:ABOUT]-()',
      };
    case 'all':
      return { start: '', match: 'MATCH (m:Claim)', degree: null };
  }
}

// Only the filters given and not already guaranteed by the anchor are checked on each claim:
// one query text per shape, since `$x IS NULL OR …` in a shared text is evaluated on every claim.
const FILTERS = {
  speaker: (prefix: string) => `EXISTS { (:Node {id: $${prefix}_speaker})-[:STATED]->(m) }`,
  about: (prefix: string) => `EXISTS { (m)-[:ABOUT]->(:Node {id: $${prefix}_about}) }`,
  kind: (prefix: string) => `m.kind = $${prefix}_kind`,
} as const;
type FilterName = keyof typeof FILTERS;

/** The claims page query for the filters present in `args`; `item` projects claim `m`. */
export function claimsQuery(item: string, prefix: string, args: ClaimListArguments, withTotal: boolean): string {
  const anchorName: AnchorName =
    args.text !== undefined
      ? 'text'
      : args.speaker !== undefined
        ? 'speaker'
        : args.about !== undefined
          ? 'about'
          : 'all';
  const anchor = anchorOf(anchorName, prefix);
  const filters = (Object.keys(FILTERS) as FilterName[]).filter((name) => args[name] !== undefined);
  const checks = filters.filter((filter) => filter !== anchorName).map((filter) => FILTERS[filter](prefix));
  const where = (conditions: readonly string[]) => (conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`);
  const scope = anchor.start === '' ? '()' : '(a)';
  const countByDegree = anchor.degree !== null && checks.length === 0;
  const countQuery = withTotal && !countByDegree;
  const after = args.after === undefined ? [] : [`m.id > $${prefix}_after`];
  const total = !withTotal ? '' : countByDegree ? `, total: COUNT { ${anchor.degree} }` : ', total: total';
  return `${anchor.start}
     ${countQuery ? `CALL ${scope} { ${anchor.match} ${where(checks)} RETURN count(m) AS total }` : ''}
     CALL ${scope} {
       ${anchor.match}
       ${where([...checks, ...after])}
       WITH m ORDER BY m.id LIMIT $${prefix}_limit
       RETURN collect(${item}) AS items
     }
     RETURN {items: items, first: $${prefix}_first, afterGiven: ${args.after !== undefined}${total}} AS result`;
}

export function bindClaims(prefix: string, args: ClaimListArguments, binder: ParameterBinder): void {
  binder.bindPage(prefix, args, ['after']);
  for (const name of ['speaker', 'about', 'kind'] as const) binder.parameters[`${prefix}_${name}`] = args[name] ?? null;
  // Words that leave no Lucene terms give '', which the engine answers with an empty page.
  if (args.text !== undefined) binder.parameters[`${prefix}_lucene`] = toLuceneQuery(args.text, 'all');
}

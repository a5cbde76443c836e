import { unlessDraft } from '../draft-visibility';
import { toLuceneQuery } from '../to-lucene-query';
import type { ParameterBinder } from './bind-parameters';
import { compileKeyset, pageOfList, type KeysetArguments } from './compile-keyset';
import { compileWhere, countDrafts, countRetracted, hideRetracted, WhereSink, type WhereInput } from './compile-where';

/** The arguments of the root `claims` list, checked by the GraphQL layer. */
export interface ClaimListArguments extends KeysetArguments {
  readonly where?: WhereInput;
}

type AnchorName = 'text' | 'speaker' | 'about' | 'all';

/**
 * Where the match starts: the most selective condition of the where's top level (full-text
 * words, one speaker, one subject), and the rest of the where, checked on each claim.
 */
export interface Anchor {
  readonly name: AnchorName;
  /** The anchor's own value: the words, or the speaker's or subject's id. */
  readonly value: string | null;
  readonly rest: WhereInput;
}

export function anchorOf(where: WhereInput): Anchor {
  const { text, speaker, about } = where as Record<string, Record<string, unknown> | undefined>;
  if (text?.matches !== undefined) {
    const { matches, ...textRest } = text;
    const rest = Object.keys(textRest).length === 0 ? without(where, 'text') : { ...where, text: textRest };
    return { name: 'text', value: matches as string, rest };
  }
  const speakerId = onlyEq(speaker, 'id');
  if (speakerId !== null) return { name: 'speaker', value: speakerId, rest: without(where, 'speaker') };
  const some = about !== undefined && Object.keys(about).length === 1 ? (about.some as WhereInput) : undefined;
  const aboutId = onlyEq(some, 'id');
  if (aboutId !== null) return { name: 'about', value: aboutId, rest: without(where, 'about') };
  return { name: 'all', value: null, rest: where };
}

/** The value of `{[field]: {eq: value}}` when that is all the filter holds, else null. */
function onlyEq(filter: WhereInput | undefined, field: string): string | null {
  if (filter === undefined || Object.keys(filter).length !== 1) return null;
  const inner = filter[field] as Record<string, unknown> | undefined;
  if (inner === undefined || Object.keys(inner).length !== 1 || typeof inner.eq !== 'string') return null;
  return inner.eq;
}

function without(where: WhereInput, key: string): WhereInput {
  return Object.fromEntries(Object.entries(where).filter(([name]) => name !== key));
}

// A speaker or subject anchor binds its node first (`a`), so the count can read its degree:
// every STATED and ABOUT relationship joins a claim, so counting them without the `:Claim` label
// is answered from the node's degree instead of expanding each relationship.
export function anchorClauses(name: AnchorName, prefix: string) {
  switch (name) {
    case 'text':
      return {
        start: '',
        match: `CALL db.index.fulltext.queryNodes('claim_search', $${prefix}_anchor) YIELD node AS m`,
        degree: null,
      };
    case 'speaker':
      return {
        start: `MATCH (a:Node {id: $${prefix}_anchor})`,
        match: 'MATCH (a)-[:STATED]->(m:Claim)',
        degree: '(a)-[:STATED]->()',
      };
    case 'about':
      return {
        start: `MATCH (a:Node {id: $${prefix}_anchor})`,
        match: 'MATCH (a)<-[:ABOUT]-(m:Claim)',
        degree: '(a)<-[:ABOUT]-()',
      };
    case 'all':
      return { start: '', match: 'MATCH (m:Claim)', degree: null };
  }
}

/** The claims page query for the shape of `args.where`; `item` projects claim `m`. */
export function claimsQuery({
  item,
  prefix,
  args,
  withTotal,
}: {
  readonly item: string;
  readonly prefix: string;
  readonly args: ClaimListArguments;
  readonly withTotal: boolean;
}): string {
  const anchor = anchorOf(args.where ?? {});
  const clauses = anchorClauses(anchor.name, prefix);
  const filtered = Object.keys(anchor.rest).length > 0;
  const predicate = filtered ? compileWhere({ kind: 'Claim', where: anchor.rest }, 'm', new WhereSink(prefix)) : null;
  const retracted = [hideRetracted(args.where, 'm'), unlessDraft('m')].filter((c) => c !== null).join(' AND ');
  const where = (conditions: readonly (string | null)[]) => {
    const present = conditions.filter((condition) => condition !== null);
    return present.length === 0 ? '' : `WHERE ${present.join(' AND ')}`;
  };
  const scope = clauses.start === '' ? '()' : '(a)';
  const countByDegree = clauses.degree !== null && !filtered;
  const countQuery = withTotal && !countByDegree;
  // Only the list of all claims starts from the label, where an index order can serve.
  const keyset = compileKeyset({ kind: 'Claim', variable: 'm', prefix }, args, { fromLabel: anchor.name === 'all' });
  // The degree counts retracted claims too; they are few, so they are counted and taken off.
  // Hidden drafts are taken off too (a drafted claim that was rejected is counted once, as retracted).
  const byDegree = `COUNT { ${clauses.degree} } - ${countRetracted(clauses.degree?.replace('()', '(retracted:Retracted)') ?? '', 'retracted')} - ${countDrafts(clauses.degree?.replace('()', '(draft)') ?? '', 'draft')}`;
  const total = !withTotal ? '' : countByDegree ? `, total: ${byDegree}` : ', total: total';
  // The claims of one speaker or subject, or those the words find, are all read to sort them
  // anyway: when they must also be counted one by one, a single pass collects them, counts the
  // list and pages it (a count and a page read each claim twice: at 1M nodes, 21 against 17 ms
  // of Neo4j CPU for a filtered page of a hub's claims). All claims are still counted apart: an
  // index order reads only the page, and the whole label is not for a list.
  if (countQuery && anchor.name !== 'all') {
    return `${clauses.start}
     CALL ${scope} { ${clauses.match} ${where([predicate, retracted])} RETURN collect(m) AS matched }
     CALL (matched) {
       ${pageOfList(keyset, { list: 'matched', variable: 'm' })}
       RETURN collect(${item}) AS items
     }
     RETURN {items: items, ${keyset.pageFields}, total: size(matched)} AS result`;
  }
  return `${clauses.start}
     ${countQuery ? `CALL ${scope} { ${clauses.match} ${where([predicate, retracted])} RETURN count(m) AS total }` : ''}
     CALL ${scope} {
       ${clauses.match}
       ${where([predicate, retracted, ...keyset.conditions])}
       ${keyset.sortAndLimit}
       RETURN collect(${item}) AS items
     }
     RETURN {items: items, ${keyset.pageFields}${total}} AS result`;
}

export function bindClaims(prefix: string, args: ClaimListArguments, binder: ParameterBinder): void {
  binder.bindKeyset(prefix, args);
  bindAnchoredWhere(prefix, args.where, binder);
}

/** Binds a claim where as anchorOf splits it: the anchor's value, then the rest's values. */
export function bindAnchoredWhere(prefix: string, where: WhereInput | undefined, binder: ParameterBinder): void {
  const anchor = anchorOf(where ?? {});
  // Words that leave no Lucene terms give '', which the engine answers with an empty page.
  binder.parameters[`${prefix}_anchor`] =
    anchor.name === 'text' ? toLuceneQuery(anchor.value as string, 'all') : anchor.value;
  if (Object.keys(anchor.rest).length > 0)
    compileWhere({ kind: 'Claim', where: anchor.rest }, 'm', new WhereSink(prefix, binder.parameters));
}

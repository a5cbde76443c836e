import { unlessDraft } from '../draft-visibility';
import { toLuceneQuery } from '../to-lucene-query';
import { compileKeyset, pageOfList, type KeysetArguments } from './compile-keyset';
import type { FieldParameters } from './compile-scope';
import { compileWhere, countDrafts, countRetracted, hideRetracted, type WhereInput } from './compile-where';
import type { FieldSelection } from './selection';
import { whereArgumentOf, whereParameters } from './where-parameters';

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
  parameters,
}: {
  readonly item: string;
  readonly prefix: string;
  readonly args: ClaimListArguments;
  readonly withTotal: boolean;
  readonly parameters: FieldParameters;
}): string {
  const { anchor, clauses, predicate } = compileAnchoredWhere(args.where, { prefix, parameters });
  const filtered = predicate !== null;
  const retracted = [hideRetracted(args.where, 'm'), unlessDraft('m')].filter((c) => c !== null).join(' AND ');
  const where = (conditions: readonly (string | null)[]) => {
    const present = conditions.filter((condition) => condition !== null);
    return present.length === 0 ? '' : `WHERE ${present.join(' AND ')}`;
  };
  const scope = clauses.start === '' ? '()' : '(a)';
  const countByDegree = clauses.degree !== null && !filtered;
  const countQuery = withTotal && !countByDegree;
  // Only the list of all claims starts from the label, where an index order can serve.
  const keyset = compileKeyset({ kind: 'Claim', variable: 'm', prefix }, args, {
    fromLabel: anchor.name === 'all',
    parameters,
  });
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

/**
 * A claim where as anchorOf splits it: where the match starts (its clauses, whose `$pN_anchor`
 * is the anchor's value: the words as a Lucene query, or the id) and the condition of the rest
 * (null when nothing is left), both bound as parameters of the field whose `where` it is.
 */
export function compileAnchoredWhere(
  where: WhereInput | undefined,
  { prefix, parameters }: { readonly prefix: string; readonly parameters: FieldParameters },
) {
  const anchor = anchorOf(where ?? {});
  const clauses = anchorClauses(anchor.name, prefix);
  // Words that leave no Lucene terms give '', which the engine answers with an empty page.
  const name = anchor.name;
  if (name !== 'all') parameters.bind(`${prefix}_anchor`, (field) => anchorValueOf(name, field));
  const predicate =
    Object.keys(anchor.rest).length === 0
      ? null
      : compileWhere({ kind: 'Claim', where: anchor.rest }, 'm', whereParameters(parameters, prefix, whereArgumentOf));
  return { anchor, clauses, predicate };
}

/** The anchor's value in a request's where of the same shape (anchorOf found `name` in it). */
function anchorValueOf(name: Exclude<AnchorName, 'all'>, field: FieldSelection): string {
  const where = whereArgumentOf(field);
  const filter = (key: string) => where[key] as WhereInput;
  switch (name) {
    case 'text':
      return toLuceneQuery(filter('text').matches as string, 'all');
    case 'speaker':
      return (filter('speaker').id as { eq: string }).eq;
    case 'about':
      return ((filter('about').some as WhereInput).id as { eq: string }).eq;
  }
}

import { unlessDraft } from '../draft-visibility';
import type { NodeLabel } from '../graph-model';
import { compileKeyset, type KeysetArguments, type KeysetTarget } from './compile-keyset';
import type { FieldParameters } from './compile-scope';
import { compileWhere, requiredDates, type WhereInput } from './compile-where';
import { whereArgumentOf, whereParameters } from './where-parameters';
import type { SortKind } from './sort-table';

/**
 * The root connections other than claims: the page query of each, around an item projection
 * `item` of node `m` (see projectPageItem). Labels come from this fixed table only. Each text
 * ends in `RETURN {items, size, order, afterGiven, beforeGiven, backward[, total]} AS result`
 * (see compileKeyset). A `where` becomes one condition on `m`, shared by the page and the count
 * (each in its own CALL scope, so the same text and parameters serve both). Drafts are left out
 * last: the planner reads a range of the name index only when the leading condition bounds it.
 */
const ROOT_LIST_LABELS = {
  people: 'Person',
  organizations: 'Organization',
  places: 'Place',
  sources: 'Source',
  events: 'Event',
} as const satisfies Record<string, NodeLabel & SortKind>;
export type RootListName = keyof typeof ROOT_LIST_LABELS;

export function isRootList(field: string): field is RootListName {
  return field in ROOT_LIST_LABELS;
}

/** The arguments of a root list, checked by the GraphQL layer. */
export interface RootListArguments extends KeysetArguments {
  readonly where?: WhereInput;
}

/**
 * What a root list's page is keyed by: its label's sort fields, on `m`, knowing which dates its
 * where requires (so a dated window is read in the date index's order).
 */
export function rootListTarget(list: RootListName, prefix: string, where: WhereInput | undefined): KeysetTarget {
  const kind = ROOT_LIST_LABELS[list];
  return { kind, variable: 'm', prefix, present: requiredDates(kind, where) };
}

/** What a root list's query is built from: the list, its item projection and its arguments. */
export interface RootListQuery {
  readonly list: RootListName;
  readonly item: string;
  readonly prefix: string;
  readonly args: RootListArguments;
  readonly withTotal: boolean;
  /** The root field's parameters, which the page and the where bind. */
  readonly parameters: FieldParameters;
}

/**
 * A page of a root list in the order asked for (see compileKeyset). Ordered by name, people,
 * organizations and places are read from the name index in its order, ascending or descending,
 * and the page stops after `first + 1` entries; every other order sorts the matching nodes (the
 * plan tests say which).
 */
export function rootListQuery({ list, item, prefix, args, withTotal, parameters }: RootListQuery): string {
  const label = ROOT_LIST_LABELS[list];
  const sink = () => whereParameters(parameters, prefix, whereArgumentOf);
  const predicate = args.where === undefined ? null : compileWhere({ kind: label, where: args.where }, 'm', sink());
  const keyset = compileKeyset(rootListTarget(list, prefix, args.where), args, { fromLabel: true, parameters });
  const where = (conditions: readonly (string | null)[]) => {
    const present = conditions.filter((condition) => condition !== null);
    return present.length === 0 ? '' : `WHERE ${present.join(' AND ')}`;
  };
  // Unfiltered, the label's count comes from the count store and the hidden drafts from their index.
  const count =
    predicate === null
      ? `RETURN COUNT { (m:${label}) } - COUNT { MATCH (d:${label}) WHERE d.reviewStatus = 'DRAFT' AND NOT $drafts } AS total`
      : `MATCH (m:${label}) ${where([predicate, unlessDraft('m')])} RETURN count(m) AS total`;
  const total = withTotal ? `CALL () { ${count} }` : '';
  return `${total}
     CALL () {
       MATCH (m:${label})
       ${where([predicate, ...keyset.conditions, unlessDraft('m')])}
       ${keyset.sortAndLimit}
       RETURN collect(${item}) AS items
     }
     RETURN {items: items, ${keyset.pageFields}${withTotal ? ', total: total' : ''}} AS result`;
}

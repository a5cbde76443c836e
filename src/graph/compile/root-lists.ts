import type { NodeLabel } from '../graph-model';
import type { ParameterBinder, PageArguments } from './bind-parameters';
import { compileWhere, WhereSink, type WhereInput } from './compile-where';

/**
 * The root connections other than claims: the page query of each, around an item projection
 * `item` of node `m` (see projectPageItem). Labels come from this fixed table only. Each text
 * ends in `RETURN {items, first, afterGiven[, total]} AS result`. A `where` becomes one condition
 * on `m`, shared by the page and the count (each in its own CALL scope, so the same text and
 * parameters serve both).
 */
const ROOT_LIST_LABELS = {
  people: 'Person',
  organizations: 'Organization',
  places: 'Place',
  sources: 'Source',
  events: 'Event',
} as const satisfies Record<string, NodeLabel>;
export type RootListName = keyof typeof ROOT_LIST_LABELS;

export function isRootList(field: string): field is RootListName {
  return field in ROOT_LIST_LABELS;
}

/** The arguments of a root list, checked by the GraphQL layer. */
export interface RootListArguments extends PageArguments {
  readonly where?: WhereInput;
}

/**
 * How each list pages: its sort key (what cursors hold), the cursor condition, and whether the
 * order is the name index's (`m.name >= $afterName` keeps the scan on the index and in its order;
 * the second condition skips the items of the cursor's name already shown). Sources without a
 * date sort first (''), events without one last ('~' sorts after every digit).
 */
const ORDERS = {
  byName: {
    key: '[m.name, m.id]',
    orderBy: 'm.name, m.id',
    cursor: (p: string) => `m.name >= $${p}_after0 AND (m.name > $${p}_after0 OR m.id > $${p}_after1)`,
    alwaysCursor: true,
  },
  byPublished: {
    key: "[coalesce(m.published, ''), m.id]",
    orderBy: "coalesce(m.published, ''), m.id",
    cursor: (p: string) => `[coalesce(m.published, ''), m.id] > [$${p}_after0, $${p}_after1]`,
    alwaysCursor: false,
  },
  byDate: {
    key: "[coalesce(m.startsOn, '~'), m.id]",
    orderBy: "coalesce(m.startsOn, '~'), m.id",
    cursor: (p: string) => `[coalesce(m.startsOn, '~'), m.id] > [$${p}_after0, $${p}_after1]`,
    alwaysCursor: false,
  },
} as const;

function orderOf(list: RootListName) {
  return list === 'sources' ? ORDERS.byPublished : list === 'events' ? ORDERS.byDate : ORDERS.byName;
}

/** The sort key expression of a root list's items. */
export function rootListKey(list: RootListName): string {
  return orderOf(list).key;
}

/** What a root list's query is built from: the list, its item projection and its arguments. */
export interface RootListQuery {
  readonly list: RootListName;
  readonly item: string;
  readonly prefix: string;
  readonly args: RootListArguments;
  readonly withTotal: boolean;
}

export function rootListQuery({ list, item, prefix, args, withTotal }: RootListQuery): string {
  const label = ROOT_LIST_LABELS[list];
  const order = orderOf(list);
  const predicate =
    args.where === undefined ? null : compileWhere({ kind: label, where: args.where }, 'm', new WhereSink(prefix));
  const cursor = args.after !== undefined || order.alwaysCursor ? order.cursor(prefix) : null;
  const where = (conditions: readonly (string | null)[]) => {
    const present = conditions.filter((condition) => condition !== null);
    return present.length === 0 ? '' : `WHERE ${present.join(' AND ')}`;
  };
  const total = withTotal ? `CALL () { MATCH (m:${label}) ${where([predicate])} RETURN count(m) AS total }` : '';
  return `${total}
     CALL () {
       MATCH (m:${label})
       ${where([predicate, cursor])}
       WITH m ORDER BY ${order.orderBy} LIMIT $${prefix}_limit
       RETURN collect(${item}) AS items
     }
     RETURN {items: items, first: $${prefix}_first, afterGiven: ${args.after !== undefined}${withTotal ? ', total: total' : ''}} AS result`;
}

/** Binds a root list's page (the name order's first page starts at '') and its where. */
export function bindRootList(
  { list, prefix, args }: Omit<RootListQuery, 'item' | 'withTotal'>,
  binder: ParameterBinder,
): void {
  const first = orderOf(list).alwaysCursor ? ['', ''] : undefined;
  binder.bindPage(prefix, { first: args.first, after: args.after ?? first }, ['after0', 'after1']);
  if (args.where !== undefined)
    compileWhere({ kind: ROOT_LIST_LABELS[list], where: args.where }, 'm', new WhereSink(prefix, binder.parameters));
}

import type { QueryLimits } from '../../config/load-config';
import type { WhereKind } from '../../graph/compile/where-table';
import { checkWhere } from './check-where';
import { requireIntegerIn, requireTextUpTo, toLabels, toPageRequest } from '../validate-arguments';

const MAX_TEXT_ARGUMENT = 500;

/** The where input of each filtered root list; every nested connection filters claims. */
const ROOT_WHERE_KINDS: Readonly<Record<string, WhereKind>> = {
  people: 'Person',
  organizations: 'Organization',
  places: 'Place',
  sources: 'Source',
  events: 'Event',
  claims: 'Claim',
  claimGroups: 'Claim',
};

/** How many values the cursors of each root list hold; nested claim pages hold one (the id). */
const ROOT_SORT_KEY_LENGTHS: Readonly<Record<string, number>> = {
  people: 2,
  organizations: 2,
  places: 2,
  sources: 2,
  events: 2,
  claims: 1,
};

/** Nested connections whose cursors hold more than a claim id: occurrences hold [source id, offset]. */
const NESTED_SORT_KEY_LENGTHS: Readonly<Record<string, number>> = { occurrences: 2 };

function withoutNulls(input: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null && value !== undefined));
}

/**
 * The arguments of `type.field` checked and put in the form the compiler binds: `first` (the
 * page size maximum for a list field without one) and a
 * decoded `after` for pages, labels for `types`, a `where` without its null fields. Null and
 * absent arguments are left out. Out-of-range values are BAD_USER_INPUT errors naming the argument.
 */
export function checkFieldArguments(
  type: string,
  field: string,
  raw: Readonly<Record<string, unknown>>,
  limits: QueryLimits,
  takesFirst: boolean,
): Readonly<Record<string, unknown>> {
  const args: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(raw)) if (value !== null && value !== undefined) args[name] = value;
  // Lists whose `first` has no default (mentionedIn, events, parts, ...) are bounded all the same.
  if (takesFirst && args.first === undefined) args.first = limits.maxPageSize;
  if (field === 'history' || (type === 'Query' && field === 'changes')) {
    // The change log pages by sequence number, not by cursor.
    args.after = requireIntegerIn('after', args.after as number, 0, 0, Number.MAX_SAFE_INTEGER);
    args.first = requireIntegerIn('first', args.first as number, 20, 1, limits.maxPageSize);
    if (args.where !== undefined) args.where = withoutNulls(args.where as Record<string, unknown>);
    return args;
  }
  if (type === 'Query' && field === 'claimGroups') {
    args.first = requireIntegerIn('first', args.first as number, 20, 0, limits.maxPageSize);
  } else if (type === 'Query' && field === 'search') {
    args.first = requireIntegerIn('first', args.first as number, 10, 1, limits.maxSearchResults);
    args.text = requireTextUpTo('text', args.text as string, MAX_TEXT_ARGUMENT);
  } else if ('first' in args) {
    const sortKeyLength =
      type === 'Query' ? (ROOT_SORT_KEY_LENGTHS[field] ?? 1) : (NESTED_SORT_KEY_LENGTHS[field] ?? 1);
    const page = toPageRequest(args, 10, limits.maxPageSize, sortKeyLength);
    args.first = page.first;
    if (page.after === null) delete args.after;
    else args.after = page.after;
  }
  if (type === 'Query' && field === 'nodes')
    requireIntegerIn('ids (count)', (args.ids as unknown[]).length, 0, 0, limits.maxPageSize);
  if (args.types !== undefined) {
    args.labels = toLabels(args.types as string[]);
    delete args.types;
  }
  if (args.where !== undefined) {
    const kind = type === 'Query' ? (ROOT_WHERE_KINDS[field] as WhereKind) : 'Claim';
    const where = checkWhere(
      kind,
      args.where as Record<string, unknown>,
      limits,
      type === 'Query' && field === 'claims',
    );
    if (Object.keys(where).length === 0) delete args.where;
    else args.where = where;
  }
  return args;
}

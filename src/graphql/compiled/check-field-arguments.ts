import type { QueryLimits } from '../../config/load-config';
import type { SortKind } from '../../graph/compile/sort-table';
import type { WhereKind } from '../../graph/compile/where-table';
import { checkPage } from './check-page';
import { checkWhere } from './check-where';
import { requireIntegerIn, requireTextUpTo, toLabels } from './validate-arguments';

const MAX_TEXT_ARGUMENT = 500;

/** The where input and sort kind of each root list; every nested connection filters and sorts claims. */
const ROOT_WHERE_KINDS: Readonly<Record<string, WhereKind & SortKind>> = {
  people: 'Person',
  organizations: 'Organization',
  places: 'Place',
  sources: 'Source',
  events: 'Event',
  claims: 'Claim',
  claimGroups: 'Claim',
} as const;

function withoutNulls(input: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null && value !== undefined));
}

/** A field of a request, as checkFieldArguments takes it. */
export interface RequestedField {
  /** The object type the field belongs to (`Query` for root fields) and the field's name. */
  readonly type: string;
  readonly field: string;
  /** The argument values as graphql-js coerced them: defaults filled in. */
  readonly raw: Readonly<Record<string, unknown>>;
  /** The names of the arguments the field declares. */
  readonly declared: ReadonlySet<string>;
  /** The names of the arguments the request gave (not filled in from a default). */
  readonly written: ReadonlySet<string>;
}

/**
 * The arguments of `type.field` checked and put in the form the compiler binds: `first` (the
 * page size maximum for a list field without one), pages as checkPage leaves them (orders
 * completed, cursors decoded, `first` or `last`), labels for `types`, a `where` without its null
 * fields. Null and absent arguments are left out. Out-of-range values are BAD_USER_INPUT errors
 * naming the argument.
 */
export function checkFieldArguments(
  { type, field, raw, declared, written }: RequestedField,
  limits: QueryLimits,
): Readonly<Record<string, unknown>> {
  const args: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(raw)) if (value !== null && value !== undefined) args[name] = value;
  // Lists whose `first` has no default (mentionedIn, events, parts, ...) are bounded all the same.
  if (declared.has('first') && args.first === undefined) args.first = limits.maxPageSize;
  if (field === 'history' || (type === 'Query' && field === 'changes')) {
    // The change log pages by sequence number, not by cursor.
    args.after = requireIntegerIn('after', args.after as number, { fallback: 0, min: 0, max: Number.MAX_SAFE_INTEGER });
    args.first = requireIntegerIn('first', args.first as number, { fallback: 20, min: 1, max: limits.maxPageSize });
    if (args.where !== undefined) args.where = withoutNulls(args.where as Record<string, unknown>);
    return args;
  }
  if (type === 'Query' && field === 'claimGroups') {
    args.first = requireIntegerIn('first', args.first as number, { fallback: 20, min: 0, max: limits.maxPageSize });
  } else if (type === 'Query' && field === 'search') {
    args.first = requireIntegerIn('first', args.first as number, {
      fallback: 10,
      min: 1,
      max: limits.maxSearchResults,
    });
    args.text = requireTextUpTo('text', args.text as string, MAX_TEXT_ARGUMENT);
    if (args.review !== undefined) {
      const { review } = checkWhere('Node', { review: args.review }, { limits, allowMatches: false, path: '' });
      if (review === undefined) delete args.review;
      else args.review = review;
    }
  } else if (declared.has('after')) {
    const fixed = field === 'appearances' ? 'appearances' : 'occurrences';
    const kind = declared.has('orderBy') ? (type === 'Query' ? (ROOT_WHERE_KINDS[field] as SortKind) : 'Claim') : fixed;
    const fallbackFirst = type === 'Query' ? 20 : 10;
    checkPage(args, { kind, fallbackFirst, firstWritten: written.has('first') }, limits);
  } else if (declared.has('first')) {
    // A plain list (mentionedIn, parts, ...): bounded like a page.
    args.first = requireIntegerIn('first', args.first as number, {
      fallback: limits.maxPageSize,
      min: 0,
      max: limits.maxPageSize,
    });
  }
  if (type === 'Query' && field === 'nodes')
    requireIntegerIn('ids (count)', (args.ids as unknown[]).length, { fallback: 0, min: 0, max: limits.maxPageSize });
  if (args.types !== undefined) {
    args.labels = toLabels(args.types as string[]);
    delete args.types;
  }
  if (args.where !== undefined) {
    const kind = type === 'Query' ? (ROOT_WHERE_KINDS[field] as WhereKind) : 'Claim';
    const where = checkWhere(kind, args.where as Record<string, unknown>, {
      limits,
      allowMatches: type === 'Query' && field === 'claims',
    });
    if (Object.keys(where).length === 0) delete args.where;
    else args.where = where;
  }
  return args;
}

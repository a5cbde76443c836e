import type { QueryLimits } from '../../config/load-config';
import { badUserInput } from '../../errors/error-codes';
import { OCCURRENCE_ORDER } from '../../graph/compile/project-occurrences';
import { APPEARANCE_ORDER } from '../../graph/compile/project-appearances';
import {
  completeOrder,
  signatureOf,
  sortFieldOf,
  type SortDirection,
  type SortKind,
  type SortTerm,
} from '../../graph/compile/sort-table';
import { decodeCursor, type SortKey } from '../../graph/cursor';
import { requireIntegerIn } from './validate-arguments';

/** What a cursor of a page must hold: the order's signature and the type of each sort value. */
interface CursorShape {
  readonly order: string;
  readonly types: readonly ('string' | 'integer')[];
}

/** The cursors of the connections with one fixed order and no `orderBy`. */
const FIXED_ORDERS = {
  occurrences: { order: OCCURRENCE_ORDER, types: ['string', 'integer'] },
  appearances: { order: APPEARANCE_ORDER, types: ['string', 'string'] },
} as const satisfies Record<string, CursorShape>;

/** A connection in one fixed order: which one. */
export type FixedOrder = keyof typeof FIXED_ORDERS;

/** How a connection is paged: its sort kind, or the fixed order of one without `orderBy`. */
export interface PageField {
  readonly kind: SortKind | FixedOrder;
  /** The page size when neither `first` nor `last` was given (the schema's default of `first`). */
  readonly fallbackFirst: number;
  /** Whether the request wrote `first` itself, rather than graphql-js filling in its default. */
  readonly firstWritten: boolean;
}

/**
 * The page arguments of a connection checked and put in the form the compiler binds
 * (KeysetArguments): `orderBy` completed (see completeOrder; the list's default when absent or
 * empty), either `first` or `last` (never both: BAD_USER_INPUT naming `last`), each from 0 to the
 * page maximum, and the `after` and `before` cursors decoded. A cursor that is not one of ours,
 * or one made by a page in another order, is BAD_USER_INPUT naming the argument: its sort key
 * would mean nothing in this order. `args` is changed in place.
 */
export function checkPage(args: Record<string, unknown>, field: PageField, limits: QueryLimits): void {
  let shape: CursorShape;
  if (field.kind === 'occurrences' || field.kind === 'appearances') shape = FIXED_ORDERS[field.kind];
  else {
    const kind = field.kind;
    const order = checkOrderBy(kind, args.orderBy);
    shape = { order: signatureOf(order), types: order.map((term) => sortFieldOf(kind, term).type) };
    args.orderBy = order;
  }
  if (args.last !== undefined) {
    if (field.firstWritten)
      throw badUserInput('last', 'left out when first is given (a page is read either forwards or backwards)', {
        first: args.first,
        last: args.last,
      });
    args.last = requireIntegerIn('last', args.last as number, { fallback: 0, min: 0, max: limits.maxPageSize });
    delete args.first;
  } else
    args.first = requireIntegerIn('first', args.first as number, {
      fallback: field.fallbackFirst,
      min: 0,
      max: limits.maxPageSize,
    });
  for (const side of ['after', 'before'] as const)
    if (args[side] !== undefined) args[side] = decodeAs(side, args[side] as string, shape);
}

/** `orderBy` as sort terms, each element one field with its direction, no field twice. */
function checkOrderBy(kind: SortKind, orderBy: unknown): SortTerm[] {
  if (orderBy === undefined || (orderBy as unknown[]).length === 0) return completeOrder(kind, undefined);
  const seen = new Set<string>();
  const terms = (orderBy as Record<string, unknown>[]).map((element, index) => {
    const given = Object.entries(element).filter(([, direction]) => direction !== null && direction !== undefined);
    const [term] = given;
    if (given.length !== 1 || term === undefined)
      throw badUserInput(`orderBy[${index}]`, 'exactly one field with its direction, e.g. {name: DESC}', element);
    if (seen.has(term[0])) throw badUserInput(`orderBy[${index}]`, 'a field not already ordered by', element);
    seen.add(term[0]);
    return { field: term[0], direction: term[1] as SortDirection };
  });
  return completeOrder(kind, terms);
}

function decodeAs(side: 'after' | 'before', text: string, shape: CursorShape): SortKey {
  const cursor = decodeCursor(text);
  const typed = (value: string | number, index: number) =>
    shape.types[index] === 'integer' ? Number.isSafeInteger(value) : typeof value === 'string';
  // Only an order this server could have written is named back; anything else is not our cursor.
  if (cursor !== null && cursor.order !== shape.order && /^[A-Za-z ,]{1,200}$/.test(cursor.order))
    throw badUserInput(side, `a cursor of a page in the order ${shape.order}`, `a cursor of the order ${cursor.order}`);
  if (cursor?.order !== shape.order || cursor.key.length !== shape.types.length || !cursor.key.every(typed))
    throw badUserInput(side, 'a cursor returned by this field', text);
  return cursor.key;
}

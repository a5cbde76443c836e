import neo4j from 'neo4j-driver';
import type { SortKey } from '../cursor';
import type { FieldParameters } from './compile-scope';
import { argumentsOf, type FieldSelection } from './selection';
import { readsInIndexOrder, signatureOf, sortFieldOf, sortValueOf, type SortKind, type SortTerm } from './sort-table';

/** The page arguments of an ordered list, checked and decoded by the GraphQL layer. */
export interface KeysetArguments {
  /** How many items from the start (after `after`); absent when `last` is given. */
  readonly first?: number;
  /** How many items from the end (before `before`): a backward page; absent when `first` is given. */
  readonly last?: number;
  /** The sort key of the `after` cursor: the page holds only items that follow it. */
  readonly after?: SortKey;
  /** The sort key of the `before` cursor: the page holds only items that precede it. */
  readonly before?: SortKey;
  /** The complete order, ending in id (see completeOrder). */
  readonly orderBy: readonly SortTerm[];
}

/** Which list is paged: the sort table's kind, the node's variable and the page's parameter prefix. */
export interface KeysetTarget {
  readonly kind: SortKind;
  readonly variable: string;
  readonly prefix: string;
  /** The sort fields the list's where guarantees a value of (see requiredDates); none when absent. */
  readonly present?: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

/** The pieces of a keyset page's Cypher, placed by each list's query around its own MATCH. */
export interface KeysetPage {
  /** Conditions on the matched node alone, for the WHERE of its MATCH (empty when none). */
  readonly conditions: readonly string[];
  /** `[WITH v, value AS vk0 WHERE bounds] WITH v[, vk0] ORDER BY … LIMIT $p_limit`. */
  readonly sortAndLimit: string;
  /** The page map's fields besides `items` and `total` (see the connection resolvers). */
  readonly pageFields: string;
}

/**
 * Reads a keyset page: the items that follow `after` and precede `before` in the order, sorted
 * by it, at most `first + 1` (or `last + 1`) of them, the extra one saying whether more exist.
 * A backward page (`last`) is read in the reverse order from its end, nearest the `before`
 * cursor first, and turned back by the connection resolvers; so both directions are the same
 * LIMIT over the same sort. A sort value read by a subquery (degree, a claim's source date) is
 * computed once per node into a variable (`vk0`) and compared there. When the order starts with
 * an indexed property of the label the list starts from (`fromLabel`) that every listed node has
 * (see readsInIndexOrder), the first value's bound comes first (or `IS NOT NULL` without a
 * cursor), which the planner reads as a range of the index in the order wanted: the page then
 * reads `first` entries, not every node.
 *
 * Its parameters are bound as the field's: `size` (`first` or `last`), `limit` (one more) and
 * the cursors' values, `after0…` and `before0…`. Numbers in a cursor are degrees: they are bound
 * as Neo4j integers, so they compare with the integers Cypher counts.
 */
export function compileKeyset(
  target: KeysetTarget,
  args: KeysetArguments,
  { fromLabel, parameters }: { readonly fromLabel: boolean; readonly parameters: FieldParameters },
): KeysetPage {
  const { kind, variable, prefix, present = NONE } = target;
  const fields = args.orderBy.map((term) => sortFieldOf(kind, term));
  const values = sortValuesOf(target, args.orderBy);
  const size = parameters.bind(`${prefix}_size`, (field) => neo4j.int(pageSizeOf(field)));
  const limitParameter = parameters.bind(`${prefix}_limit`, (field) => neo4j.int(pageSizeOf(field) + 1));
  const bounds: string[] = [];
  for (const side of ['after', 'before'] as const) {
    if (args[side] === undefined) continue;
    const cursor = args.orderBy.map((_, index) =>
      parameters.bind(`${prefix}_${side}${index}`, (field) =>
        cursorValue(argumentsOf<KeysetArguments>(field)[side], index),
      ),
    );
    bounds.push(beyond({ values, order: args.orderBy, cursor, side }));
  }
  const computed = fields.flatMap((field, index) =>
    field.computed === true
      ? [
          {
            expression: sortValueOf(kind, args.orderBy[index] as SortTerm, { variable, present }),
            name: values[index] as string,
          },
        ]
      : [],
  );
  const backward = args.last !== undefined;
  const orderBy = args.orderBy
    .map((term, index) => `${values[index] as string} ${directionOf(term, backward)}`)
    .join(', ');
  const limit = `ORDER BY ${orderBy} LIMIT ${limitParameter}`;
  const pageFields =
    `size: ${size}, order: ${quoteSignature(signatureOf(args.orderBy))}, ` +
    `afterGiven: ${args.after !== undefined}, beforeGiven: ${args.before !== undefined}, backward: ${backward}`;
  if (computed.length > 0) {
    const projections = computed.map(({ expression, name }) => `${expression} AS ${name}`).join(', ');
    const carried = [variable, ...computed.map(({ name }) => name)].join(', ');
    const where = bounds.length === 0 ? '' : `WHERE ${bounds.join(' AND ')}`;
    return {
      conditions: [],
      sortAndLimit: `WITH ${variable}, ${projections} ${where} WITH ${carried} ${limit}`,
      pageFields,
    };
  }
  const leading =
    fromLabel && readsInIndexOrder(kind, args.orderBy, present) && bounds.length === 0
      ? [`${values[0] as string} IS NOT NULL`]
      : [];
  return { conditions: [...leading, ...bounds], sortAndLimit: `WITH ${variable} ${limit}`, pageFields };
}

/** `first`, or `last` for a backward page. */
function pageSizeOf(field: FieldSelection): number {
  const page = argumentsOf<KeysetArguments>(field);
  return page.last ?? page.first ?? 0;
}

function cursorValue(key: SortKey | undefined, index: number): unknown {
  const value = key?.[index];
  return typeof value === 'number' ? neo4j.int(value) : value;
}

/**
 * A keyset page of items already collected into the list `list` (a count and a page that both
 * read every item, read in one pass): the items unwound as `variable`, the page's conditions,
 * then its sort and limit.
 */
export function pageOfList(keyset: KeysetPage, { list, variable }: { list: string; variable: string }): string {
  const conditions = keyset.conditions.length === 0 ? '' : `WITH ${variable} WHERE ${keyset.conditions.join(' AND ')}`;
  return `UNWIND ${list} AS ${variable} ${conditions} ${keyset.sortAndLimit}`;
}

/** The items' sort key, what their cursors hold: the list of their sort values, in order. */
export function sortKeyOf(target: KeysetTarget, order: readonly SortTerm[]): string {
  return `[${sortValuesOf(target, order).join(', ')}]`;
}

/** Each term's value: the expression itself, or the variable a subquery's value is kept in. */
function sortValuesOf({ kind, variable, present = NONE }: KeysetTarget, order: readonly SortTerm[]): string[] {
  return order.map((term, index) =>
    sortFieldOf(kind, term).computed === true ? `${variable}k${index}` : sortValueOf(kind, term, { variable, present }),
  );
}

function directionOf(term: SortTerm, backward: boolean): string {
  if (!backward) return term.direction;
  return term.direction === 'ASC' ? 'DESC' : 'ASC';
}

/**
 * The condition that a node comes after (`side: 'after'`) or before the cursor whose values
 * are the parameters `cursor` (`$p0_after0`, `$p0_after1`, …), in the lexicographic order of the terms. Consecutive terms
 * of one direction are compared as one list (Cypher compares lists lexicographically), so the
 * condition is: equal on the runs before some run, and beyond the cursor on that run. The leading
 * value's non-strict bound comes first: implied by the rest, it is what an index range seeks
 * on. The rest is written with lists on purpose: the planner cannot split list comparisons into
 * a union of index seeks, which would lose the index order and sort the whole range.
 */
function beyond({
  values,
  order,
  cursor,
  side,
}: {
  readonly values: readonly string[];
  readonly order: readonly SortTerm[];
  readonly cursor: readonly string[];
  readonly side: 'after' | 'before';
}): string {
  const parameters = cursor;
  if (values.length === 1)
    return `${values[0] as string} ${operatorOf(order[0] as SortTerm, side)} ${parameters[0] as string}`;
  const list = (items: readonly string[], from: number, to: number) => `[${items.slice(from, to).join(', ')}]`;
  const alternatives = runsOf(order).map(({ from, to }) => {
    const beyondRun = `${list(values, from, to)} ${operatorOf(order[from] as SortTerm, side)} ${list(parameters, from, to)}`;
    return from === 0 ? beyondRun : `${list(values, 0, from)} = ${list(parameters, 0, from)} AND ${beyondRun}`;
  });
  const leading = `${values[0] as string} ${operatorOf(order[0] as SortTerm, side)}= ${parameters[0] as string}`;
  return `${leading} AND (${alternatives.map((alternative) => `(${alternative})`).join(' OR ')})`;
}

/** `>` when the term's values grow towards the side, `<` otherwise. */
function operatorOf(term: SortTerm, side: 'after' | 'before'): '>' | '<' {
  return (term.direction === 'ASC') === (side === 'after') ? '>' : '<';
}

/** The runs of consecutive terms with the same direction, as [from, to) index ranges. */
function runsOf(order: readonly SortTerm[]): { from: number; to: number }[] {
  const runs: { from: number; to: number }[] = [];
  order.forEach((term, index) => {
    const last = runs.at(-1);
    if (last !== undefined && order[last.from]?.direction === term.direction) last.to = index + 1;
    else runs.push({ from: index, to: index + 1 });
  });
  return runs;
}

/** Signatures are made of sort table names, spaces and commas only; checked, then quoted. */
function quoteSignature(signature: string): string {
  if (!/^[A-Za-z ,]+$/.test(signature)) throw new Error(`Not an order signature: ${JSON.stringify(signature)}`);
  return `'${signature}'`;
}

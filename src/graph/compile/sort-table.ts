/**
 * What each list can be ordered by (`orderBy`), and what each sort field reads. Like the field
 * and filter tables, this is the only source of the Cypher a sort puts in a statement: a request
 * names fields of this table, never properties.
 */

/** The node types whose lists take `orderBy`: each root list's, and claims for nested claim pages. */
export type SortKind = 'Person' | 'Organization' | 'Place' | 'Event' | 'Source' | 'Claim';

export type SortDirection = 'ASC' | 'DESC';

/** One term of an order: a field of the sort table and its direction. */
export interface SortTerm {
  readonly field: string;
  readonly direction: SortDirection;
}

export interface SortField {
  /** The value of node `variable`; null when the node has none (see `missing`). */
  readonly read: (variable: string) => string;
  /**
   * What a missing value sorts as, in each direction: a string sorting before every value ('')
   * or after every value ('~' follows every digit), so the sort key is never null and cursors
   * can hold it.
   */
  readonly missing?: Readonly<Record<SortDirection, string>>;
  /** What a cursor holds for it: a string, or an integer (bound as a Neo4j integer). */
  readonly type: 'string' | 'integer';
  /** Read by a subquery: computed once per node into a variable, not in every comparison. */
  readonly computed?: true;
  /**
   * A range index on the list's label holds this property, so a list starting from the label
   * can be read in index order (either direction) instead of sorting every node.
   */
  readonly indexed?: true;
}

// Every label's id has a uniqueness constraint, hence a range index.
const ID: SortField = { read: (v) => `${v}.id`, type: 'string', indexed: true };
const NAME: SortField = { read: (v) => `${v}.name`, type: 'string' };
const ENTITY: Readonly<Record<string, SortField>> = {
  name: { ...NAME, indexed: true },
  // The degree store answers this without expanding the relationships.
  degree: { read: (v) => `COUNT { (${v})--() }`, type: 'integer', computed: true },
  id: ID,
};
/** Undated last in both directions: a timeline, oldest or newest first, ends with the undated. */
const UNDATED_LAST = { ASC: '~', DESC: '' } as const;
/** Undated first in ASC (the order sources have always had), hence last in DESC. */
const UNDATED_FIRST = { ASC: '', DESC: '' } as const;

export const SORT_TABLE: Readonly<Record<SortKind, Readonly<Record<string, SortField>>>> = {
  Person: ENTITY,
  Organization: ENTITY,
  Place: ENTITY,
  Event: {
    name: NAME,
    // Indexed (event_starts_on), but undated events sort by a stand-in no index holds: the index
    // order serves only a list whose where keeps undated events out (see readsInIndexOrder).
    date: { read: (v) => `${v}.startsOn`, missing: UNDATED_LAST, type: 'string', indexed: true },
    id: ID,
  },
  Source: {
    // Indexed (source_published), with the same proviso as an event's date.
    published: { read: (v) => `${v}.published`, missing: UNDATED_FIRST, type: 'string', indexed: true },
    id: ID,
  },
  Claim: {
    // The earliest date of the sources the claim appears in (nulls sort last, so head is the least).
    published: {
      read: (v) =>
        `head(COLLECT { MATCH (${v})-[:APPEARS_IN]->(${v}source:Source) ` +
        `RETURN ${v}source.published AS published ORDER BY published })`,
      missing: UNDATED_FIRST,
      type: 'string',
      computed: true,
    },
    kind: { read: (v) => `${v}.kind`, type: 'string', indexed: true },
    id: ID,
  },
};

/**
 * The sort value of node `variable` for `term`: never null, so cursors and comparisons hold it.
 * `present` names the fields the list's where guarantees a value of (see requiredDates): those
 * are read as they are, with no stand-in for a missing value that cannot occur, which is what
 * lets an index serve their order. Both spellings give a dated node the same key, so cursors
 * stay valid across the two.
 */
export function sortValueOf(
  kind: SortKind,
  term: SortTerm,
  { variable, present }: { readonly variable: string; readonly present: ReadonlySet<string> },
): string {
  const field = sortFieldOf(kind, term);
  const value = field.read(variable);
  return field.missing === undefined || present.has(term.field)
    ? value
    : `coalesce(${value}, '${field.missing[term.direction]}')`;
}

/**
 * Whether a list in this order, starting from its label, can be read in the order of a range
 * index: its first field is an indexed property, and every node has it or the where keeps those
 * without it out.
 */
export function readsInIndexOrder(kind: SortKind, order: readonly SortTerm[], present: ReadonlySet<string>): boolean {
  const first = order[0];
  if (first === undefined) return false;
  const field = sortFieldOf(kind, first);
  return field.indexed === true && (field.missing === undefined || present.has(first.field));
}

/** Each list's order when `orderBy` is absent (before the id that ends every order). */
const DEFAULT_ORDERS: Readonly<Record<SortKind, readonly SortTerm[]>> = {
  Person: [{ field: 'name', direction: 'ASC' }],
  Organization: [{ field: 'name', direction: 'ASC' }],
  Place: [{ field: 'name', direction: 'ASC' }],
  Event: [{ field: 'date', direction: 'ASC' }],
  Source: [{ field: 'published', direction: 'ASC' }],
  Claim: [],
};

/**
 * The order a list is read in: the terms asked for (the list's default when `terms` is
 * undefined), ending in `id` so the order is total. `id ASC` is appended when the terms do not
 * name it; terms after an `id` are dropped, since ids are unique and nothing is left to break.
 * Throws for a field the table does not know (the GraphQL layer checks them first).
 */
export function completeOrder(kind: SortKind, terms: readonly SortTerm[] | undefined): SortTerm[] {
  const asked = terms ?? DEFAULT_ORDERS[kind];
  for (const term of asked)
    if (SORT_TABLE[kind][term.field] === undefined) throw new Error(`${kind} lists cannot be sorted by ${term.field}`);
  const id = asked.findIndex((term) => term.field === 'id');
  return id === -1 ? [...asked, { field: 'id', direction: 'ASC' }] : asked.slice(0, id + 1);
}

/**
 * A readable name of a complete order, e.g. `date DESC, id ASC`: cursors carry it, so a cursor
 * is only accepted by a page read in the same order.
 */
export function signatureOf(order: readonly SortTerm[]): string {
  return order.map((term) => `${term.field} ${term.direction}`).join(', ');
}

/** The sort field of `term` on `kind`; throws for a field the table does not know. */
export function sortFieldOf(kind: SortKind, term: SortTerm): SortField {
  const field = SORT_TABLE[kind][term.field];
  if (field === undefined) throw new Error(`${kind} lists cannot be sorted by ${term.field}`);
  return field;
}

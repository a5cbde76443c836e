import type { ReferenceGraph, ReferenceNode } from './reference-graph';

/**
 * The orders of the SDL (`orderBy` and each list's default), evaluated in JavaScript on the
 * in-memory graph: the differential test's reference for the compiled sorts and cursors.
 * Written from the schema's descriptions, sharing nothing with the compiler's sort table.
 */
export interface SortTerm {
  readonly field: string;
  readonly direction: 'ASC' | 'DESC';
}

/** The fields each type's `<Type>Sort` input offers. */
export const SORT_FIELDS: Readonly<Record<string, readonly string[]>> = {
  Person: ['name', 'degree', 'id'],
  Organization: ['name', 'degree', 'id'],
  Place: ['name', 'degree', 'id'],
  Event: ['name', 'date', 'id'],
  Source: ['published', 'id'],
  Claim: ['published', 'kind', 'id'],
};

/** What each list is ordered by when `orderBy` is absent or empty. */
const DEFAULT_ORDERS: Readonly<Record<string, readonly SortTerm[]>> = {
  Person: [{ field: 'name', direction: 'ASC' }],
  Organization: [{ field: 'name', direction: 'ASC' }],
  Place: [{ field: 'name', direction: 'ASC' }],
  Event: [{ field: 'date', direction: 'ASC' }],
  Source: [{ field: 'published', direction: 'ASC' }],
  Claim: [],
};

type Value = string | number | undefined;

/** A field's value on a node; undefined when it has none. */
function valueOf(graph: ReferenceGraph, field: string, node: ReferenceNode): Value {
  switch (field) {
    case 'degree':
      return graph.degree(node.id);
    case 'date':
      return node.properties.startsOn as string | undefined;
    case 'published': {
      if (node.type === 'Source') return node.properties.published as string | undefined;
      // A claim: the earliest date among the sources it appears in.
      const dates = graph
        .neighbours(node.id, 'APPEARS_IN', 'out')
        .map((item) => item.node.properties.published)
        .filter((date): date is string => typeof date === 'string')
        .sort();
      return dates[0];
    }
    case 'id':
      return node.id;
    default:
      return node.properties[field] as string | undefined;
  }
}

/**
 * One term: missing values where the SDL puts them. An undated event comes last whatever the
 * direction; an undated source (or a claim of undated sources) counts as older than any date.
 */
function compareTerm(term: SortTerm, left: Value, right: Value): number {
  if (left === undefined || right === undefined) {
    if (left === right) return 0;
    if (term.field === 'date') return left === undefined ? 1 : -1;
    const missingFirst = left === undefined ? -1 : 1;
    return term.direction === 'ASC' ? missingFirst : -missingFirst;
  }
  const ascending = left < right ? -1 : left > right ? 1 : 0;
  return term.direction === 'ASC' ? ascending : -ascending;
}

/** The comparator of a list of `type` in `order` (the default when undefined), ties by id. */
export function comparatorOf(graph: ReferenceGraph, type: string, order: readonly SortTerm[] | undefined) {
  const terms: readonly SortTerm[] = [
    ...(order === undefined || order.length === 0 ? (DEFAULT_ORDERS[type] ?? []) : order),
    { field: 'id', direction: 'ASC' },
  ];
  return (a: ReferenceNode, b: ReferenceNode): number => {
    for (const term of terms) {
      const difference = compareTerm(term, valueOf(graph, term.field, a), valueOf(graph, term.field, b));
      if (difference !== 0) return difference;
    }
    return 0;
  };
}

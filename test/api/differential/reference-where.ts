import type { ReferenceGraph, ReferenceNode } from './reference-graph';

/**
 * The meaning of a `where`, as the SDL descriptions state it, evaluated in JavaScript on the
 * in-memory graph: the differential test's reference for the compiled filters.
 */
export type Where = Readonly<Record<string, unknown>>;
type Filter = Readonly<Record<string, unknown>>;

const STRING_FIELDS = new Set(['name', 'description', 'title', 'publisher', 'language', 'text', 'quote']);
const RELATIONS: Readonly<Record<string, { type: string; direction: 'out' | 'in'; target: string }>> = {
  statements: { type: 'STATED', direction: 'out', target: 'Claim' },
  events: { type: 'PARTICIPATED_IN', direction: 'out', target: 'Event' },
  mentionedIn: { type: 'MENTIONED_IN', direction: 'out', target: 'Source' },
  basedIn: { type: 'BASED_IN', direction: 'out', target: 'Place' },
  partOf: { type: 'PART_OF', direction: 'out', target: 'Place' },
  participants: { type: 'PARTICIPATED_IN', direction: 'in', target: 'Agent' },
  places: { type: 'OCCURRED_AT', direction: 'out', target: 'Place' },
  about: { type: 'ABOUT', direction: 'out', target: 'Node' },
};
const SINGLES: Readonly<Record<string, { type: string; direction: 'out' | 'in'; target: string }>> = {
  speaker: { type: 'STATED', direction: 'in', target: 'Agent' },
  source: { type: 'APPEARS_IN', direction: 'out', target: 'Source' },
};

export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function matchesWhere(
  graph: ReferenceGraph,
  { kind, where }: { readonly kind: string; readonly where: Where },
  node: ReferenceNode,
): boolean {
  return Object.entries(where).every(([name, value]) => {
    if (name === 'AND')
      return (value as Where[]).every((part) => matchesWhere(graph, { kind: kind, where: part }, node));
    if (name === 'OR') return (value as Where[]).some((part) => matchesWhere(graph, { kind: kind, where: part }, node));
    if (name === 'NOT') return !matchesWhere(graph, { kind: kind, where: value as Where }, node);
    return matchesField(graph, { kind, name, value }, node);
  });
}

function matchesField(
  graph: ReferenceGraph,
  { kind, name, value }: { readonly kind: string; readonly name: string; readonly value: unknown },
  node: ReferenceNode,
): boolean {
  const filter = value as Filter;
  if (name === 'disputed') return graph.neighbours(node.id, 'DISPUTES', 'in').length > 0 === value;
  if (name === 'id') return compare(node.id, filter);
  if (name === 'date') return compareDates(node.properties.startsOn, node.properties.endsOn, filter);
  if (name === 'published') return compareDates(node.properties.published, node.properties.published, filter);
  if (name === 'kind' && (kind === 'Place' || kind === 'Event')) return compareStrings(node.properties.kind, filter);
  if (STRING_FIELDS.has(name)) return compareStrings(node.properties[name], filter);
  if (name in SINGLES) {
    const single = SINGLES[name] as { type: string; direction: 'out' | 'in'; target: string };
    return graph
      .neighbours(node.id, single.type, single.direction)
      .some(({ node: other }) => matchesWhere(graph, { kind: single.target, where: filter }, other));
  }
  if (name in RELATIONS) {
    const relation = RELATIONS[name] as { type: string; direction: 'out' | 'in'; target: string };
    const others = graph.neighbours(node.id, relation.type, relation.direction).map((item) => item.node);
    return Object.entries(filter).every(([quantifier, inner]) => {
      const test = (other: ReferenceNode) =>
        matchesWhere(graph, { kind: relation.target, where: inner as Where }, other);
      if (quantifier === 'some') return others.some(test);
      if (quantifier === 'none') return !others.some(test);
      return others.every(test);
    });
  }
  // Enums and numbers: kind, status, latitude, longitude.
  return compare(node.properties[name], filter);
}

function compare(actual: unknown, filter: Filter): boolean {
  if (actual === null || actual === undefined) return false;
  return Object.entries(filter).every(([operator, expected]) => {
    const a = actual as string | number;
    const b = expected as string | number;
    switch (operator) {
      case 'eq':
        return a === b;
      case 'in':
        return (expected as unknown[]).includes(a);
      case 'gt':
        return a > b;
      case 'gte':
        return a >= b;
      case 'lt':
        return a < b;
      default:
        return a <= b;
    }
  });
}

function compareStrings(actual: unknown, filter: Filter): boolean {
  if (typeof actual !== 'string') return false;
  return Object.entries(filter).every(([operator, expected]) => {
    if (operator === 'contains') return fold(actual).includes(fold(expected as string));
    if (operator === 'startsWith') return fold(actual).startsWith(fold(expected as string));
    if (operator === 'endsWith') return actual.endsWith(expected as string);
    return compare(actual, { [operator]: expected });
  });
}

function firstDay(date: string): string {
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}`;
}

function lastDay(date: string): string {
  const [year, month, day] = date.split('-');
  if (month === undefined) return `${year}-12-31`;
  if (day !== undefined) return date;
  const days = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return `${year}-${month}-${String(days).padStart(2, '0')}`;
}

/** Some day of [start, end] satisfies every comparison; undated matches nothing. */
function compareDates(start: unknown, end: unknown, filter: Filter): boolean {
  if (typeof start !== 'string' || typeof end !== 'string') return false;
  return Object.entries(filter).every(([operator, value]) => {
    const date = value as string;
    switch (operator) {
      case 'eq':
        return start <= lastDay(date) && end >= firstDay(date);
      case 'gt':
        return end > lastDay(date);
      case 'gte':
        return end >= firstDay(date);
      case 'lt':
        return start < firstDay(date);
      default:
        return start <= lastDay(date);
    }
  });
}

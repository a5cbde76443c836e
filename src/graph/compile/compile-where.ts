import { firstDayOf, lastDayOf } from '../../domain/partial-dates';
import { foldedTextPattern } from './fold-text';
import { relationshipPattern } from './project-related';
import { WHERE_TABLE, type WhereField, type WhereKind } from './where-table';

/** A checked `where` input: field names to filters, plus AND, OR and NOT. */
export type WhereInput = Readonly<Record<string, unknown>>;

/**
 * Collects the values a filter binds and hands out their names and the variables of its
 * subqueries. A `where` is written and bound in one walk: on a cache hit the text is dropped and
 * only the values are kept, so both always agree.
 */
export class WhereSink {
  private values = 0;
  private variables = 0;

  constructor(
    private readonly prefix: string,
    readonly parameters: Record<string, unknown> = {},
  ) {}

  /** Binds `value` and returns its `$name`. */
  bind(value: unknown): string {
    const name = `${this.prefix}_w${this.values}`;
    this.values += 1;
    this.parameters[name] = value;
    return `$${name}`;
  }

  /** A fresh variable for a relationship filter's subquery. */
  nextVariable(): string {
    this.variables += 1;
    return `${this.prefix}w${this.variables}`;
  }
}

/**
 * The Cypher condition on node `variable` that `where` asks for ('true' for an empty where).
 * Fields combine with AND; `AND`/`OR` take lists, `NOT` one where. Property names and
 * relationship types come from WHERE_TABLE, every value is a parameter.
 */
export function compileWhere(
  { kind, where }: { readonly kind: WhereKind; readonly where: WhereInput },
  variable: string,
  sink: WhereSink,
): string {
  const conditions: string[] = [];
  for (const [name, value] of Object.entries(where)) {
    if (name === 'AND' || name === 'OR') {
      const parts = (value as WhereInput[]).map((part) => `(${compileWhere({ kind, where: part }, variable, sink)})`);
      if (parts.length > 0) conditions.push(parts.join(name === 'AND' ? ' AND ' : ' OR '));
      else if (name === 'OR') conditions.push('false');
    } else if (name === 'NOT')
      conditions.push(`NOT ${definitely(compileWhere({ kind, where: value as WhereInput }, variable, sink))}`);
    else conditions.push(compileField({ field: fieldOf(kind, name), value }, variable, sink));
  }
  return conditions.length === 0 ? 'true' : conditions.map((condition) => `(${condition})`).join(' AND ');
}

/**
 * The condition that keeps retracted claims out of a claim list, unless its `where` asks about
 * retraction at the top level (`retracted: true` lists only the retracted ones); null then.
 */
export function hideRetracted(where: WhereInput | undefined, variable: string): string | null {
  return where?.retracted === undefined ? `NOT ${variable}:Retracted` : null;
}

/**
 * How many retracted claims `pattern` reaches (its claim end is `claim:Retracted`), found from the
 * few retracted claims (a label scan) rather than by expanding every relationship of the bound
 * node, which for a hub speaker or subject is thousands: a node's claim count is its degree
 * minus this. Measured with PROFILE: without the hint Neo4j expands all of them.
 */
export function countRetracted(pattern: string, claim: string): string {
  return `COUNT { MATCH ${pattern} USING SCAN ${claim}:Retracted }`;
}

/**
 * A comparison with a missing property is null in Cypher, and NOT null is null again: negated,
 * a missing value would match neither a condition nor its negation. Negations read null as
 * false, so `NOT {date: {lt: "2025"}}` keeps the undated events.
 */
function definitely(condition: string): string {
  return `coalesce((${condition}), false)`;
}

/**
 * The date fields every node that `where` matches has a value of: each date operator compares
 * the date, and a comparison with a missing one is never true, so a date filter with at least
 * one operator, at the top level or in a top-level AND, keeps undated nodes out. (Under OR or
 * NOT it does not.)
 */
export function requiredDates(kind: WhereKind, where: WhereInput | undefined): Set<string> {
  const required = new Set<string>();
  for (const [name, value] of Object.entries(where ?? {})) {
    if (name === 'AND')
      for (const part of value as WhereInput[]) for (const date of requiredDates(kind, part)) required.add(date);
    else if (
      name !== 'OR' &&
      name !== 'NOT' &&
      fieldOf(kind, name).kind === 'date' &&
      Object.keys(value as object).length > 0
    )
      required.add(name);
  }
  return required;
}

function fieldOf(kind: WhereKind, name: string): WhereField {
  const field = WHERE_TABLE[kind][name];
  if (field === undefined) throw new Error(`The query compiler has no filter ${name} on ${kind}`);
  return field;
}

function compileField(
  { field, value }: { readonly field: WhereField; readonly value: unknown },
  variable: string,
  sink: WhereSink,
): string {
  const filter = value as Readonly<Record<string, unknown>>;
  switch (field.kind) {
    case 'id':
      return compareAll(`${variable}.id`, filter, sink);
    case 'enum':
    case 'number':
      return compareAll(`${variable}.${field.property}`, filter, sink);
    case 'string':
      return compareStrings(`${variable}.${field.property}`, filter, sink);
    case 'date':
      return compareDates({ start: `${variable}.${field.start}`, end: `${variable}.${field.end}` }, filter, sink);
    case 'count': {
      const pattern = relationshipPattern(
        variable,
        { type: field.relationship, direction: field.direction },
        `:${field.target}`,
      );
      const count = filter.count as Readonly<Record<string, unknown>>;
      return compareAll(`COUNT { ${pattern} }`, count, sink);
    }
    case 'disputed':
      return `EXISTS { (${variable})<-[:DISPUTES]-() } = ${sink.bind(value)}`;
    case 'retracted':
      return `(${variable}:Retracted) = ${sink.bind(value)}`;
    case 'single':
    case 'relation': {
      const other = sink.nextVariable();
      const pattern = relationshipPattern(variable, { type: field.relationship, direction: field.direction }, other);
      const match = (condition: string) => `EXISTS { MATCH ${pattern} WHERE ${condition} }`;
      if (field.kind === 'single') return match(compileWhere({ kind: field.target, where: filter }, other, sink));
      return Object.entries(filter)
        .map(([quantifier, where]) => {
          const condition = compileWhere({ kind: field.target, where: where as WhereInput }, other, sink);
          if (quantifier === 'some') return match(condition);
          if (quantifier === 'none') return `NOT ${match(condition)}`;
          return `NOT ${match(`NOT ${definitely(condition)}`)}`;
        })
        .join(' AND ');
    }
  }
}

const OPERATORS: Readonly<Record<string, string>> = { eq: '=', in: 'IN', gt: '>', gte: '>=', lt: '<', lte: '<=' };

function compareAll(property: string, filter: Readonly<Record<string, unknown>>, sink: WhereSink): string {
  return Object.entries(filter)
    .map(([operator, value]) => `${property} ${OPERATORS[operator] as string} ${sink.bind(value)}`)
    .join(' AND ');
}

function compareStrings(property: string, filter: Readonly<Record<string, unknown>>, sink: WhereSink): string {
  return Object.entries(filter)
    .map(([operator, value]) => {
      if (operator === 'contains' || operator === 'startsWith')
        return `normalize(${property}, NFD) =~ ${sink.bind(foldedTextPattern(value as string, operator))}`;
      if (operator === 'endsWith') return `${property} ENDS WITH ${sink.bind(value)}`;
      return `${property} ${OPERATORS[operator] as string} ${sink.bind(value)}`;
    })
    .join(' AND ');
}

/**
 * A date matches when some day of its range satisfies the comparison with the days of a partial
 * date: `gte: "2025"` keeps what lasts into 2025 or later, `eq: "2025-07"` what overlaps July.
 * Undated nodes match no date filter. The start bound comes first, so the startsOn index serves.
 */
function compareDates(
  { start, end }: { readonly start: string; readonly end: string },
  filter: Readonly<Record<string, unknown>>,
  sink: WhereSink,
): string {
  return Object.entries(filter)
    .map(([operator, value]) => {
      const first = () => sink.bind(firstDayOf(value as string));
      const last = () => sink.bind(lastDayOf(value as string));
      switch (operator) {
        case 'eq':
          return `${start} <= ${last()} AND ${end} >= ${first()}`;
        case 'gt':
          return `${start} IS NOT NULL AND ${end} > ${last()}`;
        case 'gte':
          return `${start} IS NOT NULL AND ${end} >= ${first()}`;
        case 'lt':
          return `${start} < ${first()}`;
        default:
          return `${start} <= ${last()}`;
      }
    })
    .join(' AND ');
}

import { firstDayOf, lastDayOf } from '../../domain/partial-dates';
import { foldedTextPattern } from './fold-text';
import { relationshipPattern } from './project-related';
import { WHERE_TABLE, type WhereField, type WhereKind } from './where-table';

/** A checked `where` input: field names to filters, plus AND, OR and NOT. */
export type WhereInput = Readonly<Record<string, unknown>>;

/** Reads one value out of a request's where of the shape a filter was compiled from. */
export type WhereRead = (where: WhereInput) => unknown;

/**
 * Hands out the names of a filter's values, each with how to read it from a request's where,
 * and the variables of its subqueries. A `where` is written once per shape; what each `$name`
 * holds is recorded in the same walk (`record`), so the text and the values read into it
 * cannot disagree.
 */
export class WhereSink {
  private values = 0;
  private variables = 0;

  constructor(
    private readonly prefix: string,
    private readonly record: (name: string, read: WhereRead) => void,
  ) {}

  /** Records that the next `$name` holds `read(where)` and returns `$name`. */
  bind(read: WhereRead): string {
    const name = `${this.prefix}_w${this.values}`;
    this.values += 1;
    this.record(name, read);
    return `$${name}`;
  }

  /** A fresh variable for a relationship filter's subquery. */
  nextVariable(): string {
    this.variables += 1;
    return `${this.prefix}w${this.variables}`;
  }
}

/** Where a part of a where is found in the whole: the root where itself, its NOT, an AND's item. */
type WherePath = (root: WhereInput) => WhereInput;
const WHOLE: WherePath = (root) => root;

/**
 * The Cypher condition on node `variable` that `where` asks for ('true' for an empty where).
 * Fields combine with AND; `AND`/`OR` take lists, `NOT` one where. Property names and
 * relationship types come from WHERE_TABLE, every value is a parameter, read by `at` from the
 * where the sink's values are read from (the whole where, unless given).
 */
export function compileWhere(
  { kind, where, at = WHOLE }: { readonly kind: WhereKind; readonly where: WhereInput; readonly at?: WherePath },
  variable: string,
  sink: WhereSink,
): string {
  const conditions: string[] = [];
  for (const [name, value] of Object.entries(where)) {
    if (name === 'AND' || name === 'OR') {
      const parts = (value as WhereInput[]).map((part, index) => {
        const partAt: WherePath = (root) => (at(root)[name] as WhereInput[])[index] as WhereInput;
        return `(${compileWhere({ kind, where: part, at: partAt }, variable, sink)})`;
      });
      if (parts.length > 0) conditions.push(parts.join(name === 'AND' ? ' AND ' : ' OR '));
      else if (name === 'OR') conditions.push('false');
    } else if (name === 'NOT') {
      const notAt: WherePath = (root) => at(root).NOT as WhereInput;
      conditions.push(
        `NOT ${definitely(compileWhere({ kind, where: value as WhereInput, at: notAt }, variable, sink))}`,
      );
    } else {
      const filterAt: WherePath = (root) => at(root)[name] as WhereInput;
      conditions.push(compileField({ field: fieldOf(kind, name), value, at: filterAt }, variable, sink));
    }
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
 * How many hidden drafts `pattern` reaches (its claim end is `claim`): none when the statement
 * shows drafts, and retracted ones are counted by countRetracted. Drafts are not few, so the
 * pattern is expanded; its count is taken off a degree like countRetracted's.
 */
export function countDrafts(pattern: string, claim: string): string {
  return `COUNT { MATCH ${pattern} WHERE NOT $drafts AND ${claim}.reviewStatus = 'DRAFT' AND NOT ${claim}:Retracted }`;
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

/** A field's filter: its entry in the where table, its value, and where the value is in the whole where. */
interface FieldFilter {
  readonly field: WhereField;
  readonly value: unknown;
  readonly at: WherePath;
}

/** The operators of a field's filter, each with how to read its value from the whole where. */
function operatorsOf(value: unknown, at: WherePath): Operators {
  return Object.keys(value as WhereInput).map((operator) => ({ operator, read: (root) => at(root)[operator] }));
}

function compileField({ field, value, at }: FieldFilter, variable: string, sink: WhereSink): string {
  switch (field.kind) {
    case 'id':
      return compareAll(`${variable}.id`, operatorsOf(value, at), sink);
    case 'enum':
    case 'number':
      return compareAll(`${variable}.${field.property}`, operatorsOf(value, at), sink);
    case 'string':
      return compareStrings(`${variable}.${field.property}`, operatorsOf(value, at), sink);
    case 'date':
      return compareDates(
        { start: `${variable}.${field.start}`, end: `${variable}.${field.end}` },
        operatorsOf(value, at),
        sink,
      );
    case 'count': {
      const pattern = relationshipPattern(
        variable,
        { type: field.relationship, direction: field.direction },
        `:${field.target}`,
      );
      const countAt: WherePath = (root) => at(root).count as WhereInput;
      return compareAll(`COUNT { ${pattern} }`, operatorsOf((value as WhereInput).count, countAt), sink);
    }
    case 'disputed':
      return `EXISTS { (${variable})<-[:DISPUTES]-() } = ${sink.bind(at)}`;
    case 'retracted':
      return `(${variable}:Retracted) = ${sink.bind(at)}`;
    case 'review': {
      const status = (value as WhereInput).status as WhereInput | undefined;
      const statusAt: WherePath = (root) => at(root).status as WhereInput;
      return status === undefined
        ? 'true'
        : compareAll(`${variable}.reviewStatus`, operatorsOf(status, statusAt), sink);
    }
    case 'single':
    case 'relation': {
      const other = sink.nextVariable();
      const pattern = relationshipPattern(variable, { type: field.relationship, direction: field.direction }, other);
      const match = (condition: string) => `EXISTS { MATCH ${pattern} WHERE ${condition} }`;
      const filter = value as WhereInput;
      if (field.kind === 'single') return match(compileWhere({ kind: field.target, where: filter, at }, other, sink));
      return Object.entries(filter)
        .map(([quantifier, where]) => {
          const quantifierAt: WherePath = (root) => at(root)[quantifier] as WhereInput;
          const condition = compileWhere(
            { kind: field.target, where: where as WhereInput, at: quantifierAt },
            other,
            sink,
          );
          if (quantifier === 'some') return match(condition);
          if (quantifier === 'none') return `NOT ${match(condition)}`;
          return `NOT ${match(`NOT ${definitely(condition)}`)}`;
        })
        .join(' AND ');
    }
  }
}

const OPERATORS: Readonly<Record<string, string>> = { eq: '=', in: 'IN', gt: '>', gte: '>=', lt: '<', lte: '<=' };

type Operators = readonly { readonly operator: string; readonly read: WhereRead }[];

function compareAll(property: string, operators: Operators, sink: WhereSink): string {
  return operators
    .map(({ operator, read }) => `${property} ${OPERATORS[operator] as string} ${sink.bind(read)}`)
    .join(' AND ');
}

function compareStrings(property: string, operators: Operators, sink: WhereSink): string {
  return operators
    .map(({ operator, read }) => {
      if (operator === 'contains' || operator === 'startsWith')
        return `normalize(${property}, NFD) =~ ${sink.bind((root) => foldedTextPattern(read(root) as string, operator))}`;
      if (operator === 'endsWith') return `${property} ENDS WITH ${sink.bind(read)}`;
      return `${property} ${OPERATORS[operator] as string} ${sink.bind(read)}`;
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
  operators: Operators,
  sink: WhereSink,
): string {
  return operators
    .map(({ operator, read }) => {
      const first = () => sink.bind((root) => firstDayOf(read(root) as string));
      const last = () => sink.bind((root) => lastDayOf(read(root) as string));
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

/**
 * What one root field of an operation asks for, in terms the compiler understands and free of
 * GraphQL's syntax: fragments are already applied, `@skip`/`@include` evaluated, arguments
 * coerced (defaults filled in) and checked. The GraphQL layer builds it from the operation; the
 * compiler turns it into one Cypher statement whose result has exactly the response's shape.
 */
export interface FieldSelection {
  /** The response key: the alias, or the field name. The compiled result is keyed by it. */
  readonly key: string;
  /** The schema field name, looked up in the compiler's field table. */
  readonly field: string;
  /** Checked argument values; absent and null arguments are left out. */
  readonly args: Readonly<Record<string, unknown>>;
  /**
   * The sub-selection of an object, interface or union field, per concrete type it may resolve
   * to (one entry for an object type); null for a scalar or enum field.
   */
  readonly children: TypedSelections | null;
}

/**
 * A field's arguments read as the shape its field declares (`first`, `after`, `where`, ...). The
 * GraphQL layer coerced them against the schema and checked them (src/graphql/compiled) before
 * they got here, which TypeScript cannot follow through the untyped map: this is the one place
 * that says so, instead of a cast at every use.
 */
export function argumentsOf<Arguments>(field: Pick<FieldSelection, 'args'>): Arguments {
  return field.args as Arguments;
}

/** Sub-selections by concrete GraphQL type name (Person, Claim, Participation, ...). */
export type TypedSelections = ReadonlyMap<string, readonly FieldSelection[]>;

/** The root field itself: its name and arguments, and what it selects. */
export interface RootSelection extends FieldSelection {
  readonly children: TypedSelections;
}

/**
 * A string that is equal for two selections exactly when they compile to the same Cypher text:
 * keys, fields, concrete types, which arguments are present and the structure of input objects
 * (a `where`'s fields and operators, the length of its AND/OR lists). Scalar values, and lists
 * of them, are parameters and do not count, except those of TEXT_SHAPING_ARGUMENTS.
 */
export function shapeOf(selection: FieldSelection): string {
  const args = Object.entries(selection.args)
    .map(
      ([name, value]) => `${name}${TEXT_SHAPING_ARGUMENTS.has(name) ? `=${JSON.stringify(value)}` : valueShape(value)}`,
    )
    .join(',');
  const head = `${selection.key}:${selection.field}(${args})`;
  if (selection.children === null) return head;
  const branches = [...selection.children].map(
    ([type, fields]) => `${type}{${fields.map((field) => shapeOf(field)).join(' ')}}`,
  );
  return `${head}[${branches.join('|')}]`;
}

/**
 * Arguments that pick a different statement, not a different value: `claimGroups(by:)`, and
 * `orderBy` (its fields and directions are the ORDER BY and the cursor conditions).
 */
const TEXT_SHAPING_ARGUMENTS = new Set(['by', 'orderBy']);

function valueShape(value: unknown): string {
  if (Array.isArray(value)) return value.some(isObject) ? `[${value.map(valueShape).join(',')}]` : '';
  if (!isObject(value)) return '';
  return `{${Object.entries(value)
    .map(([name, inner]) => `${name}${valueShape(inner)}`)
    .join(',')}}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The sub-selection of an object-valued field; a leaf field here is a compiler bug. */
export function childrenOf(field: FieldSelection): TypedSelections {
  if (field.children === null) throw new Error(`${field.field} has no sub-selection`);
  return field.children;
}

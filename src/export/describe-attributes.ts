/** The value kinds both GraphML and GEXF can declare for an attribute. */
export type AttributeKind = 'boolean' | 'int' | 'long' | 'double' | 'string';

export interface AttributeDescription {
  readonly name: string;
  readonly kind: AttributeKind;
}

const INT_MAX = 2 ** 31 - 1;
const INT_MIN = -(2 ** 31);

/**
 * One declaration per attribute name used by any of the records, in the order the names first
 * appear, each with the narrowest kind that holds every value given under that name: booleans
 * stay boolean, whole numbers int (long beyond 32 bits), other numbers double; anything else,
 * and any mix of kinds, is a string (lists and maps as JSON, see `formatAttributeValue`).
 * `null` and `undefined` mean "no value" and do not count; a name with no value anywhere is
 * left out. Empty input gives an empty list.
 */
export function describeAttributes(records: readonly Readonly<Record<string, unknown>>[]): AttributeDescription[] {
  const kinds = new Map<string, AttributeKind>();
  for (const record of records) {
    for (const [name, value] of Object.entries(record)) {
      if (value === null || value === undefined) continue;
      const kind = kindOfValue(value);
      const known = kinds.get(name);
      kinds.set(name, known === undefined ? kind : widerKind(known, kind));
    }
  }
  return [...kinds].map(([name, kind]) => ({ name, kind }));
}

function kindOfValue(value: unknown): AttributeKind {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number' && Number.isFinite(value)) {
    if (!Number.isInteger(value)) return 'double';
    return value >= INT_MIN && value <= INT_MAX ? 'int' : 'long';
  }
  return 'string';
}

const NUMERIC_RANK: Readonly<Partial<Record<AttributeKind, number>>> = { int: 0, long: 1, double: 2 };

function widerKind(a: AttributeKind, b: AttributeKind): AttributeKind {
  if (a === b) return a;
  const rankOfA = NUMERIC_RANK[a];
  const rankOfB = NUMERIC_RANK[b];
  if (rankOfA === undefined || rankOfB === undefined) return 'string';
  return rankOfA > rankOfB ? a : b;
}

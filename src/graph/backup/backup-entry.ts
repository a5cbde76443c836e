import neo4j, { isInt } from 'neo4j-driver';

/**
 * One line of a backup: a node (labels and properties), a relationship (type, the `id`s of its
 * ends, properties). Bookkeeping nodes (the change log, merged ids) are nodes like any other.
 */
export type BackupEntry =
  | { readonly kind: 'node'; readonly labels: readonly string[]; readonly properties: EncodedProperties }
  | {
      readonly kind: 'relationship';
      readonly type: string;
      readonly from: string;
      readonly to: string;
      readonly properties: EncodedProperties;
    };

/**
 * Property values as JSON can carry them without losing Neo4j's types: an integer is a JSON
 * number, a float that happens to be whole is `{"$float": n}` (so 61.0 comes back a float, not
 * an integer), anything else as JSON has it; lists element by element.
 */
export type EncodedValue = string | number | boolean | { readonly $float: number } | readonly EncodedValue[];
export type EncodedProperties = Readonly<Record<string, EncodedValue>>;

/** Encodes one stored property; throws naming `where` for a type backups do not carry (temporal, spatial). */
export function encodeValue(value: unknown, where: string): EncodedValue {
  if (isInt(value)) {
    if (!neo4j.integer.inSafeRange(value))
      throw new Error(`${where}: the integer ${value.toString()} is outside the range a backup carries`);
    return value.toNumber();
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${where}: the float ${value} cannot be written as JSON`);
    return Number.isInteger(value) ? { $float: value } : value;
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map((element, i) => encodeValue(element, `${where}[${i}]`));
  throw new Error(
    `${where}: a value of type ${describe(value)} cannot be backed up (only numbers, text, booleans and lists)`,
  );
}

/** The value to write back: integers as Neo4j integers, floats as JavaScript numbers (which Bolt sends as floats). */
export function decodeValue(value: EncodedValue): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(decodeValue);
  if (typeof value === 'object') return (value as { $float: number }).$float;
  return value;
}

export function encodeProperties(properties: Record<string, unknown>, where: string): EncodedProperties {
  return Object.fromEntries(
    Object.entries(properties).map(([key, value]) => [key, encodeValue(value, `${where}.${key}`)]),
  );
}

export function decodeProperties(properties: EncodedProperties): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, decodeValue(value)]));
}

function describe(value: unknown): string {
  return value === null ? 'null' : typeof value === 'object' ? (value.constructor?.name ?? 'object') : typeof value;
}

import neo4j from 'neo4j-driver';

/**
 * Plain JSON for a value read from Neo4j: integers become numbers (or decimal strings when
 * outside JavaScript's safe range), temporals become ISO 8601 strings, and lists, maps, nodes
 * and relationships are converted recursively (nodes and relationships to their properties).
 * Neo4j's `Integer` objects would otherwise break graphql's scalars and JSON output.
 */
export function toPlainValue(value: unknown): unknown {
  // Strings, numbers and booleans are most of what a result holds: they leave before any of the
  // driver's type checks, which this runs for every value of every row.
  if (typeof value !== 'object') return value === undefined ? null : value;
  if (value === null) return null;
  if (Array.isArray(value)) return value.map(toPlainValue);
  if (neo4j.isInt(value)) return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlainValue(value.properties);
  const plain: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) plain[key] = toPlainValue(child);
  return plain;
}

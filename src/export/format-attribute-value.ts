/**
 * The text of one attribute value in a GraphML or GEXF file, for an attribute declared by
 * `describeAttributes` (whose non-string kinds hold only primitives of that kind): numbers and booleans as their XML Schema spellings, strings
 * as they are, lists and maps as JSON (so `["Putin","Путин"]` reads back unambiguously, which a
 * comma- or pipe-separated list would not). `undefined` for `null` and `undefined`, which the
 * formats write by leaving the value out.
 */
export function formatAttributeValue(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}

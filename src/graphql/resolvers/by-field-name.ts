/**
 * Resolvers that read each listed field of a plain object by its field name. The default field
 * resolver reads by response key (compiled results are keyed so), which an alias would break for
 * objects built in JavaScript.
 */
export function byFieldName<Parent = Record<string, unknown>>(
  fields: readonly string[],
): Record<string, (parent: Parent) => unknown> {
  return Object.fromEntries(
    fields.map((field) => [field, (parent: Parent) => (parent as Record<string, unknown>)[field] ?? null]),
  );
}

/** What every renamed property name starts with. */
export const CLASHING_PROPERTY_PREFIX = 'property_';

/**
 * A node's or edge's stored properties as top-level fields beside the fields a format reserves
 * (`id`, `source`, `target`, `label`, …). A property whose name is reserved would overwrite the
 * element's identity or change how a reader draws it, so it is kept under `property_<name>`
 * instead (prefixed again while that name is taken too); every other property keeps its name.
 * The order of the properties is kept, so the output is the same for the same input.
 */
export function flattenProperties(
  properties: Readonly<Record<string, unknown>>,
  reservedNames: ReadonlySet<string>,
): Record<string, unknown> {
  const names = Object.keys(properties);
  const taken = new Set<string>(reservedNames);
  for (const name of names) if (!reservedNames.has(name)) taken.add(name);

  // Object.fromEntries defines each field, so even a property named `__proto__` stays data.
  return Object.fromEntries(
    names.map((name) => {
      if (!reservedNames.has(name)) return [name, properties[name]];
      let flatName = CLASHING_PROPERTY_PREFIX + name;
      while (taken.has(flatName)) flatName = CLASHING_PROPERTY_PREFIX + flatName;
      taken.add(flatName);
      return [flatName, properties[name]];
    }),
  );
}

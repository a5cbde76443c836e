/**
 * The properties of `wanted` that differ from `current` (compared as JSON), null for each
 * property of `current` that `wanted` sets to null. Writing only these leaves every property a
 * write did not change exactly as it was, whatever else the node holds.
 */
export function changedProperties(
  current: Readonly<Record<string, unknown>>,
  wanted: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(wanted).filter(
      ([key, value]) => JSON.stringify(current[key] ?? null) !== JSON.stringify(value ?? null),
    ),
  );
}

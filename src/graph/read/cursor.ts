/**
 * Opaque Relay cursors: the sort key of the last item seen, so the next page is an index seek
 * (`WHERE key > cursor`) rather than a SKIP over everything before it.
 */
export type SortKey = readonly (string | number)[];

export function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** The sort key in `cursor`, or null when it is not a cursor of `length` keys made by us. */
export function decodeCursor(cursor: string, length: number): SortKey | null {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(key) || key.length !== length) return null;
    return key.every((part) => typeof part === 'string' || typeof part === 'number') ? key : null;
  } catch {
    return null;
  }
}

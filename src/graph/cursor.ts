/**
 * Opaque Relay cursors: the sort key of an item and the order it was read in, so the next page
 * is an index seek or a bound on the sort (`WHERE key > cursor`) rather than a SKIP over
 * everything before it, and a cursor is only accepted by a page read in the same order.
 */
export type SortKey = readonly (string | number)[];

export interface Cursor {
  /** The order's signature, e.g. `date DESC, id ASC` (see signatureOf). */
  readonly order: string;
  /** The item's sort values, one per term of the order. */
  readonly key: SortKey;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify({ order: cursor.order, key: cursor.key }), 'utf8').toString('base64url');
}

/** The cursor in `text`, or null when it is not a cursor made by encodeCursor. */
export function decodeCursor(text: string): Cursor | null {
  try {
    const cursor: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (typeof cursor !== 'object' || cursor === null) return null;
    const { order, key } = cursor as Record<string, unknown>;
    if (typeof order !== 'string' || !Array.isArray(key)) return null;
    return key.every((part) => typeof part === 'string' || typeof part === 'number') ? { order, key } : null;
  } catch {
    return null;
  }
}

import { toPlainValue } from './to-plain-value';

/**
 * One entry of the change log: a write, in the order writes committed. `before` and `after` are
 * JSON texts of `{id: properties}` for the nodes the write touched (a node absent before, or
 * deleted by it, is null on that side).
 */
export interface ChangeRecord {
  readonly sequence: number;
  readonly kind: string;
  readonly subject: string;
  /** ISO 8601 time of the write. */
  readonly at: string;
  readonly nodeIds: readonly string[];
  /** The `NodeType` of each of `nodeIds`, for subscribers filtering by type. */
  readonly nodeTypes: readonly string[];
  readonly before: string | null;
  readonly after: string | null;
}

/** Cypher projection of change node `c` that `toChangeRecord` reads. */
export function projectChange(variable: string): string {
  return `properties(${variable})`;
}

export function toChangeRecord(projection: unknown): ChangeRecord {
  const properties = toPlainValue(projection) as Record<string, unknown>;
  return {
    sequence: properties.sequence as number,
    kind: properties.kind as string,
    subject: properties.subject as string,
    at: properties.at as string,
    nodeIds: (properties.nodeIds ?? []) as string[],
    nodeTypes: (properties.nodeTypes ?? []) as string[],
    before: (properties.before ?? null) as string | null,
    after: (properties.after ?? null) as string | null,
  };
}

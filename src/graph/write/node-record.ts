import { NODE_LABELS, type NodeLabel } from '../graph-model';
import { toPlainValue } from '../to-plain-value';

/**
 * A node as the graph layer hands it to resolvers: its type and its properties as plain JSON.
 * Every query that returns nodes returns them as `{labels: labels(n), properties: properties(n)}`.
 */
export interface NodeRecord {
  readonly label: NodeLabel;
  readonly properties: Readonly<Record<string, unknown>>;
}

/** Cypher projection of node `n` that `toNodeRecord` reads. */
export function projectNode(variable: string): string {
  return `{labels: labels(${variable}), properties: properties(${variable})}`;
}

/** Converts a projected node; throws on a node that has none of the model's labels (corrupt data). */
export function toNodeRecord(projection: unknown): NodeRecord {
  const { labels, properties } = projection as { labels: string[]; properties: Record<string, unknown> };
  const label = NODE_LABELS.find((candidate) => labels.includes(candidate));
  if (label === undefined)
    throw new Error(`Node with labels ${JSON.stringify(labels)} has no label of the graph model`);
  return { label, properties: toPlainValue(properties) as Record<string, unknown> };
}

/** The stable id of a node record. */
export function idOf(record: NodeRecord): string {
  return record.properties.id as string;
}

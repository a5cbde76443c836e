import type { GraphDatabase } from '../../src/graph/graph-database';
import { toPlainValue } from '../../src/graph/to-plain-value';

/** One relationship of a node, seen from the node: its type, which way it points, the other end. */
export interface RelationshipSnapshot {
  readonly type: string;
  readonly direction: 'out' | 'in';
  readonly other: string;
  readonly properties: Record<string, unknown>;
}

/** Everything a node is: labels, properties, and every relationship with its properties. */
export interface NodeSnapshot {
  readonly labels: string[];
  readonly properties: Record<string, unknown>;
  /** Sorted by type, direction and other end, so two snapshots compare with `toEqual`. */
  readonly relationships: RelationshipSnapshot[];
}

/** The node as stored, read straight from Neo4j; null when there is no node with `id`. */
export async function snapshotNode(database: GraphDatabase, id: string): Promise<NodeSnapshot | null> {
  const result = await database.read(
    `MATCH (n:Node {id: $id})
     RETURN labels(n) AS labels, properties(n) AS properties,
       [(n)-[r]->(o) | {type: type(r), direction: 'out', other: o.id, properties: properties(r)}] +
       [(n)<-[r]-(o) | {type: type(r), direction: 'in', other: o.id, properties: properties(r)}] AS relationships`,
    { id },
  );
  const row = result.records[0];
  if (row === undefined) return null;
  const relationships = toPlainValue(row.get('relationships')) as RelationshipSnapshot[];
  return {
    labels: [...(row.get('labels') as string[])].sort(),
    properties: toPlainValue(row.get('properties')) as Record<string, unknown>,
    relationships: relationships.sort((a, b) => keyOf(a).localeCompare(keyOf(b))),
  };
}

/** `TYPE out other`: a relationship's identity as seen from its node. */
export function keyOf(relationship: Omit<RelationshipSnapshot, 'properties'>): string {
  return `${relationship.type} ${relationship.direction} ${relationship.other}`;
}

/** The evidence spans of a relationship as `source@start-end` strings (fact and mention lists alike). */
export function spansOf(properties: Record<string, unknown>): string[] {
  const sources = (properties.evidenceSources ?? []) as string[];
  const starts = (properties.evidenceStarts ?? properties.starts ?? []) as number[];
  const ends = (properties.evidenceEnds ?? properties.ends ?? []) as number[];
  return starts.map((start, i) => `${sources[i] ?? ''}@${start}-${ends[i]}`);
}

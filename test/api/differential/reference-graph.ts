import type { GraphDatabase } from '../../../src/graph/graph-database';
import { toPlainValue } from '../../../src/graph/to-plain-value';

/**
 * The whole graph in memory, read with two plain Cypher queries, for the differential test's
 * reference answers: they are computed here in JavaScript, field by field, sharing no code with
 * the query compiler.
 */
export interface ReferenceNode {
  readonly id: string;
  readonly type: string;
  readonly properties: Readonly<Record<string, unknown>>;
}

export interface ReferenceRelationship {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly properties: Readonly<Record<string, unknown>>;
}

export interface ReferenceGraph {
  readonly nodes: ReadonlyMap<string, ReferenceNode>;
  /** The nodes at the other end of `id`'s relationships of `type`, with each relationship. */
  neighbours(
    id: string,
    type: string,
    direction: 'out' | 'in',
  ): { node: ReferenceNode; relationship: ReferenceRelationship }[];
  ofType(type: string): ReferenceNode[];
  /** How many relationships `id` has, of any type, in either direction. */
  degree(id: string): number;
}

const TYPES = ['Person', 'Organization', 'Place', 'Event', 'Claim', 'Source'];

export async function readReferenceGraph(database: GraphDatabase): Promise<ReferenceGraph> {
  // Graph nodes only: the change log's bookkeeping nodes (one of them with an id) are no answer.
  const nodeRows = await database.read('MATCH (n:Node) RETURN labels(n) AS labels, properties(n) AS properties');
  const nodes = new Map<string, ReferenceNode>();
  for (const row of nodeRows.records) {
    const labels = row.get('labels') as string[];
    const properties = toPlainValue(row.get('properties')) as Record<string, unknown>;
    const type = TYPES.find((candidate) => labels.includes(candidate)) as string;
    nodes.set(properties.id as string, { id: properties.id as string, type, properties });
  }
  const relationshipRows = await database.read(
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties',
  );
  const outgoing = new Map<string, ReferenceRelationship[]>();
  const incoming = new Map<string, ReferenceRelationship[]>();
  for (const row of relationshipRows.records) {
    const relationship: ReferenceRelationship = {
      type: row.get('type') as string,
      from: row.get('from') as string,
      to: row.get('to') as string,
      properties: toPlainValue(row.get('properties')) as Record<string, unknown>,
    };
    outgoing.set(relationship.from, [...(outgoing.get(relationship.from) ?? []), relationship]);
    incoming.set(relationship.to, [...(incoming.get(relationship.to) ?? []), relationship]);
  }
  return {
    nodes,
    neighbours(id, type, direction) {
      const list = (direction === 'out' ? outgoing : incoming).get(id) ?? [];
      return list
        .filter((relationship) => relationship.type === type)
        .map((relationship) => ({
          node: nodes.get(direction === 'out' ? relationship.to : relationship.from) as ReferenceNode,
          relationship,
        }));
    },
    ofType(type) {
      return [...nodes.values()].filter((node) => node.type === type);
    },
    degree(id) {
      return (outgoing.get(id)?.length ?? 0) + (incoming.get(id)?.length ?? 0);
    },
  };
}

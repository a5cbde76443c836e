import type { GraphDatabase } from '../graph-database';
import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../graph-model';

const COUNT_NODES = NODE_LABELS.map((label) => `MATCH (n:${label}) RETURN '${label}' AS name, count(n) AS count`).join(
  ' UNION ALL ',
);
const COUNT_RELATIONSHIPS = RELATIONSHIP_TYPES.map(
  (type) => `MATCH ()-[r:${type}]->() RETURN '${type}' AS name, count(r) AS count`,
).join(' UNION ALL ');

export interface GraphCounts {
  readonly nodes: Record<NodeLabel, number>;
  readonly relationships: Record<RelationshipType, number>;
}

/** Nodes per label and relationships per type (answered from Neo4j's count store). */
export async function countGraph(database: GraphDatabase): Promise<GraphCounts> {
  const [nodes, relationships] = await Promise.all([database.read(COUNT_NODES), database.read(COUNT_RELATIONSHIPS)]);
  const toRecord = (result: typeof nodes) =>
    Object.fromEntries(result.records.map((record) => [record.get('name') as string, Number(record.get('count'))]));
  return {
    nodes: toRecord(nodes) as Record<NodeLabel, number>,
    relationships: toRecord(relationships) as Record<RelationshipType, number>,
  };
}

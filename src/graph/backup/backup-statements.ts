import {
  ANY_NODE_LABEL,
  ENTITY_LABEL,
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  RETRACTED_LABEL,
  type RelationshipType,
} from '../graph-model';
import { BOOKKEEPING_LABELS } from '../change-log-statements';

/**
 * Cypher of backup and restore. A restore writes labels and relationship types that come from a
 * file, and Cypher cannot take them as parameters: each is checked against these tables first
 * (`isKnownLabel`, `isKnownRelationshipType`) and only then spliced in.
 */

/** Every label a node of this graph may carry. */
export const KNOWN_LABELS: readonly string[] = [
  ...NODE_LABELS,
  ANY_NODE_LABEL,
  ENTITY_LABEL,
  RETRACTED_LABEL,
  ...BOOKKEEPING_LABELS,
];

export function isKnownLabel(label: string): boolean {
  return KNOWN_LABELS.includes(label);
}

export function isKnownRelationshipType(type: string): type is RelationshipType {
  return (RELATIONSHIP_TYPES as readonly string[]).includes(type);
}

/**
 * Takes the change log's lock for the backup's transaction. Neo4j reads at read-committed
 * isolation, so a plain read transaction could see a write's nodes but not its change record;
 * every curation write and load takes this lock before it commits, so while the backup holds it
 * no write commits and the backup reads one state of the graph. The transaction is rolled back.
 */
export const HOLD_CHANGE_LOG = `
  MERGE (log:ChangeLog {id: 'changes'})
  ON CREATE SET log.sequence = 0
  SET log.lock = true
  REMOVE log.lock`;

export const READ_ALL_NODES = `MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties`;

export const READ_ALL_RELATIONSHIPS = `
  MATCH (a)-[r]->(b)
  RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties`;

/** Whether the database holds any node at all. */
export const COUNT_ANY_NODE = `MATCH (n) RETURN count(n) > 0 AS any LIMIT 1`;

/** Creates the nodes of one label set, spliced from checked labels. */
export function createNodesStatement(labels: readonly string[]): string {
  const spliced = labels.map((label) => `:\`${label}\``).join('');
  return `UNWIND $rows AS row CREATE (n${spliced}) SET n = row`;
}

/** Creates relationships of one checked type between nodes found by `id` (index seeks on `Node`). */
export function createRelationshipsStatement(type: RelationshipType): string {
  return `UNWIND $rows AS row
    MATCH (a:${ANY_NODE_LABEL} {id: row.from})
    MATCH (b:${ANY_NODE_LABEL} {id: row.to})
    CREATE (a)-[r:${type}]->(b)
    SET r = row.properties`;
}

/** Empties the database inside the restore's own transaction, so a failed restore leaves it as it was. */
export const DELETE_EVERYTHING = `MATCH (n) DETACH DELETE n`;

import { ANY_NODE_LABEL, RELATIONSHIP_TYPES, type RelationshipType } from '../graph-model';

/**
 * Cypher of `mergeEntities`. Relationship types are spliced in from the model's table only; both
 * entities are found by the `Node` label every node carries.
 */

/**
 * Every relationship of `$merge` but those with `$keep`, with the properties of the relationship
 * of the same type and direction that `$keep` already has to the same node (null when none), so
 * the two can be united.
 */
export const READ_MOVED_RELATIONSHIPS = `
  MATCH (m:${ANY_NODE_LABEL} {id: $merge})-[r]-(o:${ANY_NODE_LABEL})
  WHERE o.id <> $keep
  WITH r, o, startNode(r) = m AS outgoing
  OPTIONAL MATCH (k:${ANY_NODE_LABEL} {id: $keep})-[x]-(o)
  WHERE type(x) = type(r) AND (startNode(x) = k) = outgoing
  RETURN type(r) AS type, outgoing, o.id AS other, properties(r) AS properties, properties(x) AS kept`;

function perTypeAndDirection(arrow: (type: RelationshipType) => string): Readonly<Record<RelationshipType, string>> {
  return Object.fromEntries(
    RELATIONSHIP_TYPES.map((type) => [
      type,
      `UNWIND $rows AS row
       MATCH (k:${ANY_NODE_LABEL} {id: $keep})
       MATCH (o:${ANY_NODE_LABEL} {id: row.other})
       MERGE ${arrow(type)}
       SET x = row.properties, x.curated = true`,
    ]),
  ) as Record<RelationshipType, string>;
}

// Marked curated: the relationship is now the curator's, so a reload of a seed file keeps it.
const WRITE_OUTGOING = perTypeAndDirection((type) => `(k)-[x:${type}]->(o)`);
const WRITE_INCOMING = perTypeAndDirection((type) => `(k)<-[x:${type}]-(o)`);

/** Gives `$keep` a relationship of `type` to (or from) each `row.other`, with `row.properties`. */
export function writeUnitedRelationshipsStatement(type: RelationshipType, outgoing: boolean): string {
  return outgoing ? WRITE_OUTGOING[type] : WRITE_INCOMING[type];
}

/**
 * The merged node's id keeps resolving to the node it was merged into (`node(id)` follows it);
 * ids merged into `merge` earlier now lead to `keep` as well. Deleting the node deletes its
 * relationships, which are `keep`'s by now.
 */
export const REDIRECT_MERGED_ID = `
  CALL () { MATCH (earlier:MergedId {into: $merge}) SET earlier.into = $keep }
  CREATE (:MergedId {id: $merge, into: $keep})
  WITH 1 AS done
  MATCH (m:${ANY_NODE_LABEL} {id: $merge})
  DETACH DELETE m`;

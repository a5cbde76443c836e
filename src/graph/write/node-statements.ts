import { projectNode } from './node-record';

/**
 * Cypher of the curation writes on single nodes. Labels are never spliced here: nodes are found
 * by the `Node` label every node carries, and created by the loader's MERGE statements.
 */

export const READ_NODE = `MATCH (n:Node {id: $id}) RETURN ${projectNode('n')} AS node`;

/**
 * Reads node `$id` under its write lock, held until the transaction ends: the version it returns
 * is the latest committed one, and no other write changes the node before this one commits.
 * Writes take the change log's lock last (see runCurationWrite), so this lock is what makes a
 * stale `expectedVersion` a CONFLICT. The dummy property is written first because Neo4j reads
 * properties without a lock otherwise.
 */
export const READ_NODE_FOR_UPDATE = `
  MATCH (n:Node {id: $id})
  SET n.lock = true
  REMOVE n.lock
  WITH n
  RETURN ${projectNode('n')} AS node`;

/**
 * Sets (or, for null values, removes) properties and counts one more version. The node is marked
 * `curated`: from now on a reload of its seed file leaves it, and what it declares, as curators
 * made it (see merge-statements.ts). The node is locked before its version is read, so two
 * writes touching it (two facts about one person) never count the same version twice.
 */
export const UPDATE_NODE = `
  MATCH (n:Node {id: $id})
  SET n.lock = true
  REMOVE n.lock
  WITH n
  SET n += $properties
  SET n.version = n.version + 1, n.curated = true
  RETURN ${projectNode('n')} AS node`;

/** Labels of those ids that exist, as the validator's `ExistingIdLookup` needs them. */
export const FIND_NODE_LABELS = `
  UNWIND $ids AS id
  MATCH (n:Node {id: id})
  RETURN n.id AS id, [label IN labels(n) WHERE label IN $labels][0] AS label`;

/**
 * What a claim's checks and mentions read, in one round trip: each of `$ids` that exists, with its
 * label (as FIND_NODE_LABELS), name and aliases, and the text of the one that is `$sourceId`.
 */
export const READ_CLAIM_CONTEXT = `
  UNWIND $ids AS id
  MATCH (n:Node {id: id})
  RETURN n.id AS id, [label IN labels(n) WHERE label IN $labels][0] AS label,
    n.name AS name, n.aliases AS aliases, CASE WHEN n.id = $sourceId THEN n.text END AS text`;

/** Marks a claim retracted: it stays, for its history, but lists and views leave it out. */
export const RETRACT_CLAIM = `
  MATCH (n:Node:Claim {id: $id})
  SET n:Retracted, n.retractedBy = $subject, n.retractedAt = $at, n.retractionReason = $reason
  SET n.version = n.version + 1, n.curated = true
  RETURN ${projectNode('n')} AS node`;

/** Forgets a claim's speaker, when `updateClaim` names another (or none). */
export const DROP_CLAIM_SPEAKER = `
  MATCH (n:Node:Claim {id: $id})<-[r:STATED]-()
  DELETE r`;

/** Forgets a claim's subjects that `updateClaim`'s new list no longer names. */
export const DROP_CLAIM_SUBJECTS = `
  MATCH (n:Node:Claim {id: $id})-[r:ABOUT]->(x)
  WHERE NOT x.id IN $keep
  DELETE r`;

/**
 * What `updateClaim` keeps unless told otherwise: the claim's speaker, its subjects with the
 * spans each rests on, and its evidence passage with where it lies.
 */
export const READ_CLAIM_LINKS = `
  MATCH (n:Node:Claim {id: $id})
  RETURN [(s)-[:STATED]->(n) | s.id][0] AS speaker,
         [(n)-[r:ABOUT]->(x) | {id: x.id, sources: r.evidenceSources, starts: r.evidenceStarts, ends: r.evidenceEnds}] AS subjects,
         [(n)-[r:APPEARS_IN]->(s:Source) | s.id][0] AS sourceId,
         [(n)-[r:APPEARS_IN]->(:Source) | r {.text, .start, .end}][0] AS evidence`;

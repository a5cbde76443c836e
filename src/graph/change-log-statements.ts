import { projectChange } from './change-record';

/**
 * The change log lives beside the graph, under labels of its own that carry no `Node` label, so
 * no read of the graph sees it: `Change` (one per write), `ChangeTouch` (one per node a write
 * touched, for a node's history by index) and the single `ChangeLog` counter.
 */

/** The labels of the change log's own nodes, and of merged ids: bookkeeping, not graph nodes. */
export const BOOKKEEPING_LABELS = ['Change', 'ChangeTouch', 'ChangeLog', 'MergedId'] as const;

/**
 * Takes the next sequence number and, with it, the write lock on the counter, held until the
 * transaction ends. Every curation write takes it as its last step before the commit (a load,
 * and the writes that check across the graph, first; see runCurationWrite), so sequence numbers
 * commit in order without gaps (a rolled-back write gives its number back). The dummy property
 * is written first because Neo4j reads `log.sequence` without a lock otherwise, and two writers
 * would both read n and write n + 1.
 */
const TAKE_NEXT_SEQUENCE = `
  MERGE (log:ChangeLog {id: 'changes'})
  ON CREATE SET log.sequence = 0
  SET log.lock = true
  WITH log
  SET log.sequence = log.sequence + 1
  REMOVE log.lock`;

/** TAKE_NEXT_SEQUENCE alone, returning the number: for the writes that lock first (a load, a merge). */
export const LOCK_CHANGE_LOG = `${TAKE_NEXT_SEQUENCE}
  RETURN log.sequence AS sequence`;

/** Creates the change record (and its touches) under the sequence number `sequence` evaluates to. */
function createChangeUnder(sequence: string): string {
  return `
  CREATE (c:Change {
    sequence: ${sequence}, kind: $kind, subject: $subject, at: $at, writeKey: $writeKey,
    nodeIds: $nodeIds, nodeTypes: $nodeTypes, before: $before, after: $after
  })
  FOREACH (id IN $nodeIds | CREATE (:ChangeTouch {nodeId: id, sequence: ${sequence}}))
  RETURN ${projectChange('c')} AS change`;
}

/** The change record of a write that took its sequence number (`$sequence`) earlier, with LOCK_CHANGE_LOG. */
export const CREATE_CHANGE = createChangeUnder('$sequence');

/**
 * LOCK_CHANGE_LOG and CREATE_CHANGE in one statement, for the writes that take the lock last:
 * one round trip fewer, and the counter's lock is held from this statement to the commit only.
 */
export const LOCK_CHANGE_LOG_AND_CREATE_CHANGE = `${TAKE_NEXT_SEQUENCE}
  WITH log.sequence AS sequence${createChangeUnder('sequence')}`;

/** The change a write recorded under its key (subject and client key), if it committed. */
export const FIND_RECORDED_WRITE = `
  MATCH (c:Change {writeKey: $writeKey})
  RETURN ${projectChange('c')} AS change`;

/** The changes after a sequence number, oldest first; `$subject` null means anyone's. */
export const LIST_CHANGES = `
  MATCH (c:Change)
  WHERE c.sequence > $after AND ($subject IS NULL OR c.subject = $subject)
  WITH c ORDER BY c.sequence LIMIT $first
  RETURN ${projectChange('c')} AS change`;

/** The changes that touched node `$nodeId`, oldest first. */
export const LIST_CHANGES_OF_NODE = `
  MATCH (t:ChangeTouch {nodeId: $nodeId})
  WHERE t.sequence > $after
  MATCH (c:Change {sequence: t.sequence})
  WITH DISTINCT c
  WHERE $subject IS NULL OR c.subject = $subject
  WITH c ORDER BY c.sequence LIMIT $first
  RETURN ${projectChange('c')} AS change`;

/** The change log's schema: sequence numbers and write keys unique, one counter, touches found by node id. */
export const CHANGE_LOG_SCHEMA_STATEMENTS: readonly string[] = [
  'CREATE CONSTRAINT change_sequence_unique IF NOT EXISTS FOR (c:Change) REQUIRE c.sequence IS UNIQUE',
  // A write key commits once: a retry that raced its own first attempt fails here and is answered from the log.
  'CREATE CONSTRAINT change_write_key_unique IF NOT EXISTS FOR (c:Change) REQUIRE c.writeKey IS UNIQUE',
  'CREATE CONSTRAINT change_log_id_unique IF NOT EXISTS FOR (l:ChangeLog) REQUIRE l.id IS UNIQUE',
  'CREATE INDEX change_touch_node IF NOT EXISTS FOR (t:ChangeTouch) ON (t.nodeId)',
];

/** The sequence number of the last committed change; no row before the first change. */
export const LATEST_SEQUENCE = `MATCH (log:ChangeLog {id: 'changes'}) RETURN log.sequence AS sequence`;

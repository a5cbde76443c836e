import neo4j from 'neo4j-driver';
import type { GraphDatabase } from '../graph-database';
import { toChangeRecord, type ChangeRecord } from '../change-record';
import { LATEST_SEQUENCE, LIST_CHANGES, LIST_CHANGES_OF_NODE } from '../change-log-statements';

export interface ChangeFilter {
  /** Only changes after this sequence number (0 for all). */
  readonly after: number;
  readonly first: number;
  /** Only changes that touched this node. */
  readonly nodeId: string | null;
  /** Only changes made by this subject. */
  readonly subject: string | null;
}

/** Changes in sequence order, oldest first; empty when none match. */
export async function listChanges(database: GraphDatabase, filter: ChangeFilter): Promise<ChangeRecord[]> {
  const result = await database.read(filter.nodeId === null ? LIST_CHANGES : LIST_CHANGES_OF_NODE, {
    after: neo4j.int(filter.after),
    first: neo4j.int(filter.first),
    nodeId: filter.nodeId,
    subject: filter.subject,
  });
  return result.records.map((record) => toChangeRecord(record.get('change')));
}

/** The sequence number of the last committed change, 0 before any. */
export async function findLatestSequence(database: GraphDatabase): Promise<number> {
  const result = await database.read(LATEST_SEQUENCE);
  const row = result.records[0];
  return row === undefined ? 0 : Number(row.get('sequence'));
}

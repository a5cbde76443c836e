import neo4j from 'neo4j-driver';
import type { TransactionRunner } from '../graph-database';
import { labelOfId, NODE_TYPE_OF_LABEL } from '../graph-model';
import { toChangeRecord, type ChangeRecord } from '../change-record';
import { CREATE_CHANGE, LOCK_CHANGE_LOG, LOCK_CHANGE_LOG_AND_CREATE_CHANGE } from '../change-log-statements';

/** What a write records about itself; the sequence and time are added by `recordChange`. */
export interface ChangeDraft {
  readonly kind: string;
  readonly subject: string;
  /** What makes the write happen once (see WriteScope); null for a load, which has none. */
  readonly writeKey: string | null;
  /** The nodes the write touched, the main one first (it is `Change.node`). */
  readonly nodeIds: readonly string[];
  /** Properties of the touched nodes before and after, by id; null for a node absent on that side. */
  readonly before: Readonly<Record<string, unknown>>;
  readonly after: Readonly<Record<string, unknown>>;
}

/**
 * Takes the next sequence number and the change log's lock (see LOCK_CHANGE_LOG), held until the
 * transaction ends: call it just before `recordChange`, or first where a write must not
 * interleave with any other (a load).
 */
export async function lockChangeLog(run: TransactionRunner): Promise<number> {
  const result = await run(LOCK_CHANGE_LOG);
  return Number(result.records[0]?.get('sequence'));
}

/**
 * Writes the change record of the transaction's write, under the sequence number it locked, or
 * with `'next'` takes the lock and the number in the same statement (one round trip, the last
 * before the commit; see LOCK_CHANGE_LOG_AND_CREATE_CHANGE).
 */
export async function recordChange(
  run: TransactionRunner,
  sequence: number | 'next',
  draft: ChangeDraft,
): Promise<ChangeRecord> {
  const nodeIds = [...new Set(draft.nodeIds)];
  const statement = sequence === 'next' ? LOCK_CHANGE_LOG_AND_CREATE_CHANGE : CREATE_CHANGE;
  const result = await run(statement, {
    ...(sequence === 'next' ? {} : { sequence: neo4j.int(sequence) }),
    kind: draft.kind,
    subject: draft.subject,
    writeKey: draft.writeKey,
    at: new Date().toISOString(),
    nodeIds,
    nodeTypes: [...new Set(nodeIds.map((id) => typeOfId(id)))],
    before: JSON.stringify(draft.before),
    after: JSON.stringify(draft.after),
  });
  return toChangeRecord(result.records[0]?.get('change'));
}

function typeOfId(id: string): string {
  const label = labelOfId(id);
  return label === undefined ? 'UNKNOWN' : NODE_TYPE_OF_LABEL[label];
}

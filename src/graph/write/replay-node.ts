import type { TransactionRunner } from '../graph-database';
import { labelOfId } from '../graph-model';
import type { ChangeRecord } from '../change-record';
import type { NodeRecord } from './node-record';
import { readNode } from './node-access';

/**
 * Node `id` of a recorded write as it is now, for the answer to a retry of that write; a node
 * deleted since (merged away) is given as the write's change record left it.
 */
export async function replayNode(run: TransactionRunner, change: ChangeRecord, id: string): Promise<NodeRecord> {
  const current = await readNode(run, id);
  if (current !== null) return current;
  const label = labelOfId(id);
  const after = JSON.parse(change.after ?? '{}') as Record<string, Record<string, unknown> | null>;
  if (label === undefined) throw new Error(`Change ${change.sequence} names "${id}", which is no node id`);
  return { label, properties: after[id] ?? { id } };
}

/** The main node of a recorded write (see replayNode), for writes whose result is that node. */
export function replayMainNode(run: TransactionRunner, change: ChangeRecord): Promise<NodeRecord> {
  return replayNode(run, change, change.nodeIds[0] ?? '');
}

import type { GraphDatabase, TransactionRunner } from '../graph-database';
import type { ChangeRecord } from '../change-record';
import type { NodeRecord } from './node-record';
import { lockChangeLog, recordChange } from './record-change';

/** What the work of a curation write did, for its change record. */
export interface WriteEffect<T> {
  readonly result: T;
  /** Touched nodes, the main one first. */
  readonly nodeIds: readonly string[];
  readonly before: Readonly<Record<string, unknown>>;
  readonly after: Readonly<Record<string, unknown>>;
}

export interface WriteResult<T> {
  readonly result: T;
  readonly change: ChangeRecord;
}

/** An update of one node: who writes, which node, the version read, and the change. */
export interface UpdateRequest<Input> {
  readonly subject: string;
  readonly id: string;
  readonly expectedVersion: number;
  readonly input: Input;
}

/** Who is writing and which mutation. */
export interface WriteActor {
  readonly subject: string;
  readonly kind: string;
}

/**
 * Runs one curation write in one transaction: the change log's lock and sequence number first
 * (so every read of `work` sees the graph as it will be written to), then `work`, then the change
 * record. When `work` throws, nothing is written, the change log included.
 */
export async function runCurationWrite<T>(
  database: GraphDatabase,
  actor: WriteActor,
  work: (run: TransactionRunner) => Promise<WriteEffect<T>>,
): Promise<WriteResult<T>> {
  return database.writeTransaction(async (run) => {
    const sequence = await lockChangeLog(run);
    const effect = await work(run);
    const change = await recordChange(run, sequence, {
      kind: actor.kind,
      subject: actor.subject,
      nodeIds: effect.nodeIds,
      before: effect.before,
      after: effect.after,
    });
    return { result: effect.result, change };
  });
}

/**
 * A node's properties as the change log keeps them: a source's full text is left out (it never
 * changes after `addSource` and would make every record as large as an article).
 */
export function snapshotOf(node: NodeRecord | null): Record<string, unknown> | null {
  if (node === null) return null;
  if (node.label !== 'Source') return { ...node.properties };
  const { text, ...rest } = node.properties;
  return { ...rest, textLength: typeof text === 'string' ? Array.from(text).length : null };
}

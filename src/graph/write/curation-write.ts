import { GraphQLError } from 'graphql';
import { conflict, ErrorCode } from '../../errors/error-codes';
import type { GraphDatabase, TransactionRunner } from '../graph-database';
import { toChangeRecord, type ChangeRecord } from '../change-record';
import { FIND_RECORDED_WRITE } from '../change-log-statements';
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
  /**
   * True when this write had already committed under the same write key (a retry after a lost
   * answer): nothing was written now, `change` is the record of the earlier commit and `result`
   * its nodes as they are now.
   */
  readonly replayed: boolean;
}

/**
 * Where a curation write runs, and the key that makes it happen at most once: a write whose key
 * (with its subject) is in the change log already is not done again but answered from the log.
 * A client that retries a write after losing its answer sends the same key (`Idempotency-Key`);
 * without one each write gets a fresh key, which still covers the driver's own retries.
 */
export interface WriteScope {
  readonly database: GraphDatabase;
  readonly writeKey: string;
}

/** An update of one node: who writes, which node, the version read, and the change. */
export interface UpdateRequest<Input> {
  readonly subject: string;
  readonly id: string;
  readonly expectedVersion: number;
  readonly input: Input;
}

/** Reads a recorded write's result again, for an answer to its retry. */
export type Replay<T> = (run: TransactionRunner, change: ChangeRecord) => Promise<T>;

/** Who is writing, which mutation, and how to answer a retry of a write that committed. */
export interface WriteActor<T> {
  readonly subject: string;
  readonly kind: string;
  readonly replay: Replay<T>;
  /**
   * Take the change log's lock before `work` rather than after it: for the writes whose checks
   * read across the graph, not just the nodes they lock (an alias clash with any entity of the
   * type, a merge's two entities and everything linked to them). They serialize with each other
   * and wait for the writes committing; the rest do not wait for them.
   */
  readonly lockFirst?: boolean;
}

/**
 * Runs one curation write in one transaction: first a look for the write's key in the change log
 * (a retry of a committed write is answered from there), then `work`, which locks the nodes it
 * changes as it reads them (READ_NODE_FOR_UPDATE), then, as the last step before the commit, the
 * change log's lock and sequence number and the change record under the key, in one statement.
 * Holding the counter's lock only for that last round trip and the commit keeps sequence numbers gap-free
 * (a rolled-back write gives its number back) and in commit order (the next number is only taken
 * once this one committed), while writers validate and prepare side by side; `lockFirst` writes
 * take it before `work` instead. When `work` throws, nothing is written, the change log included.
 * The driver runs the function again on transient errors and lost connections; the key makes
 * that safe even when the lost answer was the commit's.
 */
export async function runCurationWrite<T>(
  scope: WriteScope,
  actor: WriteActor<T>,
  work: (run: TransactionRunner) => Promise<WriteEffect<T>>,
): Promise<WriteResult<T>> {
  const writeKey = JSON.stringify([actor.subject, scope.writeKey]);
  try {
    return await scope.database.writeTransaction(async (run) => {
      const earlier = await findRecordedWrite(run, writeKey);
      if (earlier !== null) return replayed(run, actor, { change: earlier, key: scope.writeKey });
      const early = actor.lockFirst === true ? await lockChangeLog(run) : null;
      const effect = await work(run);
      const change = await recordChange(run, early ?? 'next', {
        kind: actor.kind,
        subject: actor.subject,
        writeKey,
        nodeIds: effect.nodeIds,
        before: effect.before,
        after: effect.after,
      });
      return { result: effect.result, change, replayed: false };
    });
  } catch (error: unknown) {
    // The same key sent twice at once (a client that gave up waiting and sent it again while the
    // first was still running): the second meets the first's commit, as its record's key, an id
    // taken or a version moved on. Answered from the log when the first did commit.
    if (!mayMeetOwnCommit(error)) throw error;
    return scope.database.writeTransaction(async (run) => {
      const earlier = await findRecordedWrite(run, writeKey);
      if (earlier === null) throw error;
      return replayed(run, actor, { change: earlier, key: scope.writeKey });
    });
  }
}

async function findRecordedWrite(run: TransactionRunner, writeKey: string): Promise<ChangeRecord | null> {
  const result = await run(FIND_RECORDED_WRITE, { writeKey });
  const row = result.records[0];
  return row === undefined ? null : toChangeRecord(row.get('change'));
}

async function replayed<T>(
  run: TransactionRunner,
  actor: WriteActor<T>,
  { change, key }: { change: ChangeRecord; key: string },
): Promise<WriteResult<T>> {
  if (change.kind !== actor.kind)
    throw conflict(
      `The write key "${key}" was used for a ${change.kind} (change ${change.sequence}); send a new key for this ${actor.kind}`,
    );
  return { result: await actor.replay(run, change), change, replayed: true };
}

function mayMeetOwnCommit(error: unknown): boolean {
  if (error instanceof GraphQLError)
    return error.extensions.code === ErrorCode.Conflict || error.extensions.code === ErrorCode.NotFound;
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return code === 'Neo.ClientError.Schema.ConstraintValidationFailed' && error.message.includes('writeKey');
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

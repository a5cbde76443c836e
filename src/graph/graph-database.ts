import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type Record as Neo4jRecord,
  type RecordShape,
} from 'neo4j-driver';
import type { Config } from '../config/load-config';
import { DatabaseUnavailableError } from './database-unavailable-error';

export type QueryParameters = Record<string, unknown>;

/** Called once for every Cypher query sent, so metrics can count round trips. */
export type QueryObserver = (mode: 'READ' | 'WRITE') => void;

/** Driver error codes that mean "the database is not there or too slow", as opposed to a bug. */
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Transaction.TransactionTimedOut',
  // Neo4j 5's code when the timeout is the one this client sets (NEO4J_TRANSACTION_TIMEOUT_MS).
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  // A transaction that reached its timeout while waiting for a lock (measured: a write queued
  // behind the change log's counter under load): SERVICE_UNAVAILABLE, retry later, not an internal error.
  'Neo.ClientError.Transaction.LockClientStopped',
  'Neo.TransientError.Transaction.LockAcquisitionTimeout',
]);

/**
 * The one place that talks to the driver. Reads go through `executeRead` (routed to followers on
 * a cluster, retried by the driver on transient errors), writes through `executeWrite`; every
 * query names its database and carries a transaction timeout, and sessions are closed in
 * `finally`. Connection failures surface as `DatabaseUnavailableError`.
 */
export class GraphDatabase {
  private readonly driver: Driver;

  constructor(
    private readonly settings: Config['neo4j'],
    private readonly observeQuery: QueryObserver = () => undefined,
  ) {
    this.driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
      connectionTimeout: settings.connectionTimeoutMs,
      connectionAcquisitionTimeout: settings.acquisitionTimeoutMs,
      maxTransactionRetryTime: settings.maxRetryTimeMs,
      maxConnectionPoolSize: settings.maxPoolSize,
      disableLosslessIntegers: false,
      logging: { level: 'error', logger: () => undefined },
    });
  }

  /** Runs one read query and returns its records. */
  async read<Shape extends RecordShape = RecordShape>(
    cypher: string,
    parameters: QueryParameters = {},
  ): Promise<QueryResult<Shape>> {
    return this.inTransaction('READ', (tx) => this.run<Shape>(tx, { mode: 'READ', cypher, parameters }));
  }

  /** Runs one write query and returns its records. */
  async write<Shape extends RecordShape = RecordShape>(
    cypher: string,
    parameters: QueryParameters = {},
  ): Promise<QueryResult<Shape>> {
    return this.inTransaction('WRITE', (tx) => this.run<Shape>(tx, { mode: 'WRITE', cypher, parameters }));
  }

  /**
   * Runs `work` in one write transaction; everything it writes commits together or not at all.
   * The driver may retry `work` on transient errors, so it must be idempotent (MERGE, not CREATE).
   */
  async writeTransaction<T>(work: (run: TransactionRunner) => Promise<T>): Promise<T> {
    return this.inTransaction('WRITE', (tx) =>
      work((cypher, parameters = {}) => this.run(tx, { mode: 'WRITE', cypher, parameters })),
    );
  }

  /**
   * Runs one statement in an auto-commit transaction: needed for schema commands, which cannot
   * share a transaction with data writes, and for `CALL { ... } IN TRANSACTIONS`.
   */
  async runAutoCommit(cypher: string, parameters: QueryParameters = {}): Promise<QueryResult> {
    const session = this.driver.session({ database: this.settings.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      this.observeQuery('WRITE');
      return await session.run(cypher, parameters);
    } catch (error: unknown) {
      throw isUnavailable(error) ? new DatabaseUnavailableError(error) : error;
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /**
   * Runs `work` in one explicit write transaction, which the driver never retries (a managed
   * one may run `work` twice, and a backup or restore streams a file it cannot take back).
   * `commit` false rolls it back whatever `work` did (a backup takes a lock and writes nothing);
   * when `work` throws, it is rolled back too. `stream` yields records as Neo4j sends them, so a
   * large result is never held whole.
   */
  async inExplicitTransaction<T>(
    { commit, timeoutMs }: { readonly commit: boolean; readonly timeoutMs: number },
    work: (tx: ExplicitTransaction) => Promise<T>,
  ): Promise<T> {
    const session = this.driver.session({ database: this.settings.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      const tx = await session.beginTransaction({ timeout: timeoutMs });
      try {
        const result = await work({
          run: (cypher, parameters = {}) => {
            this.observeQuery('WRITE');
            return tx.run(cypher, parameters);
          },
          stream: (cypher, parameters = {}) => {
            this.observeQuery('WRITE');
            return tx.run(cypher, parameters);
          },
        });
        if (commit) await tx.commit();
        else await tx.rollback();
        return result;
      } catch (error: unknown) {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        throw error;
      }
    } catch (error: unknown) {
      throw isUnavailable(error) ? new DatabaseUnavailableError(error) : error;
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /** Resolves when the database answers `RETURN 1` within `timeoutMs`; rejects otherwise. */
  async ping(timeoutMs: number): Promise<void> {
    const session = this.driver.session({ database: this.settings.database, defaultAccessMode: neo4j.session.READ });
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        session.run('RETURN 1', {}, { timeout: timeoutMs }),
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new DatabaseUnavailableError(new Error(`no answer within ${timeoutMs} ms`))),
            timeoutMs,
          );
        }),
      ]);
    } catch (error: unknown) {
      throw error instanceof DatabaseUnavailableError ? error : new DatabaseUnavailableError(error);
    } finally {
      clearTimeout(timer);
      await session.close().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async inTransaction<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.settings.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      // One bookmark manager for the instance: on a cluster, a read routed to a follower waits
      // until that follower has this instance's writes, so a mutation's payload shows the write.
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    const config = { timeout: this.settings.transactionTimeoutMs };
    try {
      return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (error: unknown) {
      throw isUnavailable(error) ? new DatabaseUnavailableError(error) : error;
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  private run<Shape extends RecordShape>(
    tx: ManagedTransaction,
    { mode, cypher, parameters }: { mode: 'READ' | 'WRITE'; cypher: string; parameters: QueryParameters },
  ): Promise<QueryResult<Shape>> {
    this.observeQuery(mode);
    return tx.run<Shape>(cypher, parameters);
  }
}

export type TransactionRunner = (cypher: string, parameters?: QueryParameters) => Promise<QueryResult>;

/** An explicit transaction's two ways to run a query: all records at once, or one by one as they come. */
export interface ExplicitTransaction {
  readonly run: TransactionRunner;
  readonly stream: (cypher: string, parameters?: QueryParameters) => AsyncIterable<Neo4jRecord>;
}

function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && UNAVAILABLE_CODES.has(code);
}

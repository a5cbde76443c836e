import { conflict } from '../../errors/error-codes';
import type { ExplicitTransaction, GraphDatabase } from '../graph-database';
import { decodeProperties, type BackupEntry } from './backup-entry';
import {
  COUNT_ANY_NODE,
  DELETE_EVERYTHING,
  createNodesStatement,
  createRelationshipsStatement,
  isKnownLabel,
  isKnownRelationshipType,
} from './backup-statements';

const BATCH_SIZE = 1000;

/**
 * Writes every entry of a checked backup into the database in ONE transaction: all of it is
 * there afterwards, or (on any error) nothing. Refuses a database that holds any node (CONFLICT)
 * unless `replace`, which deletes the graph in the same transaction first. Nodes come before
 * relationships in a backup, so each relationship finds its ends. The schema (constraints,
 * indexes) is the caller's to ensure first. Returns how many nodes and relationships it wrote.
 */
export async function restoreGraph(
  database: GraphDatabase,
  { entries, replace, timeoutMs }: { entries: AsyncIterable<BackupEntry>; replace: boolean; timeoutMs: number },
): Promise<{ nodes: number; relationships: number }> {
  return database.inExplicitTransaction({ commit: true, timeoutMs }, async (tx) => {
    const any = (await tx.run(COUNT_ANY_NODE)).records[0]?.get('any') === true;
    if (any && !replace)
      throw conflict('The database is not empty: restore into an empty database, or pass --force to replace its graph');
    if (any) await tx.run(DELETE_EVERYTHING);
    const batches = new Batches(tx);
    for await (const entry of entries) await batches.add(entry);
    await batches.flushAll();
    return batches.counts;
  });
}

/** Rows waiting to be written, by the statement that writes them. */
class Batches {
  readonly counts = { nodes: 0, relationships: 0 };
  private readonly pending = new Map<string, Record<string, unknown>[]>();

  constructor(private readonly tx: ExplicitTransaction) {}

  async add(entry: BackupEntry): Promise<void> {
    const properties = decodeProperties(entry.properties);
    if (entry.kind === 'node') {
      const unknown = entry.labels.filter((label) => !isKnownLabel(label));
      if (unknown.length > 0)
        throw new Error(`A node of the backup has labels this graph does not know: ${unknown.join(', ')}`);
      this.counts.nodes += 1;
      return this.push(createNodesStatement(entry.labels), properties);
    }
    // Relationships follow every node; writing the nodes still waiting first lets them find their ends.
    if (this.counts.relationships === 0) await this.flushAll();
    if (!isKnownRelationshipType(entry.type))
      throw new Error(`A relationship of the backup has a type this graph does not know: ${entry.type}`);
    this.counts.relationships += 1;
    return this.push(createRelationshipsStatement(entry.type), { from: entry.from, to: entry.to, properties });
  }

  async flushAll(): Promise<void> {
    for (const statement of [...this.pending.keys()]) await this.flush(statement);
  }

  private async push(statement: string, row: Record<string, unknown>): Promise<void> {
    const rows = this.pending.get(statement) ?? [];
    rows.push(row);
    this.pending.set(statement, rows);
    if (rows.length >= BATCH_SIZE) await this.flush(statement);
  }

  private async flush(statement: string): Promise<void> {
    const rows = this.pending.get(statement) ?? [];
    this.pending.delete(statement);
    if (rows.length > 0) await this.tx.run(statement, { rows });
  }
}

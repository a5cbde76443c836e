import type { GraphDatabase } from '../graph/graph-database';
import { dumpGraph, type DumpCounts } from '../graph/backup/dump-graph';
import { writeBackupFile } from './write-backup-file';

/**
 * Backs the whole database up to `file` (see writeBackupFile and dumpGraph): one transaction,
 * streamed to disk, the file in place only when complete. `timeoutMs` bounds the transaction.
 */
export function backUpGraph(
  database: GraphDatabase,
  { file, timeoutMs }: { readonly file: string; readonly timeoutMs: number },
): Promise<DumpCounts> {
  return writeBackupFile(file, (emit) => dumpGraph(database, { emit, timeoutMs }));
}

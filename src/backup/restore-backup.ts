import type { GraphDatabase } from '../graph/graph-database';
import { restoreGraph } from '../graph/backup/restore-graph';
import { ensureGraphSchema } from '../graph/write/load-graph-rows';
import { checkBackupFile } from './read-backup-file';

/**
 * Restores the backup at `file`: checks it whole first (checkBackupFile: nothing is written from
 * a cut-off, tampered or foreign file), makes sure the schema exists, then writes it in one
 * transaction (restoreGraph; a non-empty database is refused unless `replace`). The change log's
 * counter comes back with the rest, so the next write continues its sequence.
 */
export async function restoreBackup(
  database: GraphDatabase,
  { file, replace, timeoutMs }: { readonly file: string; readonly replace: boolean; readonly timeoutMs: number },
): Promise<{ nodes: number; relationships: number; createdAt: string }> {
  const backup = await checkBackupFile(file);
  await ensureGraphSchema(database);
  const counts = await restoreGraph(database, { entries: backup.entries(), replace, timeoutMs });
  return { ...counts, createdAt: backup.header.createdAt };
}

import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';
import type { BackupEntry } from '../graph/backup/backup-entry';
import type { DumpCounts } from '../graph/backup/dump-graph';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupHeader, type BackupTrailer } from './backup-file-format';

/**
 * Writes a backup to `target`: `produce` hands it entries one at a time (streamed through gzip to
 * disk, never held), then the trailer seals it. Written under a temporary name beside `target`,
 * flushed to disk, and renamed only when complete, so a failure (the database gone, the disk
 * full) leaves no file under `target`, and an older backup there stays as it was.
 */
export async function writeBackupFile(
  target: string,
  produce: (emit: (entry: BackupEntry) => Promise<void>) => Promise<DumpCounts>,
): Promise<DumpCounts> {
  const temporary = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(4).toString('hex')}.partial`,
  );
  const gzip = createGzip();
  const file = createWriteStream(temporary, { flags: 'wx' });
  gzip.pipe(file);
  const failed = Promise.race([once(gzip, 'error'), once(file, 'error')]).then(([error]) => {
    throw error;
  });
  failed.catch(() => undefined);
  const hash = createHash('sha256');
  const write = async (line: string, hashed: boolean) => {
    if (hashed) hash.update(line);
    if (!gzip.write(line)) await Promise.race([once(gzip, 'drain'), failed]);
  };
  try {
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
    };
    await write(`${JSON.stringify(header)}\n`, true);
    const counts = await produce((entry) => write(`${JSON.stringify(entry)}\n`, true));
    const trailer: BackupTrailer = { end: true, ...counts, sha256: hash.digest('hex') };
    await write(`${JSON.stringify(trailer)}\n`, false);
    gzip.end();
    await Promise.race([once(file, 'close'), failed]);
    await flushToDisk(temporary);
    await rename(temporary, target);
    return counts;
  } catch (error: unknown) {
    gzip.destroy();
    file.destroy();
    await rm(temporary, { force: true });
    throw error;
  }
}

async function flushToDisk(file: string): Promise<void> {
  const handle = await open(file, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { BackupEntry } from '../graph/backup/backup-entry';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupFileError,
  type BackupHeader,
  type BackupTrailer,
} from './backup-file-format';

/** A backup file checked whole: its header, its trailer, and its entries to read again. */
export interface CheckedBackup {
  readonly header: BackupHeader;
  readonly trailer: BackupTrailer;
  /** The entries, read from the file again (streamed), in the order they were written. */
  entries(): AsyncIterable<BackupEntry>;
}

/**
 * Reads the backup at `file` once to the end, holding one line at a time, and refuses it
 * (BackupFileError) when it is not gzip, was cut off (no trailer, or gzip's own end missing),
 * is of another format or version, or does not match its checksum or counts. Only a file that
 * passes is handed on, so a restore writes nothing from a damaged file.
 */
export async function checkBackupFile(file: string): Promise<CheckedBackup> {
  const hash = createHash('sha256');
  let header: BackupHeader | null = null;
  let pending: string | null = null;
  let entries = { nodes: 0, relationships: 0 };
  let lineNumber = 0;
  for await (const line of readLines(file)) {
    lineNumber += 1;
    if (pending !== null) {
      hash.update(`${pending}\n`);
      if (header !== null) entries = countEntry(entries, parseLine(file, pending, lineNumber - 1));
    }
    if (header === null) header = checkHeader(file, parseLine(file, line, 1));
    pending = line;
  }
  if (header === null || pending === null || lineNumber < 2)
    throw new BackupFileError(file, 'is empty or cut off before its first entry');
  const trailer = parseLine(file, pending, lineNumber) as Partial<BackupTrailer>;
  if (trailer.end !== true)
    throw new BackupFileError(
      file,
      `is cut off: its last line (${lineNumber}) is not the trailer a complete backup ends with`,
    );
  if (trailer.sha256 !== hash.digest('hex'))
    throw new BackupFileError(file, 'does not match its checksum: it was changed after it was written');
  if (trailer.nodes !== entries.nodes || trailer.relationships !== entries.relationships)
    throw new BackupFileError(
      file,
      `says ${trailer.nodes} nodes and ${trailer.relationships} relationships but holds ${entries.nodes} and ${entries.relationships}`,
    );
  const checkedHeader = header;
  return {
    header: checkedHeader,
    trailer: trailer as BackupTrailer,
    async *entries() {
      let first = true;
      let previous: string | null = null;
      for await (const line of readLines(file)) {
        if (previous !== null && !first) yield JSON.parse(previous) as BackupEntry;
        if (previous !== null) first = false;
        previous = line;
      }
    },
  };
}

async function* readLines(file: string): AsyncIterable<string> {
  const gunzip = createGunzip();
  const input = createReadStream(file).on('error', (error) => gunzip.destroy(error));
  const lines = createInterface({ input: input.pipe(gunzip), crlfDelay: Infinity });
  try {
    for await (const line of lines) yield line;
  } catch (error: unknown) {
    if (error instanceof BackupFileError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new BackupFileError(
      file,
      `cannot be read as a gzip backup (${reason}): it is cut off, damaged or not a backup`,
    );
  }
}

function parseLine(file: string, line: string, lineNumber: number): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw new BackupFileError(file, `line ${lineNumber} is not JSON: it is damaged or not a backup`);
  }
}

function checkHeader(file: string, value: unknown): BackupHeader {
  const header = value as Partial<BackupHeader>;
  if (header.format !== BACKUP_FORMAT)
    throw new BackupFileError(file, `is not a ${BACKUP_FORMAT} file (its first line names no such format)`);
  if (header.version !== BACKUP_FORMAT_VERSION)
    throw new BackupFileError(
      file,
      `is of format version ${String(header.version)}, but this server reads version ${BACKUP_FORMAT_VERSION} only`,
    );
  return header as BackupHeader;
}

function countEntry(counts: { nodes: number; relationships: number }, entry: unknown) {
  const kind = (entry as { kind?: unknown }).kind;
  if (kind === 'node') return { ...counts, nodes: counts.nodes + 1 };
  if (kind === 'relationship') return { ...counts, relationships: counts.relationships + 1 };
  return counts;
}

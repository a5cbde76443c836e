/**
 * A backup file is gzip-compressed JSON lines: a header naming the format and its version, one
 * line per node and relationship (see BackupEntry), and a trailer with the counts and the
 * SHA-256 of every line before it. A file without its trailer was cut off; a checksum that does
 * not match means it was changed; both are refused before anything is written.
 */
export const BACKUP_FORMAT = 'kg-graphql-backup';
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupHeader {
  readonly format: typeof BACKUP_FORMAT;
  readonly version: number;
  /** ISO 8601 time the backup was taken. */
  readonly createdAt: string;
}

export interface BackupTrailer {
  readonly end: true;
  readonly nodes: number;
  readonly relationships: number;
  /** Hex SHA-256 of the uncompressed lines before the trailer, each with its newline. */
  readonly sha256: string;
}

/** A backup file that cannot be restored: which file, and what is wrong with it. */
export class BackupFileError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'BackupFileError';
  }
}

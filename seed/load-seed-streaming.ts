import { statSync } from 'node:fs';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { GraphDatabase } from '../src/graph/graph-database';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../src/graph/graph-model';
import { loadGraphRows, recordLoad, type LoadPart } from '../src/graph/write/load-graph-rows';
import { countGraph } from '../src/graph/read/count-graph';
import type { WriteCounts } from '../src/graph/write/merge-statements';
import { fingerprintSeedInput } from './fingerprint-seed-input';
import { emptyGraphRows, type GraphRows } from './graph-rows';
import { SEED_SUBJECT, type LoadSeedOptions, type LoadSeedResult } from './load-seed-types';
import {
  claimMatchLookup,
  completeGraphAfterLoad,
  countRows,
  existingIdLookup,
  prepareGraphForLoad,
} from './prepare-load';
import { ClaimAppearanceResolver, type ClaimRedirect, type ResolvedRows } from './resolve-claim-appearances';
import { listContextFiles, seedInputOf } from './read-seed-inputs';
import { SeedFileChangedError } from './seed-file-changed-error';
import { readValidatedFileRows, SeedValidator } from './validate-seed-files';

/** Rows written per transaction in a streamed load. */
const ROWS_PER_TRANSACTION = 20_000;

/**
 * Loads many seed files in bounded memory: a first pass validates them one file at a time
 * (keeping only compact id data, see `SeedValidator`, and a digest of each file), and nothing is
 * written unless all are valid; then the files are read again, a batch of files at a time,
 * writing all nodes and then all relationships. The write pass does not validate again: it
 * compares each file's digest with the validated one and stops with `SeedFileChangedError` if a
 * file changed in between, before writing anything of that file.
 *
 * Unlike the in-memory load, this commits every ~20,000 rows: a million-node load in one
 * transaction would need gigabytes of Neo4j heap. Validation still comes first, so bad input
 * writes nothing; a load cut short by the database can simply be run again (writes are MERGEs).
 */
export async function loadSeedFilesStreaming(
  database: GraphDatabase,
  files: readonly string[],
  options: LoadSeedOptions = {},
): Promise<LoadSeedResult> {
  const print = options.print ?? (() => undefined);
  const reset = options.reset === true;
  const context =
    options.dryRun === true && options.contextFolder !== undefined ? listContextFiles(options.contextFolder) : [];
  const claims = new ClaimAppearanceResolver();
  const validation = await validateFiles(database, { files, context }, { reset, print, claims });
  if (validation.problems.length > 0) return { kind: 'invalid', problems: validation.problems };
  const claimProblems = await claims.resolve(options.dryRun === true ? null : claimMatchLookup(database, reset));
  if (claimProblems.length > 0) return { kind: 'invalid', problems: claimProblems };
  const { nodeRows, relationshipRows, fingerprints } = validation;
  const rowCount = nodeRows + relationshipRows;
  if (options.dryRun)
    return { kind: 'validated', files: validation.files, rowCount, contextFiles: validation.contextFiles };

  const started = performance.now();
  await prepareGraphForLoad(database, { reset, print, indexes: 'after' });
  const totals = { nodesCreated: 0, relationshipsCreated: 0, relationshipsDeleted: 0 };
  const written = { nodes: 0, relationships: 0 };
  for (const part of ['nodes', 'relationships'] as const) {
    const partStarted = performance.now();
    await forEachBatch({ files, fingerprints, part, claims }, async (batch, size) => {
      const counts: WriteCounts = await loadGraphRows(database, batch, { part, graphWasEmpty: reset });
      totals.nodesCreated += counts.nodesCreated;
      totals.relationshipsCreated += counts.relationshipsCreated;
      totals.relationshipsDeleted += counts.relationshipsDeleted;
      written[part] += size;
      const partSeconds = (performance.now() - partStarted) / 1000;
      const total = part === 'nodes' ? nodeRows : relationshipRows;
      const kind = part === 'nodes' ? 'entities' : 'relationships';
      print(
        `  ${written[part].toLocaleString('en')} / ${total.toLocaleString('en')} ${kind} ` +
          `(${Math.round(written[part] / partSeconds).toLocaleString('en')} ${kind}/s; all rows ${(written.nodes + written.relationships).toLocaleString('en')} / ${rowCount.toLocaleString('en')})`,
      );
    });
  }
  await completeGraphAfterLoad(database, print);
  await recordLoad(database, {
    subject: options.subject ?? SEED_SUBJECT,
    nodeIds: [],
    summary: { files: validation.files, nodeRows, relationshipRows },
  });
  const seconds = (performance.now() - started) / 1000;
  return {
    kind: 'loaded',
    files: validation.files,
    rowCount,
    nodeRows,
    relationshipRows,
    ...totals,
    seconds,
    counts: await countGraph(database),
  };
}

/**
 * The validation pass, in a function of its own so that the validator's id maps (most of its
 * memory: a 140 MB heap after validating a million nodes) become garbage before the write pass
 * rather than staying reachable beside its batches until the load returns.
 */
async function validateFiles(
  database: GraphDatabase,
  {
    files,
    context,
  }: { readonly files: readonly string[]; readonly context: readonly { file: string; name: string }[] },
  {
    reset,
    print,
    claims,
  }: { readonly reset: boolean; readonly print: (line: string) => void; readonly claims: ClaimAppearanceResolver },
) {
  const validator = new SeedValidator((index) => {
    const file = files[index];
    if (file !== undefined) return seedInputOf(file);
    const contextFile = context[index - files.length];
    return contextFile === undefined ? null : { ...seedInputOf(contextFile.file), name: contextFile.name };
  });
  const fingerprints: string[] = [];
  let nodeRows = 0;
  let relationshipRows = 0;
  files.forEach((file, i) => {
    const { input, fingerprint } = fingerprintSeedInput(seedInputOf(file));
    const rows = validator.addFile(input);
    fingerprints.push(fingerprint());
    if (rows !== null) {
      claims.observe(rows);
      const counted = countRows(rows);
      nodeRows += counted.nodeRows;
      relationshipRows += counted.relationshipRows;
    }
    if ((i + 1) % 1000 === 0) print(`  validated ${i + 1} / ${files.length} files`);
  });
  for (const { file, name } of context) validator.addContextFile({ ...seedInputOf(file), name });
  const problems = await validator.finish(existingIdLookup(database, reset));
  return {
    problems,
    files: validator.files,
    contextFiles: validator.contextFilesUsed,
    nodeRows,
    relationshipRows,
    fingerprints,
  };
}

/**
 * Transactions in flight at once, per pass. Node batches hold disjoint ids (each id is defined
 * once), so two can commit side by side and keep both cores busy with Neo4j's index work.
 * Relationship batches share their hub nodes, so concurrent ones would wait on each other's
 * locks or deadlock (and be retried whole): they go one at a time.
 */
const WRITES_IN_FLIGHT: Readonly<Record<Exclude<LoadPart, 'all'>, number>> = { nodes: 2, relationships: 1 };

/**
 * Reads the files again in order, handing over batches of about ROWS_PER_TRANSACTION rows. The
 * next batch is read while earlier ones are being written, so the parsing here and Neo4j's work
 * overlap; at most WRITES_IN_FLIGHT + 1 batches are in memory.
 */
async function forEachBatch(
  {
    files,
    fingerprints,
    part,
    claims,
  }: {
    readonly files: readonly string[];
    readonly fingerprints: readonly string[];
    readonly part: Exclude<LoadPart, 'all'>;
    readonly claims: ClaimAppearanceResolver;
  },
  write: (batch: ResolvedRows, size: number) => Promise<void>,
): Promise<void> {
  let batch = emptyBatch();
  let size = 0;
  const writing: Promise<void>[] = [];
  const startWrite = async (rows: ResolvedRows, rowCount: number) => {
    while (writing.length >= WRITES_IN_FLIGHT[part]) await writing.shift();
    const started = write(rows, rowCount);
    // Handled when awaited; this only keeps a failure from counting as unhandled meanwhile.
    started.catch(() => undefined);
    writing.push(started);
  };
  try {
    for (const [i, file] of files.entries()) {
      // Parsing is synchronous: give the driver a turn between files to keep Neo4j busy.
      await yieldToEventLoop();
      const rows = claims.rewrite(readUnchangedFileRows(file, fingerprints[i]));
      batch.claimRedirects.push(...rows.claimRedirects);
      // The relationships pass needs the node rows too: they say which owners were loaded.
      for (const label of NODE_LABELS) {
        batch.nodes[label].push(...rows.nodes[label]);
        if (part === 'nodes') size += rows.nodes[label].length;
      }
      if (part === 'relationships') {
        for (const type of RELATIONSHIP_TYPES) {
          batch.relationships[type].push(...rows.relationships[type]);
          size += rows.relationships[type].length;
        }
      }
      if (size >= ROWS_PER_TRANSACTION) {
        await startWrite(batch, size);
        batch = emptyBatch();
        size = 0;
      }
    }
    if (size > 0) await startWrite(batch, size);
    while (writing.length > 0) await writing.shift();
  } catch (error: unknown) {
    // Never leave a transaction running behind a failure of this pass.
    await Promise.allSettled(writing);
    throw error;
  }
}

/** An empty batch: rows, and the redirects of the claim entries that are appearances. */
function emptyBatch(): GraphRows & { claimRedirects: ClaimRedirect[] } {
  return { ...emptyGraphRows(), claimRedirects: [] };
}

/** A file's rows, provided it is byte for byte what was validated. */
function readUnchangedFileRows(file: string, validatedFingerprint: string | undefined): GraphRows {
  const { input, fingerprint } = fingerprintSeedInput(seedInputOf(file));
  let rows: GraphRows | null = null;
  try {
    rows = readValidatedFileRows(input);
  } catch {
    // A file that no longer parses has changed; the digest comparison below says so.
  }
  if (rows === null || fingerprint() !== validatedFingerprint) throw new SeedFileChangedError(file);
  return rows;
}

/** Inputs up to this size load in one transaction; larger ones stream. */
const IN_MEMORY_LIMIT_BYTES = 16 * 1024 * 1024;

export function totalSize(files: readonly string[]): number {
  return files.reduce((sum, file) => sum + statSync(file).size, 0);
}

export function shouldStream(files: readonly string[]): boolean {
  return totalSize(files) > IN_MEMORY_LIMIT_BYTES;
}

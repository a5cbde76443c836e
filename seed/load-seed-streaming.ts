import { statSync } from 'node:fs';
import type { GraphDatabase } from '../src/graph/graph-database';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../src/graph/graph-model';
import { countGraph, loadGraphRows, type LoadPart } from '../src/graph/load-graph-rows';
import { countRows, existingIdLookup, prepareGraphForLoad } from './prepare-load';
import { emptyGraphRows, type GraphRows } from './graph-rows';
import type { LoadSeedOptions, LoadSeedResult } from './load-seed';
import { seedInputOf } from './read-seed-inputs';
import { SeedValidator } from './validate-seed-files';

/** Rows written per transaction in a streamed load. */
const ROWS_PER_TRANSACTION = 20_000;

/**
 * Loads many seed files in bounded memory: a first pass validates them one file at a time
 * (keeping only ids and aliases), and nothing is written unless all are valid; then the files
 * are read again, a batch of files at a time, writing all nodes and then all relationships.
 *
 * Unlike the in-memory load, this commits every ~20,000 rows: a million-node load in one
 * transaction would need gigabytes of Neo4j heap. Validation still comes first, so bad input
 * writes nothing; a load cut short by the database can simply be run again (writes are MERGEs).
 */
export async function loadSeedFilesStreaming(database: GraphDatabase, files: readonly string[], options: LoadSeedOptions = {}): Promise<LoadSeedResult> {
  const print = options.print ?? (() => undefined);
  const validator = new SeedValidator();
  let nodeRows = 0;
  let relationshipRows = 0;
  files.forEach((file, i) => {
    const rows = validator.addFile(seedInputOf(file));
    if (rows !== null) {
      const counted = countRows(rows);
      nodeRows += counted.nodeRows;
      relationshipRows += counted.relationshipRows;
    }
    if ((i + 1) % 1000 === 0) print(`  validated ${i + 1} / ${files.length} files`);
  });
  const problems = await validator.finish(existingIdLookup(database, options.reset === true));
  if (problems.length > 0) return { kind: 'invalid', problems };
  const rowCount = nodeRows + relationshipRows;
  if (options.dryRun) return { kind: 'validated', files: validator.files, rowCount };

  const started = performance.now();
  await prepareGraphForLoad(database, options.reset === true, print);
  const totals = { nodesCreated: 0, relationshipsCreated: 0, relationshipsDeleted: 0 };
  let written = 0;
  for (const part of ['nodes', 'relationships'] as const) {
    await forEachBatch(files, part, async (batch, size) => {
      const counts = await loadGraphRows(database, batch, undefined, part);
      totals.nodesCreated += counts.nodesCreated;
      totals.relationshipsCreated += counts.relationshipsCreated;
      totals.relationshipsDeleted += counts.relationshipsDeleted;
      written += size;
      const seconds = (performance.now() - started) / 1000;
      print(`  ${written.toLocaleString('en')} / ${rowCount.toLocaleString('en')} rows (${Math.round(written / seconds).toLocaleString('en')}/s)`);
    });
  }
  const seconds = (performance.now() - started) / 1000;
  return { kind: 'loaded', files: validator.files, rowCount, nodeRows, relationshipRows, ...totals, seconds, counts: await countGraph(database) };
}

/** Reads the files again in order, handing over batches of about ROWS_PER_TRANSACTION rows. */
async function forEachBatch(files: readonly string[], part: LoadPart, write: (batch: GraphRows, size: number) => Promise<void>): Promise<void> {
  let batch = emptyGraphRows();
  let size = 0;
  for (const file of files) {
    // Files passed validation, so a fresh validator only serves to turn one into rows.
    const rows = new SeedValidator().addFile(seedInputOf(file));
    if (rows === null) continue;
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
      await write(batch, size);
      batch = emptyGraphRows();
      size = 0;
    }
  }
  if (size > 0) await write(batch, size);
}

/** Inputs up to this size load in one transaction; larger ones stream. */
const IN_MEMORY_LIMIT_BYTES = 16 * 1024 * 1024;

export function totalSize(files: readonly string[]): number {
  return files.reduce((sum, file) => sum + statSync(file).size, 0);
}

export function shouldStream(files: readonly string[]): boolean {
  return totalSize(files) > IN_MEMORY_LIMIT_BYTES;
}

import type { GraphDatabase } from '../src/graph/graph-database';
import { loadGraphRows } from '../src/graph/write/load-graph-rows';
import { SEED_SUBJECT } from './load-seed-types';
import { countGraph } from '../src/graph/read/count-graph';
import type { LoadSeedOptions, LoadSeedResult } from './load-seed-types';
import { claimMatchLookup, countRows, existingIdLookup, prepareGraphForLoad } from './prepare-load';
import { resolveClaimAppearances } from './resolve-claim-appearances';
import type { SeedInput } from './validate-seed-files';
import { validateSeedFiles } from './validate-seed-files';
import { loadSeedFilesStreaming, shouldStream } from './load-seed-streaming';
import { listContextFiles, listSeedFiles, seedInputOf } from './read-seed-inputs';

/**
 * Validates `inputs` completely, then (unless `dryRun`) writes them in one transaction. When
 * anything is invalid, nothing is written, not even the schema, and every problem is returned.
 */
export async function loadSeed(
  database: GraphDatabase,
  inputs: readonly SeedInput[],
  options: LoadSeedOptions = {},
): Promise<LoadSeedResult> {
  const print = options.print ?? (() => undefined);
  const context =
    options.dryRun === true && options.contextFolder !== undefined
      ? listContextFiles(options.contextFolder).map(({ file, name }) => ({ ...seedInputOf(file), name }))
      : [];
  const validation = await validateSeedFiles(inputs, existingIdLookup(database, options.reset === true), context);
  if (!validation.ok) return { kind: 'invalid', problems: validation.problems };
  // A dry run matches the load's claims among themselves only: it needs no database for it.
  const resolved = await resolveClaimAppearances(
    validation.rows,
    options.dryRun === true ? null : claimMatchLookup(database, options.reset === true),
  );
  if (resolved.problems.length > 0) return { kind: 'invalid', problems: resolved.problems };
  const { rows } = resolved;
  const { nodeRows, relationshipRows } = countRows(rows);
  const rowCount = nodeRows + relationshipRows;
  if (options.dryRun)
    return { kind: 'validated', files: validation.files, rowCount, contextFiles: validation.contextFiles };

  const started = performance.now();
  await prepareGraphForLoad(database, { reset: options.reset === true, print, indexes: 'before' });
  let lastShown = 0;
  const progress = (done: number, total: number) => {
    // Progress only matters for inputs that take a while; show it every 10%.
    if (total >= 10_000 && done - lastShown >= total / 10) {
      lastShown = done;
      print(`  ${done.toLocaleString('en')} / ${total.toLocaleString('en')} rows`);
    }
  };
  // After a reset the graph is empty, which lets the write skip removing undeclared relationships.
  const counts = await loadGraphRows(database, rows, {
    progress,
    graphWasEmpty: options.reset === true,
    record: {
      subject: options.subject ?? SEED_SUBJECT,
      nodeIds: rows.nodes.Source.map((source) => source.id),
      summary: { files: validation.files, nodeRows, relationshipRows },
    },
  });
  const seconds = (performance.now() - started) / 1000;
  return {
    kind: 'loaded',
    files: validation.files,
    rowCount,
    nodeRows,
    relationshipRows,
    nodesCreated: counts.nodesCreated,
    relationshipsCreated: counts.relationshipsCreated,
    relationshipsDeleted: counts.relationshipsDeleted,
    seconds,
    counts: await countGraph(database),
  };
}

/**
 * Loads seed files and folders by path (as `npm run seed` does; see `listSeedFiles` for how
 * folders expand). Up to 16 MB of files load in one transaction; larger inputs stream in bounded
 * memory and commit in batches (`loadSeedFilesStreaming`), or always when `stream` is set.
 */
export async function loadSeedPaths(
  database: GraphDatabase,
  paths: readonly string[],
  options: LoadSeedOptions & { readonly stream?: boolean } = {},
): Promise<LoadSeedResult> {
  const { files, problems } = listSeedFiles(paths);
  if (problems.length > 0) return { kind: 'invalid', problems };
  if (options.stream === true || shouldStream(files)) return loadSeedFilesStreaming(database, files, options);
  return loadSeed(database, files.map(seedInputOf), options);
}

export type { LoadSeedOptions, LoadSeedResult } from './load-seed-types';

import { ConfigError, loadConfig } from '../src/config/load-config';
import { articleMetaSchema } from '../src/extract/draft/article-meta-schema';
import { createArticleExtractor } from '../src/extract/batch/create-article-extractor';
import { listArticleFiles } from '../src/extract/batch/list-article-files';
import { runExtractionBatch } from '../src/extract/batch/run-extraction-batch';
import type { BatchResult } from '../src/extract/batch/batch-types';
import { engineAnswers, startLocalCoreNlp } from '../nlp/local-corenlp';
import { defaultWorkers } from './default-workers';
import { parseExtractArguments } from './parse-extract-arguments';
import { readGraphKnowledge } from './read-graph-knowledge';
import { showProgress } from './show-progress';

/** `npm run extract`: articles in, seed-file drafts out (docs/extraction.md, "The extract command"). */
async function main(argv: readonly string[]): Promise<number> {
  const args = parseExtractArguments(argv);
  if (typeof args === 'string') return fail(args);
  const overrides = articleMetaSchema.safeParse(args.meta);
  if (!overrides.success)
    return fail(
      `Bad source field(s): ${overrides.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  const config = loadConfig(args.engineUrls === null ? process.env : { ...process.env, CORENLP_URLS: args.engineUrls });
  const { files, problems } = listArticleFiles(args.paths);
  for (const problem of problems) console.error(problem);
  if (files.length === 0) return 1;
  const local = config.coreNlp.local;
  if (local !== null && !(await engineAnswers(config.coreNlp.urls[0] as string)))
    await startLocalCoreNlp(local, (line) => console.log(line));
  const graph = await readGraphKnowledge(config);
  const workers = args.workers ?? defaultWorkers(config.coreNlp.urls.length);
  console.log(
    `Extracting into ${args.out} with ${workers} worker(s) over ${config.coreNlp.urls.join(', ')}, linking against ${graph.knowledge.from}.`,
  );
  const progress = showProgress();
  try {
    const result = await runExtractionBatch({
      files,
      outDir: args.out,
      workers,
      overrides: overrides.data,
      maxBytes: config.extract.maxArticleBytes,
      force: args.force,
      extract: createArticleExtractor(config.coreNlp),
      graph: graph.knowledge,
      onEvent: progress.onEvent,
    });
    progress.stop();
    return summarise(result, problems.length);
  } finally {
    await graph.close();
  }
}

function summarise(result: BatchResult, missingPaths: number): number {
  const rate = result.written.length / Math.max(result.seconds, 0.001);
  console.log(
    `Wrote ${result.written.length} draft(s) with ${result.quotes} quote(s) in ${result.seconds.toFixed(1)} s ` +
      `(${(rate * 60).toFixed(1)} articles a minute); ${result.upToDate.length} up to date, skipped.`,
  );
  if (result.quotesWithoutSpeaker > 0)
    console.log(
      `${result.quotesWithoutSpeaker} quote(s) with no speaker found were left out (a seed-file quote needs one).`,
    );
  if (result.keptForReviewers > 0)
    console.log(`${result.keptForReviewers} item(s) a reviewer accepted or edited were kept as they were.`);
  if (result.failures.length === 0) return missingPaths > 0 ? 1 : 0;
  console.error(`${result.failures.length} text(s) failed; nothing was written for them (run again to retry them):`);
  for (const failure of result.failures) console.error(`  ${failure.file}: ${failure.reason}`);
  return 1;
}

function fail(message: string): number {
  console.error(message);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

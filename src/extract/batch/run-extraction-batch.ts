import { mkdirSync } from 'node:fs';
import { EntityIndex } from '../link/entity-index';
import { readSeedEntities } from '../link/read-seed-entities';
import type { ExtractedArticle } from '../extracted-article';
import type { BatchFailure, BatchOptions, BatchResult } from './batch-types';
import { commitDraft } from './commit-draft';
import { readExtractionState, writeExtractionState } from './extraction-state';
import { planExtractionBatch } from './plan-extraction-batch';
import type { ArticleInput } from './read-article-input';

/** One article on its way: the engine's work, awaited by the writer in the texts' order. */
interface Job {
  readonly input: ArticleInput;
  readonly outcome: Promise<{ article: ExtractedArticle } | { error: string }>;
}

/**
 * Extracts every text of `options.files` into drafts in `options.outDir`. Texts are checked
 * first (`planExtractionBatch`); up to `workers` articles are at the engine at once, and drafts
 * are written one at a time in the texts' order, so that linking is the same however the engine
 * calls finish (an entity a draft defines, later drafts mention). A text that fails, in its input
 * or at the engine, is reported with its reason and nothing is written for it; the batch goes on.
 * The state is saved after every draft, so an interrupted batch resumes where it stopped, and a
 * second run extracts only the texts that failed or changed.
 */
export async function runExtractionBatch(options: BatchOptions): Promise<BatchResult> {
  const started = performance.now();
  mkdirSync(options.outDir, { recursive: true });
  const state = readExtractionState(options.outDir);
  const plan = planExtractionBatch(options, state);
  const emit = options.onEvent ?? (() => undefined);
  emit({
    kind: 'planned',
    total: options.files.length,
    toExtract: plan.toExtract.length,
    upToDate: plan.upToDate.length,
  });
  for (const failure of plan.failures) emit({ kind: 'failed', stage: 'input', ...failure });
  const index = new EntityIndex([...options.graph.entities, ...readSeedEntities(options.outDir).entities]);
  const failures: BatchFailure[] = [...plan.failures];
  const totals = { written: [] as string[], quotes: 0, quotesWithoutSpeaker: 0, keptForReviewers: 0 };
  for (const job of startJobs(plan.toExtract, options)) {
    const outcome = await job.outcome;
    try {
      if ('error' in outcome) throw new Error(outcome.error);
      const committed = await commitDraft(job.input, outcome.article, { ...options, index, state });
      writeExtractionState(options.outDir, state);
      totals.written.push(committed.draftFile);
      totals.quotes += committed.quotes;
      totals.quotesWithoutSpeaker += committed.quotesWithoutSpeaker;
      totals.keptForReviewers += committed.keptForReviewers;
      emit({ kind: 'written', file: job.input.file, draft: committed.draftFile, quotes: committed.quotes });
    } catch (error: unknown) {
      const reason = error instanceof Error ? error.message : String(error);
      failures.push({ file: job.input.file, reason });
      emit({ kind: 'failed', stage: 'extraction', file: job.input.file, reason });
    }
  }
  return { ...totals, upToDate: plan.upToDate, failures, seconds: (performance.now() - started) / 1000 };
}

/** Starts the engine work of every input, at most `workers` at a time, in the inputs' order. */
function startJobs(inputs: readonly ArticleInput[], options: Pick<BatchOptions, 'workers' | 'extract'>): Job[] {
  // A finished job hands its slot straight to the next waiting one, so no more than `workers` run.
  let running = 0;
  const waiting: (() => void)[] = [];
  const slot = async () => {
    if (running < options.workers) running += 1;
    else await new Promise<void>((resolve) => waiting.push(resolve));
  };
  const release = () => {
    const next = waiting.shift();
    if (next === undefined) running -= 1;
    else next();
  };
  return inputs.map((input) => ({
    input,
    outcome: (async () => {
      await slot();
      try {
        return { article: await options.extract(input.text) };
      } catch (error: unknown) {
        return { error: error instanceof Error ? error.message : String(error) };
      } finally {
        release();
      }
    })(),
  }));
}

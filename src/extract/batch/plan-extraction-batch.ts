import { existsSync } from 'node:fs';
import path from 'node:path';
import { ArticleInputError } from './article-input-error';
import type { BatchFailure, BatchOptions } from './batch-types';
import type { ExtractionState } from './extraction-state';
import { readArticleInput, type ArticleInput } from './read-article-input';

export interface BatchPlan {
  readonly toExtract: ArticleInput[];
  readonly upToDate: string[];
  readonly failures: BatchFailure[];
}

/**
 * Reads and checks every text before the engine sees any: a bad one becomes a failure naming
 * its file, a text whose draft in `outDir` was made from the same content (hash of text and
 * source fields) is up to date unless `force`, and two texts that would write the same draft
 * name are refused (the second one), since drafts are named after their texts.
 */
export function planExtractionBatch(
  options: Pick<BatchOptions, 'files' | 'outDir' | 'overrides' | 'maxBytes' | 'force'>,
  state: ExtractionState,
): BatchPlan {
  const plan: BatchPlan = { toExtract: [], upToDate: [], failures: [] };
  const byName = new Map<string, string>();
  for (const file of options.files) {
    let input: ArticleInput;
    try {
      input = readArticleInput(file, { maxBytes: options.maxBytes, overrides: options.overrides });
    } catch (error: unknown) {
      if (!(error instanceof ArticleInputError)) throw error;
      plan.failures.push({ file, reason: error.reason });
      continue;
    }
    const earlier = byName.get(input.name);
    if (earlier !== undefined) {
      plan.failures.push({ file, reason: `would write the same draft ${input.name}.json as ${earlier}` });
      continue;
    }
    byName.set(input.name, file);
    const draftExists = ['json', 'txt'].every((ext) => existsSync(path.join(options.outDir, `${input.name}.${ext}`)));
    if (!options.force && draftExists && state.articles[input.name]?.contentHash === input.contentHash)
      plan.upToDate.push(file);
    else plan.toExtract.push(input);
  }
  return plan;
}

import type { ArticleMeta } from '../draft/article-meta-schema';
import type { ArticleExtractor } from './create-article-extractor';
import type { KnownEntity } from '../link/known-entity';

/** What the graph knows, for linking and for keeping reviewers' decisions. */
export interface GraphKnowledge {
  /** Where it was read from, for the command's summary (`the database at ...`, `seed/data`). */
  readonly from: string;
  readonly entities: readonly KnownEntity[];
  /** Those of `ids` the graph holds as accepted or edited by a reviewer. */
  readonly reviewedIds: (ids: readonly string[]) => Promise<ReadonlySet<string>>;
}

export interface BatchOptions {
  readonly files: readonly string[];
  readonly outDir: string;
  /** Articles at the engine at once. */
  readonly workers: number;
  /** Source fields from the command line, over every sidecar's. */
  readonly overrides: ArticleMeta;
  readonly maxBytes: number;
  /** Extract even texts whose draft is up to date (after a change of the rules). */
  readonly force: boolean;
  readonly extract: ArticleExtractor;
  readonly graph: GraphKnowledge;
  readonly onEvent?: (event: BatchEvent) => void;
}

/** What a batch reports as it goes: for a progress bar or plain log lines. */
export type BatchEvent =
  | { readonly kind: 'planned'; readonly total: number; readonly toExtract: number; readonly upToDate: number }
  | { readonly kind: 'written'; readonly file: string; readonly draft: string; readonly quotes: number }
  /** `input`: refused before the engine (not one of `toExtract`); `extraction`: at the engine or writing. */
  | { readonly kind: 'failed'; readonly stage: 'input' | 'extraction'; readonly file: string; readonly reason: string };

export interface BatchFailure {
  readonly file: string;
  readonly reason: string;
}

export interface BatchResult {
  /** Draft files written, in the order of their texts. */
  readonly written: readonly string[];
  /** Texts skipped because their draft was up to date. */
  readonly upToDate: readonly string[];
  readonly failures: readonly BatchFailure[];
  readonly quotes: number;
  /** Quotes left out for want of a speaker, over all written drafts. */
  readonly quotesWithoutSpeaker: number;
  /** Items of earlier drafts kept because a reviewer had accepted or edited them. */
  readonly keptForReviewers: number;
  readonly seconds: number;
}

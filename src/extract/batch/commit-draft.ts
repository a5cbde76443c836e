import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ExtractedArticle } from '../extracted-article';
import { buildSeedDraft, type SeedDraft } from '../draft/build-seed-draft';
import { fingerprintItems, keepReviewerChanges } from '../draft/keep-reviewer-changes';
import type { EntityIndex } from '../link/entity-index';
import { readSeedEntitiesOf } from '../link/read-seed-entities';
import type { GraphKnowledge } from './batch-types';
import type { ExtractionState } from './extraction-state';
import type { ArticleInput } from './read-article-input';

export interface CommittedDraft {
  readonly draftFile: string;
  readonly quotes: number;
  readonly quotesWithoutSpeaker: number;
  readonly keptForReviewers: number;
}

/**
 * Turns one extracted article into its draft and writes it with its text copy into `outDir`:
 * linked against `index` (less the entities its own earlier draft defined), merged with the
 * earlier draft so that nothing a reviewer did is undone, each file written whole through a
 * temporary one. Afterwards the index knows the draft's entities (later articles link to them)
 * and `state` records its content hash and what the extractor wrote. An earlier draft that is not
 * valid JSON is a reviewer's work in progress: it is refused, not overwritten.
 */
export async function commitDraft(
  input: ArticleInput,
  article: ExtractedArticle,
  context: { outDir: string; index: EntityIndex; graph: GraphKnowledge; state: ExtractionState },
): Promise<CommittedDraft> {
  const draftFile = path.join(context.outDir, `${input.name}.json`);
  const previous = readPreviousDraft(draftFile);
  const ownIds = new Set(previous === null ? [] : readSeedEntitiesOf(previous).map((entity) => entity.id));
  const built = buildSeedDraft(article, { name: input.name, meta: input.meta, index: context.index.without(ownIds) });
  const ids = [...new Set([...idsOf(built.draft), ...(previous === null ? [] : idsOf(previous))])];
  const merged = keepReviewerChanges(built.draft, {
    previous,
    generated: context.state.articles[input.name]?.generated ?? {},
    reviewedInGraph: await context.graph.reviewedIds(ids),
  });
  writeWhole(path.join(context.outDir, `${input.name}.txt`), input.text);
  writeWhole(draftFile, `${JSON.stringify(merged.draft, null, 2)}\n`);
  context.state.articles[input.name] = { contentHash: input.contentHash, generated: fingerprintItems(built.draft) };
  for (const entity of readSeedEntitiesOf(merged.draft)) context.index.add(entity);
  return {
    draftFile,
    quotes: merged.draft.claims?.length ?? 0,
    quotesWithoutSpeaker: built.quotesWithoutSpeaker,
    keptForReviewers: merged.kept,
  };
}

function readPreviousDraft(file: string): SeedDraft | null {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as SeedDraft;
  } catch (error: unknown) {
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(
      `the existing draft ${path.basename(file)} is not valid JSON (${why}); fix or delete it, it is not overwritten`,
    );
  }
}

function idsOf(draft: SeedDraft): string[] {
  return [
    ...(draft.people ?? []),
    ...(draft.organizations ?? []),
    ...(draft.places ?? []),
    ...(draft.claims ?? []),
    ...(draft.mentions ?? []),
  ].map((item) => (typeof item === 'string' ? item : item.id));
}

function writeWhole(file: string, content: string): void {
  writeFileSync(`${file}.tmp`, content);
  renameSync(`${file}.tmp`, file);
}

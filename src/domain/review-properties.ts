import type { ReviewEntry, SeedFile } from './seed-file-schema';

/**
 * The stored properties of an item's `review` mark, flat because Neo4j properties cannot be maps:
 * `reviewStatus` (`DRAFT`/`ACCEPTED`), `reviewExtractor`, `reviewConfidence`, and `reviewNote`,
 * `reviewer`, `reviewedAt` when given. An item without a mark (written by a person) gets none, so
 * hand-written files load exactly as before.
 */
export function toReviewProperties(review: ReviewEntry | undefined): Record<string, string | number> {
  if (review === undefined) return {};
  return {
    reviewStatus: review.status,
    reviewExtractor: review.extractor,
    reviewConfidence: review.confidence,
    ...(review.note === undefined ? {} : { reviewNote: review.note }),
    ...(review.reviewer === undefined ? {} : { reviewer: review.reviewer }),
    ...(review.reviewedAt === undefined ? {} : { reviewedAt: review.reviewedAt }),
  };
}

/**
 * The review mark of a file's source: a source whose file holds drafts came with them from the
 * extractor (`npm run extract` copies the article), so it is a draft too, marked with its first
 * draft's extractor and confidence 1 (the text is the article itself), and readers see it once a
 * reviewer accepts one of its claims. A file without drafts gives no mark.
 */
export function toDraftSourceProperties(data: SeedFile): Record<string, string | number> {
  const items: readonly { readonly review?: ReviewEntry }[] = [
    ...data.claims,
    ...data.people,
    ...data.organizations,
    ...data.places,
  ];
  const draft = items.find((item) => item.review?.status === 'DRAFT')?.review;
  return draft === undefined ? {} : toReviewProperties({ status: 'DRAFT', extractor: draft.extractor, confidence: 1 });
}

import type { ReviewEntry } from './seed-file-schema';

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

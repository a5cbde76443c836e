import type { GraphDatabase } from '../graph-database';

const FIND_REVIEWED_IDS = `
  UNWIND $ids AS id
  MATCH (n:Node {id: id})
  WHERE (n.reviewStatus IS NOT NULL AND n.reviewStatus <> 'DRAFT') OR n.curated = true
  RETURN n.id AS id`;

/**
 * Those of `ids` that a reviewer has dealt with in the graph: accepted (a review status other
 * than DRAFT) or edited through a mutation (curated). Unknown ids and untouched drafts are absent.
 */
export async function findReviewedIds(database: GraphDatabase, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const result = await database.read(FIND_REVIEWED_IDS, { ids });
  return new Set(result.records.map((record) => record.get('id') as string));
}

import neo4j from 'neo4j-driver';
import type { GraphDatabase } from '../graph-database';
import type { NodeLabel } from '../graph-model';
import { projectNode, toNodeRecord, type NodeRecord } from '../node-record';
import { toLuceneQuery } from './to-lucene-query';

export interface SearchHit {
  readonly score: number;
  readonly node: NodeRecord;
}

// Both indexes are asked for `limit` hits each; the label filter applies before the final limit.
const SEARCH = `
  CALL () {
    CALL db.index.fulltext.queryNodes('name_search', $lucene, {limit: $candidates}) YIELD node, score
    RETURN node, score
    UNION ALL
    CALL db.index.fulltext.queryNodes('claim_search', $lucene, {limit: $candidates}) YIELD node, score
    RETURN node, score
  }
  WITH node, score
  WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
  RETURN ${projectNode('node')} AS node, score
  ORDER BY score DESC, node.id
  LIMIT $limit`;

/**
 * Full-text search over names, aliases, source titles, claim text and quotes: case- and
 * accent-insensitive, typo-tolerant, best first. Empty when the text has no words. `labels`
 * null means every type.
 */
export async function searchNodes(
  database: GraphDatabase,
  text: string,
  labels: readonly NodeLabel[] | null,
  limit: number,
): Promise<SearchHit[]> {
  const lucene = toLuceneQuery(text, 'any');
  if (lucene === '') return [];
  // Filtering by label happens after the index lookups, so ask them for more candidates.
  const candidates = labels === null ? limit : limit * 5;
  const result = await database.read(SEARCH, {
    lucene,
    labels,
    limit: neo4j.int(limit),
    candidates: neo4j.int(candidates),
  });
  return result.records.map((record) => ({
    score: record.get('score') as number,
    node: toNodeRecord(record.get('node')),
  }));
}

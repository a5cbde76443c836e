import neo4j from 'neo4j-driver';
import { foldForm } from '../../domain/fold-form';
import type { TransactionRunner } from '../graph-database';
import type { NodeLabel } from '../graph-model';
import { toLuceneQuery } from '../to-lucene-query';

const CANDIDATES_PER_FORM = 50;

// The full-text index finds the few nodes whose names share the form's words; the exact rule
// (foldForm, the seed validator's) is then applied to those. A scan of every entity of the type
// would be exact too, but grows with the graph.
const FIND_NAME_CANDIDATES: Readonly<Record<'Person' | 'Organization' | 'Place', string>> = {
  Person: candidatesOf('Person'),
  Organization: candidatesOf('Organization'),
  Place: candidatesOf('Place'),
};

function candidatesOf(label: string): string {
  return `
    UNWIND $queries AS query
    CALL db.index.fulltext.queryNodes('name_search', query, {limit: $limit}) YIELD node
    WITH DISTINCT node
    WHERE node:${label} AND node.id <> $id
    RETURN node.id AS id, node.name AS name, coalesce(node.aliases, []) AS aliases`;
}

/**
 * Problems for each of `forms` (the name and aliases of entity `id`) that is also a name or alias
 * of another entity of the same type, compared as the seed validator compares them (case,
 * accents and apostrophes aside). Empty when there is no clash.
 */
export async function findAliasClashes(
  run: TransactionRunner,
  { label, id, forms }: { label: EntityLabel; id: string; forms: readonly string[] },
): Promise<string[]> {
  const queries = forms.map((form) => toLuceneQuery(form, 'all')).filter((query) => query !== '');
  if (queries.length === 0) return [];
  const result = await run(FIND_NAME_CANDIDATES[label], { queries, id, limit: neo4j.int(CANDIDATES_PER_FORM) });
  const owners = new Map<string, string>();
  for (const record of result.records) {
    const owner = record.get('id') as string;
    for (const form of [record.get('name') as string, ...(record.get('aliases') as string[])])
      if (!owners.has(foldForm(form))) owners.set(foldForm(form), owner);
  }
  const problems: string[] = [];
  for (const form of forms) {
    const owner = owners.get(foldForm(form));
    if (owner !== undefined) problems.push(`"${form}" is also a name or alias of "${owner}"`);
  }
  return problems;
}

export type EntityLabel = Extract<NodeLabel, 'Person' | 'Organization' | 'Place'>;

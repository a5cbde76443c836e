import type { GraphDatabase } from '../graph-database';
import { ANY_NODE_LABEL, NODE_LABELS, type NodeLabel } from '../graph-model';

/** At most this many ids are returned: the lookup is for a person choosing one. */
export const ID_LOOKUP_LIMIT = 100;

// Reads every node: a lookup by part of an id, which no index holds, for a command run by hand.
const FIND_IDS_BY_WORDS = `
  MATCH (n:${ANY_NODE_LABEL})
  WITH n, [label IN labels(n) WHERE label IN $labels][0] AS label,
       coalesce(n.name, n.title, n.text, '') AS name
  WHERE label IS NOT NULL AND all(word IN $words WHERE
    toLower(n.id) CONTAINS word OR toLower(name) CONTAINS word
    OR any(form IN coalesce(n.aliases, []) + coalesce(n.otherNames, []) WHERE toLower(form) CONTAINS word))
  RETURN n.id AS id, label, name
  ORDER BY label, id
  LIMIT ${ID_LOOKUP_LIMIT}`;

/** One node a lookup found: its id, type and name (a source's title, a claim's text). */
export interface FoundId {
  readonly id: string;
  readonly label: NodeLabel;
  readonly name: string;
}

/**
 * The nodes whose id, name, aliases or other names contain every one of `words` (compared in
 * lower case), by type and then id, at most ID_LOOKUP_LIMIT. Empty when none matches; every
 * node matches no words.
 */
export async function findIdsByWords(database: GraphDatabase, words: readonly string[]): Promise<FoundId[]> {
  const result = await database.read(FIND_IDS_BY_WORDS, {
    words: words.map((word) => word.toLowerCase()),
    labels: NODE_LABELS,
  });
  return result.records.map((record) => ({
    id: record.get('id') as string,
    label: record.get('label') as NodeLabel,
    name: record.get('name') as string,
  }));
}

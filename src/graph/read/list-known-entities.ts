import type { GraphDatabase } from '../graph-database';

const LIST_KNOWN_ENTITIES = `
  MATCH (n:Entity)
  WHERE NOT n:Retracted
  RETURN n.id AS id,
         [label IN labels(n) WHERE label IN ['Person', 'Organization', 'Place']][0] AS label,
         n.name AS name,
         coalesce(n.aliases, []) + coalesce(n.otherNames, []) AS forms`;

/** One person, organization or place of the graph, with every name it is known by. */
export interface KnownEntityRow {
  readonly id: string;
  readonly label: 'Person' | 'Organization' | 'Place';
  readonly name: string;
  readonly forms: string[];
}

/**
 * Every person, organization and place in the graph with its name, aliases and other names, for
 * linking an extracted article to what the graph already has. Retracted entities are left out;
 * an empty graph gives an empty list. Reads the whole entity set: linking compares every form.
 */
export async function listKnownEntities(database: GraphDatabase): Promise<KnownEntityRow[]> {
  const result = await database.read(LIST_KNOWN_ENTITIES);
  return result.records.map((record) => ({
    id: record.get('id') as string,
    label: record.get('label') as KnownEntityRow['label'],
    name: record.get('name') as string,
    forms: record.get('forms') as string[],
  }));
}

import type { GraphDatabase } from '../graph-database';
import { projectNode } from '../node-record';
import { PREFETCH_CLAIM_RELATIONS } from './claim-prefetch';
import { limitParameter, toPage, type Page, type PageRequest } from './page';

/**
 * Connection-valued relationship fields: claims, which can grow without bound, ordered by id.
 * `total` counts the relationships without the `:Claim` label: each of these types starts or
 * ends at a claim only, and without the label Neo4j reads the count from the node's degree
 * instead of expanding every relationship.
 */
const CONNECTIONS = {
  statements: { page: '(n)-[:STATED]->(m:Claim)', total: '(n)-[:STATED]->()' },
  claimsAbout: { page: '(n)<-[:ABOUT]-(m:Claim)', total: '(n)<-[:ABOUT]-()' },
  sourceClaims: { page: '(n)<-[:APPEARS_IN]-(m:Claim)', total: '(n)<-[:APPEARS_IN]-()' },
} as const;

// Retracted claims (curation) leave these lists; the degree count then takes off the retracted
// ones, which only retracted claims' own relationships are expanded for.
const RETRACTED_OF: Readonly<Record<keyof typeof CONNECTIONS, string>> = {
  statements: '(n)-[:STATED]->(:Retracted)',
  claimsAbout: '(n)<-[:ABOUT]-(:Retracted)',
  sourceClaims: '(n)<-[:APPEARS_IN]-(:Retracted)',
};

export type ConnectionName = keyof typeof CONNECTIONS;

const QUERIES = Object.fromEntries(
  Object.entries(CONNECTIONS).map(([name, pattern]) => [
    name,
    `UNWIND $ids AS id
     MATCH (n:Node {id: id})
     CALL (n) {
       MATCH ${pattern.page}
       WHERE ($after IS NULL OR m.id > $after) AND NOT m:Retracted
       WITH m ORDER BY m.id LIMIT $limit
       RETURN collect({node: ${projectNode('m')}, key: [m.id], ${PREFETCH_CLAIM_RELATIONS}}) AS page
     }
     RETURN id, page, COUNT { ${pattern.total} } - COUNT { ${RETRACTED_OF[name as ConnectionName]} } AS total`,
  ]),
) as Record<ConnectionName, string>;

/**
 * One page of a connection for each of `ids`, all in one query. Ids that match no node get an
 * empty page.
 */
export async function findRelatedPages(
  database: GraphDatabase,
  connection: ConnectionName,
  ids: readonly string[],
  request: PageRequest,
): Promise<Map<string, Page>> {
  const result = await database.read(QUERIES[connection], {
    ids: [...new Set(ids)],
    after: request.after?.[0] ?? null,
    limit: limitParameter(request),
  });
  const pages = new Map<string, Page>(ids.map((id) => [id, toPage([], 0, request)]));
  for (const record of result.records)
    pages.set(record.get('id') as string, toPage(record.get('page'), record.get('total'), request));
  return pages;
}

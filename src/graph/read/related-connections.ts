import type { GraphDatabase } from '../graph-database';
import { projectNode } from '../node-record';
import { PREFETCH_CLAIM_RELATIONS } from './claim-prefetch';
import { limitParameter, toPage, type Page, type PageRequest } from './page';

/** Connection-valued relationship fields: claims, which can grow without bound, ordered by id. */
const CONNECTIONS = {
  statements: '(n)-[:STATED]->(m:Claim)',
  claimsAbout: '(n)<-[:ABOUT]-(m:Claim)',
  sourceClaims: '(n)<-[:APPEARS_IN]-(m:Claim)',
} as const;

export type ConnectionName = keyof typeof CONNECTIONS;

const QUERIES = Object.fromEntries(
  Object.entries(CONNECTIONS).map(([name, pattern]) => [
    name,
    `UNWIND $ids AS id
     MATCH (n:Node {id: id})
     CALL (n) {
       MATCH ${pattern}
       WHERE $after IS NULL OR m.id > $after
       WITH m ORDER BY m.id LIMIT $limit
       RETURN collect({node: ${projectNode('m')}, key: [m.id], ${PREFETCH_CLAIM_RELATIONS}}) AS page
     }
     RETURN id, page, COUNT { ${pattern.replace('(m:Claim)', '(:Claim)')} } AS total`,
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
  for (const record of result.records) pages.set(record.get('id') as string, toPage(record.get('page'), record.get('total'), request));
  return pages;
}

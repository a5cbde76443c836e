import type { GraphDatabase } from '../../src/graph/graph-database';

/**
 * The reference for the claim network, in the tests' own plain Cypher: claims per speaker →
 * subject pair (`speaker->subject`), over the claims `condition` (on claim `m`, speaker `s`)
 * keeps; retracted claims never count.
 */
export async function countClaimPairs(
  database: GraphDatabase,
  {
    condition = 'true',
    parameters = {},
  }: { readonly condition?: string; readonly parameters?: Record<string, unknown> } = {},
): Promise<Map<string, number>> {
  const result = await database.read(
    `MATCH (s)-[:STATED]->(m:Claim)-[:ABOUT]->(t) WHERE NOT m:Retracted AND (${condition})
     RETURN s.id AS speaker, t.id AS subject, count(m) AS claims`,
    parameters,
  );
  return new Map(
    result.records.map((record) => [
      `${record.get('speaker') as string}->${record.get('subject') as string}`,
      Number(record.get('claims')),
    ]),
  );
}

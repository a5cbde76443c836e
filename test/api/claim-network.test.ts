import { countClaimPairs } from '../support/count-claim-pairs';
import { startSeededServer, type SeededServer } from '../support/seeded-server';

let api: SeededServer;
beforeAll(async () => {
  api = await startSeededServer();
});
afterAll(async () => {
  await api.close();
});

const LUKASHENKO = 'person:alexander-lukashenko';
const PUTIN = 'person:vladimir-putin';

interface NetworkEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  basis: string | null;
  properties: { weight: number; claimIds: string[] };
}
interface Network {
  truncated: boolean;
  nodes: { id: string; type: string; label: string; degree: number }[];
  edges: NetworkEdge[];
}

const NETWORK = `query Network($where: ClaimWhere, $limit: Int) {
  claimNetwork(where: $where, limit: $limit) {
    truncated nodes { id type label degree } edges { id type source target basis properties } } }`;

async function network(variables: Record<string, unknown>): Promise<Network> {
  const response = await api.graphql<{ claimNetwork: Network }>(NETWORK, variables);
  expect(response.errors).toBeUndefined();
  return (response.data as { claimNetwork: Network }).claimNetwork;
}

function weightsOf(view: Network): Map<string, number> {
  return new Map(view.edges.map((edge) => [`${edge.source}->${edge.target}`, edge.properties.weight]));
}

function expectConsistent(view: Network): void {
  const ids = new Set(view.nodes.map((node) => node.id));
  expect(ids.size).toBe(view.nodes.length);
  expect(new Set(view.edges.map((edge) => edge.id)).size).toBe(view.edges.length);
  for (const edge of view.edges) {
    expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    expect(edge).toMatchObject({ type: 'SPOKE_ABOUT', basis: null, id: `SPOKE_ABOUT:${edge.source}->${edge.target}` });
  }
}

describe('claimNetwork', () => {
  it('has one SPOKE_ABOUT edge per speaker and subject, weighted by their number of claims', async () => {
    const view = await network({ limit: 1000 });
    expectConsistent(view);
    const expected = await countClaimPairs(api.database);
    expect(expected.size).toBeGreaterThan(10);
    expect(weightsOf(view)).toEqual(expected);
    expect(view.truncated).toBe(false);
    // Nodes are exactly the speakers and subjects, with the labels and degrees views give.
    const ends = new Set(view.edges.flatMap((edge) => [edge.source, edge.target]));
    expect(new Set(view.nodes.map((node) => node.id))).toEqual(ends);
    expect(view.nodes.find((node) => node.id === PUTIN)).toMatchObject({ type: 'PERSON', label: 'Vladimir Putin' });
    expect(view.edges.some((edge) => edge.properties.weight > 1)).toBe(true);
  });

  it("lists each edge's first claims by id, each one a claim of that speaker about that subject", async () => {
    const view = await network({ limit: 1000 });
    for (const edge of view.edges) {
      expect(edge.properties.claimIds).toHaveLength(Math.min(edge.properties.weight, 10));
      expect([...edge.properties.claimIds].sort()).toEqual(edge.properties.claimIds);
    }
    const heaviest = [...view.edges].sort((a, b) => b.properties.weight - a.properties.weight)[0] as NetworkEdge;
    const stored = await api.database.read(
      `MATCH (s:Node {id: $source})-[:STATED]->(m:Claim)-[:ABOUT]->(t:Node {id: $target})
       RETURN m.id AS id ORDER BY id LIMIT 10`,
      { source: heaviest.source, target: heaviest.target },
    );
    expect(heaviest.properties.claimIds).toEqual(stored.records.map((record) => record.get('id') as string));
  });

  it('counts only the claims the where keeps, as claims(where:) reads it', async () => {
    const bySpeaker = await network({ where: { speaker: { id: { eq: LUKASHENKO } } } });
    expectConsistent(bySpeaker);
    expect(bySpeaker.edges.every((edge) => edge.source === LUKASHENKO)).toBe(true);
    expect(weightsOf(bySpeaker)).toEqual(
      await countClaimPairs(api.database, { condition: 's.id = $id', parameters: { id: LUKASHENKO } }),
    );

    // Claims about Putin, with every subject of each such claim, not only Putin.
    const aboutPutin = await network({ where: { about: { some: { id: { eq: PUTIN } } } } });
    expect(weightsOf(aboutPutin)).toEqual(
      await countClaimPairs(api.database, {
        condition: 'EXISTS { (m)-[:ABOUT]->(:Node {id: $id}) }',
        parameters: { id: PUTIN },
      }),
    );
    expect(aboutPutin.edges.some((edge) => edge.target !== PUTIN)).toBe(true);

    const quotes = await network({ where: { kind: { eq: 'QUOTE' } } });
    const allClaims = await network({ limit: 1000 });
    expect(weightsOf(quotes)).toEqual(await countClaimPairs(api.database, { condition: `m.kind = 'QUOTE'` }));
    expect(quotes.edges.length).toBeLessThan(allClaims.edges.length);

    const combined = await network({
      where: { OR: [{ kind: { eq: 'PARAPHRASE' } }, { disputed: true }], NOT: { speaker: { id: { eq: PUTIN } } } },
    });
    expect(weightsOf(combined)).toEqual(
      await countClaimPairs(api.database, {
        condition: `(m.kind = 'PARAPHRASE' OR EXISTS { (m)<-[:DISPUTES]-() }) AND s.id <> $id`,
        parameters: { id: PUTIN },
      }),
    );
    expect(combined.edges.length).toBeGreaterThan(0);
  });

  it('is empty when no claim matches, or the speaker named does not exist', async () => {
    expect(await network({ where: { speaker: { id: { eq: 'person:nobody' } } } })).toEqual({
      truncated: false,
      nodes: [],
      edges: [],
    });
    expect((await network({ where: { text: { contains: 'no claim says this zyxw' } } })).edges).toEqual([]);
  });

  it('keeps the ends of the heaviest edges first when the limit cuts it, with every edge among them', async () => {
    const full = await network({ limit: 1000 });
    const cut = await network({ limit: 4 });
    expectConsistent(cut);
    expect(cut.truncated).toBe(true);
    expect(cut.nodes.length).toBeLessThanOrEqual(4);
    const heaviest = Math.max(...full.edges.map((edge) => edge.properties.weight));
    expect(cut.edges.some((edge) => edge.properties.weight === heaviest)).toBe(true);
    const kept = new Set(cut.nodes.map((node) => node.id));
    const among = full.edges.filter((edge) => kept.has(edge.source) && kept.has(edge.target));
    expect(weightsOf(cut)).toEqual(weightsOf({ ...full, edges: among }));
  });

  it.each([
    [{ limit: 0 }, 'limit', 'limit must be an integer from 1 to 1000, but got: 0'],
    [{ limit: 1001 }, 'limit', 'limit must be an integer from 1 to 1000, but got: 1001'],
    [
      { where: { text: { matches: 'sanctions' } } },
      'where.text.matches',
      'where.text.matches must be used only at the top level of the root claims(where:), not nested, but got: "sanctions"',
    ],
  ])('refuses %j with BAD_USER_INPUT naming the argument, before any query', async (variables, name, message) => {
    const before = await api.queriesSent();
    const response = await api.graphql(NETWORK, variables);
    expect(response.errors?.[0]?.message).toBe(message);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: name });
    expect(await api.queriesSent()).toBe(before);
  });

  it('costs one Cypher query', async () => {
    const before = await api.queriesSent();
    await network({ where: { kind: { in: ['QUOTE', 'PARAPHRASE'] } }, limit: 50 });
    expect(await api.queriesSent()).toBe(before + 1);
  });
});

import { startSeededServer, type SeededServer } from '../support/seeded-server';

let api: SeededServer;
beforeAll(async () => {
  api = await startSeededServer();
});
afterAll(async () => {
  await api.close();
});

interface Page {
  totalCount: number;
  edges: { node: { id: string } }[];
}

/** The ids a root list returns for `where` (all of them: first is the page maximum). */
async function idsOf(list: string, whereType: string, where: unknown): Promise<{ ids: string[]; total: number }> {
  const response = await api.graphql<Record<string, Page>>(
    `query($where: ${whereType}) { list: ${list}(where: $where, first: 100) { totalCount edges { node { id } } } }`,
    { where },
  );
  expect(response.errors).toBeUndefined();
  const page = response.data?.list as Page;
  return { ids: page.edges.map((edge) => edge.node.id).sort(), total: page.totalCount };
}

/** The reference: ids from plain Cypher written for the test. */
async function cypherIds(cypher: string, parameters: Record<string, unknown> = {}): Promise<string[]> {
  const result = await api.database.read(cypher, parameters);
  return result.records.map((record) => record.get('id') as string).sort();
}

async function expectSame(
  { list, whereType, where }: { list: string; whereType: string; where: unknown },
  cypher: string,
) {
  const expected = await cypherIds(cypher);
  const { ids, total } = await idsOf(list, whereType, where);
  // A page holds at most 100; past that only claims qualify, and they are ordered by id.
  expect(ids).toEqual(expected.slice(0, 100));
  expect(total).toBe(expected.length);
  return ids;
}

describe('where on strings and ids', () => {
  it('finds names containing or starting with some letters whatever their case', async () => {
    const found = await expectSame(
      { list: 'people', whereType: 'PersonWhere', where: { name: { contains: 'LUKASH' } } },
      "MATCH (p:Person) WHERE toLower(p.name) CONTAINS 'lukash' RETURN p.id AS id",
    );
    expect(found).toEqual(['person:alexander-lukashenko']);
    await expectSame(
      { list: 'places', whereType: 'PlaceWhere', where: { name: { startsWith: 'be' } } },
      "MATCH (p:Place) WHERE toLower(p.name) STARTS WITH 'be' RETURN p.id AS id",
    );
  });

  it('ignores accents on both sides: the words typed and the names stored', async () => {
    await api.database.write(
      "CREATE (:Node:Entity:Place {id: 'place:test-krakow', name: 'Kraków', aliases: ['Kraków'], kind: 'city'})",
    );
    try {
      expect((await idsOf('places', 'PlaceWhere', { name: { contains: 'KRAKOW' } })).ids).toEqual([
        'place:test-krakow',
      ]);
      expect((await idsOf('places', 'PlaceWhere', { name: { startsWith: 'krákó' } })).ids).toEqual([
        'place:test-krakow',
      ]);
      expect((await idsOf('places', 'PlaceWhere', { name: { contains: 'valáam' } })).ids).toContain('place:valaam');
    } finally {
      await api.database.write("MATCH (p:Node {id: 'place:test-krakow'}) DETACH DELETE p");
    }
  });

  it('combines eq, in, endsWith, AND, OR and NOT as written', async () => {
    await expectSame(
      {
        list: 'people',
        whereType: 'PersonWhere',
        where: {
          OR: [{ id: { in: ['person:vladimir-putin', 'person:donald-trump'] } }, { name: { endsWith: 'Macron' } }],
          NOT: { name: { eq: 'Donald Trump' } },
        },
      },
      `MATCH (p:Person) WHERE (p.id IN ['person:vladimir-putin', 'person:donald-trump'] OR p.name ENDS WITH 'Macron')
       AND NOT p.name = 'Donald Trump' RETURN p.id AS id`,
    );
  });
});

describe('where on enums, dates and relationships', () => {
  it('filters claims by kind, dispute and their source publication date', async () => {
    await expectSame(
      { list: 'claims', whereType: 'ClaimWhere', where: { kind: { in: ['QUOTE', 'PARAPHRASE'] }, disputed: true } },
      "MATCH (c:Claim) WHERE c.kind IN ['QUOTE', 'PARAPHRASE'] AND EXISTS { (c)<-[:DISPUTES]-() } RETURN c.id AS id",
    );
    await expectSame(
      {
        list: 'claims',
        whereType: 'ClaimWhere',
        where: { disputed: false, source: { published: { gte: '2025-08' } } },
      },
      `MATCH (c:Claim) WHERE NOT EXISTS { (c)<-[:DISPUTES]-() }
       AND EXISTS { MATCH (c)-[:APPEARS_IN]->(s:Source) WHERE s.published >= '2025-08-01' } RETURN c.id AS id`,
    );
    expect((await idsOf('claims', 'ClaimWhere', { source: { published: { lt: '2025' } } })).total).toBe(0);
  });

  it('keeps events whose date range overlaps a month, and none undated', async () => {
    await expectSame(
      { list: 'events', whereType: 'EventWhere', where: { date: { eq: '2025-08' } } },
      "MATCH (e:Event) WHERE e.startsOn <= '2025-08-31' AND e.endsOn >= '2025-08-01' RETURN e.id AS id",
    );
  });

  it('follows relationships with some, none and all, nested', async () => {
    await expectSame(
      {
        list: 'people',
        whereType: 'PersonWhere',
        where: { statements: { some: { about: { some: { id: { eq: 'place:valaam' } } } } } },
      },
      "MATCH (p:Person) WHERE EXISTS { (p)-[:STATED]->(:Claim)-[:ABOUT]->(:Node {id: 'place:valaam'}) } RETURN p.id AS id",
    );
    await expectSame(
      { list: 'people', whereType: 'PersonWhere', where: { statements: { all: { kind: { eq: 'QUOTE' } }, some: {} } } },
      `MATCH (p:Person) WHERE EXISTS { (p)-[:STATED]->() }
       AND NOT EXISTS { MATCH (p)-[:STATED]->(c) WHERE c.kind <> 'QUOTE' } RETURN p.id AS id`,
    );
    await expectSame(
      {
        list: 'events',
        whereType: 'EventWhere',
        where: {
          participants: { none: { id: { eq: 'person:vladimir-putin' } } },
          places: { some: { name: { contains: 'valaam' } } },
        },
      },
      `MATCH (e:Event) WHERE NOT EXISTS { (e)<-[:PARTICIPATED_IN]-(:Node {id: 'person:vladimir-putin'}) }
       AND EXISTS { MATCH (e)-[:OCCURRED_AT]->(p) WHERE toLower(p.name) CONTAINS 'valaam' } RETURN e.id AS id`,
    );
  });

  it('filters a nested connection and counts what the filter keeps', async () => {
    const response = await api.graphql<{ node: { statements: Page } }>(`{ node(id: "person:alexander-lukashenko") {
      ... on Person { statements(first: 100, where: {kind: {eq: QUOTE}}) { totalCount edges { node { id } } } } } }`);
    expect(response.errors).toBeUndefined();
    const expected = await cypherIds(
      "MATCH (:Node {id: 'person:alexander-lukashenko'})-[:STATED]->(c:Claim {kind: 'QUOTE'}) RETURN c.id AS id",
    );
    const page = response.data?.node.statements as Page;
    expect(page.edges.map((edge) => edge.node.id).sort()).toEqual(expected);
    expect(page.totalCount).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(0);
  });
});

describe('where refusals', () => {
  it.each([
    [
      `{ claims(where: {OR: [{text: {matches: "sanctions"}}]}) { totalCount } }`,
      'where.OR[0].text.matches must be used only at the top level of the root claims(where:), not nested, but got: "sanctions"',
    ],
    [
      `{ events(where: {date: {gte: "2025-13"}}) { totalCount } }`,
      'where.date.gte must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD, but got: "2025-13"',
    ],
  ])('refuses %s with BAD_USER_INPUT and no database call', async (query, message) => {
    const before = await api.queriesSent();
    const response = await api.graphql(query);
    expect(response.errors?.[0]?.message).toBe(message);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await api.queriesSent()).toBe(before);
  });
});

describe('claimGroups', () => {
  interface Group {
    key: string;
    count: number;
    node: { id: string } | null;
  }

  async function groups(by: string, where: unknown, first = 20): Promise<Group[]> {
    const response = await api.graphql<{ claimGroups: Group[] }>(
      `query($by: ClaimGrouping!, $where: ClaimWhere, $first: Int) {
        claimGroups(by: $by, where: $where, first: $first) { key count node { id } } }`,
      { by, where, first },
    );
    expect(response.errors).toBeUndefined();
    return response.data?.claimGroups ?? [];
  }

  async function cypherGroups(cypher: string): Promise<{ key: string; count: number }[]> {
    const result = await api.database.read(`${cypher} ORDER BY count DESC, key`);
    return result.records.map((record) => ({
      key: record.get('key') as string,
      count: (record.get('count') as { toNumber(): number }).toNumber(),
    }));
  }

  it('counts claims per speaker and per subject, largest first, with the node of each group', async () => {
    const speakers = await groups('SPEAKER', null, 100);
    expect(speakers.map(({ key, count }) => ({ key, count }))).toEqual(
      await cypherGroups('MATCH (s)-[:STATED]->(c:Claim) RETURN s.id AS key, count(c) AS count'),
    );
    for (const group of speakers) expect(group.node?.id).toBe(group.key);
    const subjects = await groups('SUBJECT', { kind: { eq: 'QUOTE' } }, 5);
    expect(subjects.map(({ key, count }) => ({ key, count }))).toEqual(
      (await cypherGroups("MATCH (c:Claim {kind: 'QUOTE'})-[:ABOUT]->(s) RETURN s.id AS key, count(c) AS count")).slice(
        0,
        5,
      ),
    );
  });

  it('counts claims per kind and per month of their source, with no node', async () => {
    const kinds = await groups('KIND', { disputed: true });
    expect(kinds.map(({ key, count }) => ({ key, count }))).toEqual(
      await cypherGroups(
        'MATCH (c:Claim) WHERE EXISTS { (c)<-[:DISPUTES]-() } RETURN c.kind AS key, count(c) AS count',
      ),
    );
    expect(kinds.every((group) => group.node === null)).toBe(true);
    expect((await groups('MONTH', null)).map(({ key, count }) => ({ key, count }))).toEqual(
      await cypherGroups(
        `MATCH (c:Claim)-[:APPEARS_IN]->(s:Source) WHERE s.published IS NOT NULL
         RETURN substring(s.published, 0, 7) AS key, count(DISTINCT c) AS count`,
      ),
    );
  });
});

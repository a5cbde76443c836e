import { startSeededServer, type SeededServer } from '../support/seeded-server';

let api: SeededServer;
beforeAll(async () => {
  api = await startSeededServer();
});
afterAll(async () => {
  await api.close();
});

interface Graph {
  truncated: boolean;
  nodes: { id: string; type: string; label: string; degree: number; properties: Record<string, unknown> }[];
  edges: { id: string; type: string; source: string; target: string; properties: Record<string, unknown> }[];
}

const NEIGHBORHOOD = `query($id: ID!, $depth: Int, $limit: Int, $types: [NodeType!]) {
  neighborhood(id: $id, depth: $depth, limit: $limit, types: $types) {
    truncated nodes { id type label degree properties } edges { id type source target properties } } }`;
const PATH = `query($from: ID!, $to: ID!, $maxLength: Int, $via: [RelationshipType!]) {
  path(from: $from, to: $to, maxLength: $maxLength, via: $via) { nodes { id type } edges { id type source target } } }`;

function expectConsistent(graph: Graph): void {
  const ids = new Set(graph.nodes.map((node) => node.id));
  expect(ids.size).toBe(graph.nodes.length);
  const edgeIds = new Set(graph.edges.map((edge) => edge.id));
  expect(edgeIds.size).toBe(graph.edges.length);
  for (const edge of graph.edges) {
    expect(ids.has(edge.source)).toBe(true);
    expect(ids.has(edge.target)).toBe(true);
    expect(ids.has(edge.id)).toBe(false);
  }
}

async function neighborhood(variables: Record<string, unknown>): Promise<Graph> {
  const response = await api.graphql<{ neighborhood: Graph }>(NEIGHBORHOOD, variables);
  expect(response.errors).toBeUndefined();
  return (response.data as { neighborhood: Graph }).neighborhood;
}

describe('neighborhood', () => {
  it('returns the centre and its direct neighbours with every edge among them', async () => {
    const graph = await neighborhood({ id: 'person:donald-trump' });
    expectConsistent(graph);
    const trump = graph.nodes.find((node) => node.id === 'person:donald-trump');
    expect(trump).toMatchObject({ type: 'PERSON', label: 'Donald Trump' });
    // Depth 1 with no limit reached: every relationship of the centre is in the view.
    expect(graph.truncated).toBe(false);
    expect(graph.edges.filter((edge) => edge.source === trump?.id || edge.target === trump?.id)).toHaveLength(
      trump?.degree ?? -1,
    );
  });

  it('marks the view truncated and keeps the nearest nodes when the limit is reached', async () => {
    const full = await neighborhood({ id: 'person:vladimir-putin', depth: 1, limit: 1000 });
    const cut = await neighborhood({ id: 'person:vladimir-putin', depth: 2, limit: 10 });
    expect(cut.truncated).toBe(true);
    expect(cut.nodes).toHaveLength(11);
    expectConsistent(cut);
    const direct = new Set(full.nodes.map((node) => node.id));
    for (const node of cut.nodes) expect(direct.has(node.id)).toBe(true);
  });

  it('reaches farther with depth, and keeps only the asked types besides the centre', async () => {
    const one = await neighborhood({ id: 'place:minsk', depth: 1, limit: 1000 });
    const two = await neighborhood({ id: 'place:minsk', depth: 2, limit: 1000 });
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    const people = await neighborhood({ id: 'event:valaam-meeting-2025', depth: 1, types: ['PERSON'] });
    expect(people.nodes.map((node) => node.type).sort()).toEqual(['EVENT', 'PERSON', 'PERSON']);
  });

  it('gives claims their text, quote and speaker in the properties', async () => {
    const graph = await neighborhood({ id: 'claim:lukashenko-sanctions-are-opportunities' });
    const claim = graph.nodes.find((node) => node.id === 'claim:lukashenko-sanctions-are-opportunities');
    expect(claim?.properties).toMatchObject({
      quote: 'Sanctions are opportunities.',
      kind: 'QUOTE',
      speakerId: 'person:alexander-lukashenko',
      speakerName: 'Alexander Lukashenko',
    });
    const appearsIn = graph.edges.find((edge) => edge.type === 'APPEARS_IN');
    expect(typeof appearsIn?.properties?.start).toBe('number');
    expect(typeof appearsIn?.properties?.end).toBe('number');
  });

  it('gives the same nodes, labels, degrees and edges whether or not the selection reads properties', async () => {
    const full = await neighborhood({ id: 'person:alexander-lukashenko', depth: 2, limit: 1000 });
    const response = await api.graphql<{ neighborhood: Graph }>(
      `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 1000) { truncated nodes { id type label degree } edges { id type source target } } }`,
      { id: 'person:alexander-lukashenko' },
    );
    const summary = response.data?.neighborhood as Graph;
    const withoutProperties = (graph: Graph) => ({
      truncated: graph.truncated,
      nodes: graph.nodes.map(({ properties: _properties, ...node }) => node),
      edges: graph.edges.map(({ properties: _properties, ...edge }) => edge),
    });
    expect(summary.nodes.some((node) => node.type === 'CLAIM')).toBe(true);
    expect(summary).toEqual(withoutProperties(full));
  });

  it('reads properties asked for through a fragment', async () => {
    const response = await api.graphql<{ neighborhood: Graph }>(
      `query($id: ID!) { neighborhood(id: $id) { nodes { ...Shown } edges { id } } }
       fragment Shown on GraphNode { id properties }`,
      { id: 'claim:lukashenko-sanctions-are-opportunities' },
    );
    const claim = response.data?.neighborhood.nodes.find(
      (node) => node.id === 'claim:lukashenko-sanctions-are-opportunities',
    );
    expect(claim?.properties).toMatchObject({ kind: 'QUOTE', speakerId: 'person:alexander-lukashenko' });
  });

  it("leaves a source's full text out of its properties but keeps its title", async () => {
    const graph = await neighborhood({ id: 'claim:lukashenko-sanctions-are-opportunities' });
    const source = graph.nodes.find((node) => node.type === 'SOURCE');
    expect(source?.properties.title).toEqual(expect.any(String));
    expect(source?.properties).not.toHaveProperty('text');
  });

  it('is a NOT_FOUND error for an unknown id', async () => {
    const response = await api.graphql(NEIGHBORHOOD, { id: 'person:nobody' });
    expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(response.errors?.[0]?.message).toBe('No node has the id "person:nobody"');
  });
});

describe('path', () => {
  it('finds how Trump is connected to Macron, without going through the source', async () => {
    const response = await api.graphql<{ path: Graph }>(PATH, {
      from: 'person:donald-trump',
      to: 'person:emmanuel-macron',
    });
    const path = response.data?.path as Graph;
    expect(path.nodes[0]?.id).toBe('person:donald-trump');
    expect(path.nodes.at(-1)?.id).toBe('person:emmanuel-macron');
    expect(path.edges).toHaveLength(path.nodes.length - 1);
    expect(path.nodes.some((node) => node.type === 'SOURCE')).toBe(false);
    expectConsistent(path);
  });

  it('is null when no path is short enough, or when the relationships allowed cannot connect them', async () => {
    const tooShort = await api.graphql(PATH, { from: 'person:donald-trump', to: 'place:moon', maxLength: 1 });
    expect(tooShort.errors).toBeUndefined();
    expect(tooShort.data).toEqual({ path: null });
    const leadsOnly = await api.graphql(PATH, {
      from: 'person:donald-trump',
      to: 'person:emmanuel-macron',
      via: ['LEADS'],
    });
    expect(leadsOnly.data).toEqual({ path: null });
  });

  it('is as short as shortestPath, in either direction, for ends one, two and more relationships apart, in one Cypher query whatever the length', async () => {
    const lengthOf = async (from: string, to: string): Promise<number | null> => {
      const result = await api.database.read(
        `MATCH (a:Node {id: $from}), (b:Node {id: $to})
         MATCH p = shortestPath((a)-[:STATED|ABOUT|PARTICIPATED_IN|OCCURRED_AT|PART_OF|LEADS|BASED_IN|DISPUTES|SUPPORTS*..6]-(b))
         RETURN length(p) AS length`,
        { from, to },
      );
      const length: unknown = result.records[0]?.get('length');
      return length === undefined ? null : Number(length);
    };
    const claims = await api.database.read(
      `MATCH (s:Person {id: 'person:alexander-lukashenko'})-[:STATED]->(c:Claim)-[:ABOUT]->(x) WHERE x <> s RETURN c.id AS claim, x.id AS subject ORDER BY c.id, x.id LIMIT 3`,
    );
    const pairs: [string, string][] = [
      ['person:donald-trump', 'person:emmanuel-macron'],
      ['person:alexander-lukashenko', claims.records[0]?.get('claim') as string],
      ...claims.records.map((record): [string, string] => [
        'person:alexander-lukashenko',
        record.get('subject') as string,
      ]),
      ['place:moon', 'person:alexander-lukashenko'],
    ];
    const lengths = new Set<number>();
    for (const [from, to] of pairs) {
      const expected = await lengthOf(from, to);
      for (const [start, end] of [
        [from, to],
        [to, from],
      ]) {
        const queriesBefore = await api.queriesSent();
        const response = await api.graphql<{ path: Graph | null }>(PATH, { from: start, to: end, maxLength: 6 });
        expect(response.errors).toBeUndefined();
        expect(await api.queriesSent()).toBe(queriesBefore + 1);
        const path = response.data?.path ?? null;
        expect(path === null ? null : path.edges.length).toBe(expected);
        if (path === null) continue;
        expect(path.nodes[0]?.id).toBe(start);
        expect(path.nodes.at(-1)?.id).toBe(end);
        expectConsistent(path);
        lengths.add(path.edges.length);
      }
    }
    // The pairs must exercise the direct and the common-neighbour cases and the fallback.
    expect(lengths.has(1)).toBe(true);
    expect([...lengths].some((length) => length >= 2)).toBe(true);
  });

  it('is a NOT_FOUND error naming the argument for an unknown id at either end, like neighborhood', async () => {
    for (const [from, to, argument, id] of [
      ['person:nobody', 'person:emmanuel-macron', 'from', 'person:nobody'],
      ['person:emmanuel-macron', 'place:nowhere', 'to', 'place:nowhere'],
      ['person:nobody', 'place:nowhere', 'from', 'person:nobody'],
      ['person:nobody', 'person:nobody', 'from', 'person:nobody'],
    ] as const) {
      const queriesBefore = await api.queriesSent();
      const response = await api.graphql(PATH, { from, to });
      expect(await api.queriesSent()).toBe(queriesBefore + 1);
      expect(response.data).toEqual({ path: null });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argumentName: argument });
      expect(response.errors?.[0]?.message).toBe(`No node has the id "${id}"`);
    }
  });
});

describe('argument bounds', () => {
  it.each([
    [`{ people(first: 101) { totalCount } }`, 'first must be an integer from 0 to 100, but got: 101'],
    [`{ people(first: -1) { totalCount } }`, 'first must be an integer from 0 to 100, but got: -1'],
    [
      `{ neighborhood(id: "person:vladimir-putin", depth: 4) { truncated } }`,
      'depth must be an integer from 1 to 3, but got: 4',
    ],
    [
      `{ neighborhood(id: "person:vladimir-putin", depth: 0) { truncated } }`,
      'depth must be an integer from 1 to 3, but got: 0',
    ],
    [
      `{ neighborhood(id: "person:vladimir-putin", limit: 1001) { truncated } }`,
      'limit must be an integer from 1 to 1000, but got: 1001',
    ],
    [
      `{ path(from: "a", to: "b", maxLength: 9) { truncated } }`,
      'maxLength must be an integer from 1 to 8, but got: 9',
    ],
    [`{ search(text: "x", first: 101) { score } }`, 'first must be an integer from 1 to 100, but got: 101'],
    [
      `{ node(id: "person:vladimir-putin") { ... on Person { statements(first: 500) { totalCount } } } }`,
      'first must be an integer from 0 to 100, but got: 500',
    ],
  ])('refuses %s with BAD_USER_INPUT and no database call', async (query, message) => {
    const before = await api.queriesSent();
    const response = await api.graphql(query);
    expect(response.errors?.[0]?.message).toBe(message);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // Every argument of the operation is checked before its statement is sent.
    expect(await api.queriesSent()).toBe(before);
  });

  it('bounds lists that grow with the data by first, the page maximum when absent', async () => {
    const MENTIONS = `query($first: Int) { node(id: "source:valaam-lukashenko-putin-2025-08-01") {
      ... on Source { mentions(first: $first) { id } } } }`;
    const all = await api.graphql<{ node: { mentions: { id: string }[] } }>(MENTIONS);
    const three = await api.graphql<{ node: { mentions: { id: string }[] } }>(MENTIONS, { first: 3 });
    const mentions = all.data?.node.mentions ?? [];
    expect(mentions.length).toBeGreaterThan(3);
    expect(three.data?.node.mentions).toEqual(mentions.slice(0, 3));
    const tooMany = await api.graphql(MENTIONS, { first: 101 });
    expect(tooMany.errors?.[0]?.message).toBe('first must be an integer from 0 to 100, but got: 101');
  });

  it('follows configured bounds', async () => {
    const narrow = await startSeededServer({ MAX_PAGE_SIZE: '5' });
    try {
      const mentions = await narrow.graphql<{ node: { mentions: unknown[] } }>(
        `{ node(id: "source:valaam-lukashenko-putin-2025-08-01") { ... on Source { mentions { id } } } }`,
      );
      expect(mentions.data?.node.mentions).toHaveLength(5);
      const response = await narrow.graphql(`{ people(first: 6) { totalCount } }`);
      expect(response.errors?.[0]?.message).toBe('first must be an integer from 0 to 5, but got: 6');
    } finally {
      await narrow.server.stop();
    }
  });
});

describe('database round trips', () => {
  // Claims with their speaker, the speaker's statements, the claims' subjects,
  // evidence, sources and links: nested levels, each reached for every parent.
  // The cost must not depend on how many parents each level has.
  const NESTED = `query($first: Int) { claims(where: {speaker: {id: {eq: "person:alexander-lukashenko"}}}, first: $first) { edges { node { id ... on Claim {
    speaker { ... on Person { name statements(first: 3) { totalCount edges { node { id kind } } } } }
    about { id ... on Entity { name } }
    evidence { start end source { id title } excerpt { text } }
    disputes { id } supports { id } } } } } }`;

  async function roundTrips(first: number): Promise<number> {
    const before = await api.queriesSent();
    const response = await api.graphql<{ claims: { edges: unknown[] } }>(NESTED, { first });
    expect(response.errors).toBeUndefined();
    expect(response.data?.claims.edges).toHaveLength(first);
    return (await api.queriesSent()) - before;
  }

  it('costs the same number of Cypher queries for 1 parent and for 20: one', async () => {
    const one = await roundTrips(1);
    const twenty = await roundTrips(20);
    expect(twenty).toBe(one);
    expect(one).toBe(1);
  });

  it('answers a person by id with statements, their subjects and sources in one query', async () => {
    const before = await api.queriesSent();
    const response =
      await api.graphql(`{ node(id: "person:vladimir-putin") { ... on Person { statements(first: 20) { edges { node { id text
      about { id ... on Entity { name } ... on Event { name } } evidence { start end source { id title } } } } } } } }`);
    expect(response.errors).toBeUndefined();
    expect((await api.queriesSent()) - before).toBe(1);
  });

  it("answers a deep shape (person, statements, subjects, their sources, the sources' claims) with one query", async () => {
    const before = await api.queriesSent();
    const response = await api.graphql<{ node: { statements: { edges: unknown[] } } }>(`{
      node(id: "person:vladimir-putin") { ... on Person { statements(first: 5) { totalCount edges { node {
        about { id ... on Entity { mentionedIn { id claims(first: 2) { totalCount } } }
          ... on Event { parts { id } } } } } } } } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data?.node.statements.edges.length).toBeGreaterThan(0);
    expect((await api.queriesSent()) - before).toBe(1);
  });

  it('costs one query per root field, whatever each selects', async () => {
    const before = await api.queriesSent();
    const response = await api.graphql(`{
      a: node(id: "person:vladimir-putin") { id ... on Person { statements(first: 3) { edges { node { about { id } } } } } }
      b: people(first: 3) { totalCount edges { node { name events { event { name } } } } }
      c: claims(first: 3) { edges { node { speaker { ... on Node { id } } evidence { excerpt { text } } } } } }`);
    expect(response.errors).toBeUndefined();
    expect((await api.queriesSent()) - before).toBe(3);
  });
});

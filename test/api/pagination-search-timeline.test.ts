import { startSeededServer, type SeededServer } from '../support/seeded-server';

let api: SeededServer;
beforeAll(async () => {
  api = await startSeededServer();
});
afterAll(async () => {
  await api.close();
});

interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: { id: string; name?: string; date?: string | null } }[];
}

async function data<Data>(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const response = await api.graphql<Data>(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data as Data;
}

const PEOPLE = `query People($first: Int, $after: String) {
  people(first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id name } } }
}`;

describe('pagination', () => {
  it('walks every person exactly once, in name order, with cursors that round-trip', async () => {
    const all = (await data<{ people: Connection }>(PEOPLE, { first: 100 })).people;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Connection = (await data<{ people: Connection }>(PEOPLE, { first: 2, after })).people;
      expect(page.totalCount).toBe(all.totalCount);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.edges.map((edge) => edge.node.id));
    const names = all.edges.map((edge) => edge.node.name ?? '');
    expect(names).toEqual([...names].sort());
  });

  it('says hasNextPage exactly at the boundary', async () => {
    const total = (await data<{ people: Connection }>(PEOPLE, { first: 100 })).people.totalCount;
    expect((await data<{ people: Connection }>(PEOPLE, { first: total })).people.pageInfo.hasNextPage).toBe(false);
    expect((await data<{ people: Connection }>(PEOPLE, { first: total - 1 })).people.pageInfo.hasNextPage).toBe(true);
  });

  it('returns only the count for first: 0', async () => {
    const page = (await data<{ people: Connection }>(PEOPLE, { first: 0 })).people;
    expect(page.edges).toEqual([]);
    expect(page.totalCount).toBeGreaterThan(0);
    expect(page.pageInfo.hasNextPage).toBe(true);
  });

  it('pages nested connections too: statements continue after their cursor', async () => {
    const query = `query($after: String) { node(id: "person:alexander-lukashenko") { ... on Person { statements(first: 5, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } } }`;
    const first = await data<{ node: { statements: Connection } }>(query, { after: null });
    const second = await data<{ node: { statements: Connection } }>(query, {
      after: first.node.statements.pageInfo.endCursor,
    });
    const firstIds = first.node.statements.edges.map((edge) => edge.node.id);
    const secondIds = second.node.statements.edges.map((edge) => edge.node.id);
    expect(secondIds).toHaveLength(5);
    expect(secondIds.every((id) => firstIds.every((earlier) => id > earlier))).toBe(true);
  });

  it('refuses a cursor it did not make', async () => {
    const response = await api.graphql(PEOPLE, { first: 2, after: 'not-a-cursor' });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toBe(
      'after must be a cursor returned by this field, but got: "not-a-cursor"',
    );
  });
});

const SEARCH = `query($text: String!, $types: [NodeType!], $first: Int) { search(text: $text, types: $types, first: $first) { score node { id } } }`;

async function searchIds(text: string, types?: string[]): Promise<string[]> {
  const result = await data<{ search: { score: number; node: { id: string } }[] }>(SEARCH, { text, types, first: 5 });
  return result.search.map((hit) => hit.node.id);
}

describe('search', () => {
  it('finds a person by any alias, first', async () => {
    expect((await searchIds('Vladimir Vladimirovich', ['PERSON']))[0]).toBe('person:vladimir-putin');
    expect((await searchIds('Alexander Grigorievich', ['PERSON']))[0]).toBe('person:alexander-lukashenko');
  });

  it('tolerates a small typo and ignores case and accents', async () => {
    expect((await searchIds('lukashneko', ['PERSON']))[0]).toBe('person:alexander-lukashenko');
    expect((await searchIds('VALÁAM', ['PLACE']))[0]).toBe('place:valaam');
  });

  it('searches claim text and quotes, best first, with scores in descending order', async () => {
    const result = await data<{ search: { score: number; node: { id: string } }[] }>(SEARCH, {
      text: 'sanctions opportunities',
      types: ['CLAIM'],
      first: 5,
    });
    expect(result.search[0]?.node.id).toBe('claim:lukashenko-sanctions-are-opportunities');
    const scores = result.search.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('keeps only the asked types', async () => {
    const ids = await searchIds('Belarus', ['PLACE']);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id.startsWith('place:'))).toBe(true);
  });

  it('answers Lucene syntax in the text as plain words, not as an error', async () => {
    for (const text of ['"unclosed', 'Putin) OR (', 'AND', '*', 'a:b~^2', '\\']) {
      const response = await api.graphql(SEARCH, { text, first: 3 });
      expect(response.errors).toBeUndefined();
    }
  });
});

describe('timeline', () => {
  const EVENTS = `query($from: String, $to: String, $after: String) {
    events(first: 100, where: {date: {gte: $from, lte: $to}}, after: $after) {
    totalCount edges { node { id ... on Event { date endDate datePrecision } } } } }`;

  it('lists events in chronological order, undated last', async () => {
    const result = await data<{ events: Connection }>(EVENTS);
    const dates = result.events.edges.map((edge) => edge.node.date ?? null);
    const dated = dates.filter((date): date is string => date !== null);
    expect(dated.length).toBeGreaterThan(10);
    expect(dated).toEqual([...dated].sort());
    expect(dates.slice(dated.length).every((date) => date === null)).toBe(true);
  });

  it('keeps only events overlapping the window, counting partial dates by the days they cover', async () => {
    const result = await data<{ events: Connection }>(EVENTS, { from: '2025-08', to: '2025-08' });
    const ids = result.events.edges.map((edge) => edge.node.id);
    expect(ids).toContain('event:valaam-meeting-2025');
    expect(result.events.totalCount).toBe(ids.length);
    for (const edge of result.events.edges) {
      const { date } = edge.node as { date: string };
      expect(date.slice(0, 7) <= '2025-08').toBe(true);
    }
    const in2022 = await data<{ events: Connection }>(EVENTS, { from: '2022', to: '2022' });
    expect(in2022.events.edges.every((edge) => (edge.node.date ?? '').startsWith('2022'))).toBe(true);
  });

  it('walks a window page by page through the same events, in the same order, as one page', async () => {
    const PAGED = `query($from: String, $to: String, $first: Int, $after: String) {
      events(first: $first, where: {date: {gte: $from, lte: $to}}, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
    const windows = [
      { from: '2022', to: '2025' },
      { from: '2024-06', to: null },
      { from: null, to: '2023' },
      { from: null, to: null },
    ];
    for (const window of windows) {
      const whole = await data<{ events: Connection }>(PAGED, { ...window, first: 100, after: null });
      const walked: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: { events: Connection } = await data<{ events: Connection }>(PAGED, { ...window, first: 1, after });
        expect(page.events.totalCount).toBe(whole.events.totalCount);
        walked.push(...page.events.edges.map((edge) => edge.node.id));
        if (!page.events.pageInfo.hasNextPage) break;
        after = page.events.pageInfo.endCursor;
      }
      expect(whole.events.edges.length).toBeGreaterThan(1);
      expect(walked).toEqual(whole.events.edges.map((edge) => edge.node.id));
      expect(walked).toHaveLength(whole.events.totalCount);
    }
  });

  it('refuses a date that is not ISO 8601', async () => {
    const response = await api.graphql(EVENTS, { from: 'August 2025' });
    expect(response.errors?.[0]?.message).toBe(
      'where.date.gte must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD, but got: "August 2025"',
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('claims filters', () => {
  it("walks a speaker's claims page by page, every one once and in id order, as many as the total", async () => {
    const CLAIMS = `query($kind: ClaimKind, $after: String) { claims(
      where: {speaker: {id: {eq: "person:alexander-lukashenko"}}, kind: {eq: $kind}}, first: 4, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id ... on Claim { kind speaker { ... on Person { id } } } } } } }`;
    for (const kind of [null, 'QUOTE']) {
      const walked: { id: string; kind: string; speaker: { id: string } }[] = [];
      let after: string | null = null;
      let total = 0;
      for (;;) {
        const page: {
          claims: {
            totalCount: number;
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
            edges: { node: { id: string; kind: string; speaker: { id: string } } }[];
          };
        } = await data(CLAIMS, { kind, after });
        total = page.claims.totalCount;
        walked.push(...page.claims.edges.map((edge) => edge.node));
        if (!page.claims.pageInfo.hasNextPage) break;
        after = page.claims.pageInfo.endCursor;
      }
      const ids = walked.map((claim) => claim.id);
      expect(ids.length).toBeGreaterThan(4);
      expect(ids).toHaveLength(total);
      expect(ids).toEqual([...new Set(ids)].sort());
      expect(
        walked.every(
          (claim) => claim.speaker.id === 'person:alexander-lukashenko' && (kind === null || claim.kind === kind),
        ),
      ).toBe(true);
    }
  });

  it('filters by speaker, subject, kind and words together', async () => {
    const result = await data<{
      claims: {
        totalCount: number;
        edges: { node: { id: string; kind: string; speaker: { id: string }; about: { id: string }[] } }[];
      };
    }>(
      `{ claims(where: {speaker: {id: {eq: "person:alexander-lukashenko"}}, kind: {eq: QUOTE}, text: {matches: "sanctions"}}, first: 50) {
        totalCount edges { node { id ... on Claim { kind speaker { ... on Person { id } } about { id } } } } } }`,
    );
    expect(result.claims.totalCount).toBeGreaterThan(0);
    for (const { node } of result.claims.edges) {
      expect(node.kind).toBe('QUOTE');
      expect(node.speaker.id).toBe('person:alexander-lukashenko');
    }
    const about = await data<{ claims: { edges: { node: { about: { id: string }[] } }[] } }>(
      `{ claims(where: {about: {some: {id: {eq: "person:volodymyr-zelensky"}}}}, first: 50) { edges { node { ... on Claim { about { id } } } } } }`,
    );
    expect(about.claims.edges.length).toBeGreaterThan(0);
    for (const { node } of about.claims.edges)
      expect(node.about.map((subject) => subject.id)).toContain('person:volodymyr-zelensky');
  });
});

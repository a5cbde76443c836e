import { startSeededServer, type SeededServer } from '../support/seeded-server';

/**
 * `orderBy` and backward pages (`last`/`before`) through the real server on the seeded article.
 * Expected orders come from plain Cypher written here, with the SDL's rules spelled out as
 * ORDER BY terms (undated events last, undated sources first in ASC), not from the compiler.
 */

let api: SeededServer;
beforeAll(async () => {
  api = await startSeededServer();
});
afterAll(async () => {
  await api.close();
});

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: { id: string } }[];
}

const LIST_TYPES: Readonly<Record<string, { readonly label: string; readonly sort: string }>> = {
  people: { label: 'Person', sort: 'PersonSort' },
  organizations: { label: 'Organization', sort: 'OrganizationSort' },
  places: { label: 'Place', sort: 'PlaceSort' },
  events: { label: 'Event', sort: 'EventSort' },
  sources: { label: 'Source', sort: 'SourceSort' },
  claims: { label: 'Claim', sort: 'ClaimSort' },
};

async function page(
  list: string,
  variables: { orderBy?: unknown; first?: number; last?: number; after?: string | null; before?: string | null },
): Promise<Page> {
  const sort = (LIST_TYPES[list] as { sort: string }).sort;
  const response = await api.graphql<Record<string, Page>>(
    `query($orderBy: [${sort}!], $first: Int, $last: Int, $after: String, $before: String) {
      list: ${list}(orderBy: $orderBy, first: $first, last: $last, after: $after, before: $before) {
        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }`,
    variables,
  );
  if (response.errors !== undefined) throw new Error(JSON.stringify(response.errors));
  return response.data?.list as Page;
}

/** Every id of a list, walked forwards `size` at a time. */
async function walkForwards(list: string, orderBy: unknown, size: number): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const current: Page = await page(list, { orderBy, first: size, after });
    ids.push(...current.edges.map((edge) => edge.node.id));
    if (!current.pageInfo.hasNextPage) return ids;
    after = current.pageInfo.endCursor;
  }
}

/** Every id of a list, walked backwards from its end `size` at a time, in the list's order. */
async function walkBackwards(list: string, orderBy: unknown, size: number): Promise<string[]> {
  const pages: string[][] = [];
  let before: string | null = null;
  for (;;) {
    const current: Page = await page(list, { orderBy, last: size, before });
    expect(current.pageInfo.hasNextPage).toBe(before !== null);
    pages.unshift(current.edges.map((edge) => edge.node.id));
    if (!current.pageInfo.hasPreviousPage) return pages.flat();
    before = current.pageInfo.startCursor;
  }
}

async function cypherIds(cypher: string): Promise<string[]> {
  const result = await api.database.read(cypher);
  return result.records.map((record) => record.get('id') as string);
}

type Direction = 'ASC' | 'DESC';

/** The ORDER BY of one sortable field, in one direction; every order then ends by id. */
const by =
  (expression: string) =>
  (direction: Direction): string =>
    `${expression} ${direction}`;
const ENTITY_ORDERS = { name: by('n.name'), degree: by('COUNT { (n)--() }'), id: by('n.id') };
// Undated sources, and claims whose sources are undated, count as older than any date.
const byPublished = (direction: Direction) =>
  direction === 'ASC' ? 'published IS NULL DESC, published ASC' : 'published IS NULL ASC, published DESC';
const REFERENCE_ORDERS: Readonly<Record<string, Readonly<Record<string, (direction: Direction) => string>>>> = {
  people: ENTITY_ORDERS,
  organizations: ENTITY_ORDERS,
  places: ENTITY_ORDERS,
  // Undated events come last either way.
  events: { name: by('n.name'), date: (direction) => `n.startsOn IS NULL, n.startsOn ${direction}`, id: by('n.id') },
  sources: { published: byPublished, id: by('n.id') },
  claims: { published: byPublished, kind: by('n.kind'), id: by('n.id') },
};

/** The ids of a list in one field's order, by plain Cypher; `published` is a claim's earliest source date. */
function referenceIds(list: string, field: string, direction: Direction): Promise<string[]> {
  const label = (LIST_TYPES[list] as { label: string }).label;
  const order = (REFERENCE_ORDERS[list] as Record<string, (direction: Direction) => string>)[field];
  return cypherIds(`MATCH (n:${label}) WHERE NOT n:Retracted
    CALL (n) { OPTIONAL MATCH (n)-[:APPEARS_IN]->(s:Source) RETURN min(s.published) AS sourceDate }
    WITH n, CASE WHEN n:Source THEN n.published ELSE sourceDate END AS published
    RETURN n.id AS id ORDER BY ${order?.(direction) ?? ''}, n.id`);
}

const SORTABLE = Object.entries(REFERENCE_ORDERS).flatMap(([list, fields]) =>
  Object.keys(fields).flatMap((field) =>
    (['ASC', 'DESC'] as const).map((direction) => [list, field, direction] as const),
  ),
);

describe('orderBy', () => {
  it.each(SORTABLE)('orders %s by %s %s as plain Cypher does, every item once', async (list, field, direction) => {
    const expected = await referenceIds(list, field, direction);
    expect(expected.length).toBeGreaterThan(0);
    expect(await walkForwards(list, [{ [field]: direction }], 40)).toEqual(expected);
  });

  it('keeps undated events last in both directions, so a timeline newest first starts with a date', async () => {
    const response = await api.graphql<{ events: { edges: { node: { date: string | null } }[] } }>(
      `{ events(orderBy: [{date: DESC}], first: 100) { edges { node { ... on Event { date } } } } }`,
    );
    const dates = response.data?.events.edges.map((edge) => edge.node.date) ?? [];
    const dated = dates.filter((date) => date !== null);
    expect(dated.length).toBeGreaterThan(5);
    expect(dates.slice(0, dated.length)).toEqual(dated);
    expect(dated).toEqual([...dated].sort().reverse());
  });

  it('breaks ties by the next field, then by id', async () => {
    const expected = await cypherIds(
      'MATCH (n:Claim) WHERE NOT n:Retracted RETURN n.id AS id ORDER BY n.kind DESC, n.id DESC',
    );
    expect(await walkForwards('claims', [{ kind: 'DESC' }, { id: 'DESC' }], 30)).toEqual(expected);
  });

  it('orders nested claim pages too', async () => {
    const response = await api.graphql<{ node: { statements: Page } }>(
      `{ node(id: "person:alexander-lukashenko") { ... on Person {
        statements(orderBy: [{kind: ASC}], first: 100) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } } } }`,
    );
    const expected = await cypherIds(
      `MATCH (:Person {id: 'person:alexander-lukashenko'})-[:STATED]->(n:Claim) RETURN n.id AS id ORDER BY n.kind, n.id`,
    );
    expect(response.data?.node.statements.edges.map((edge) => edge.node.id)).toEqual(expected);
  });

  // A filtered nested page with totalCount reads its claims once for both (a collected list);
  // sorted by a value a subquery reads (the source date), that form once failed inside Neo4j.
  it('orders and counts a filtered nested claim page by source date', async () => {
    for (const direction of ['ASC', 'DESC'] as const) {
      const response = await api.graphql<{ node: { statements: Page } }>(
        `{ node(id: "person:vladimir-putin") { ... on Person {
          statements(where: {kind: {in: [QUOTE, PARAPHRASE]}}, orderBy: [{published: ${direction}}], first: 100) {
            totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } } } }`,
      );
      expect(response.errors).toBeUndefined();
      const expected = await cypherIds(
        `MATCH (:Person {id: 'person:vladimir-putin'})-[:STATED]->(n:Claim) WHERE n.kind IN ['QUOTE', 'PARAPHRASE'] AND NOT n:Retracted
         CALL (n) { OPTIONAL MATCH (n)-[:APPEARS_IN]->(s:Source) RETURN min(s.published) AS published }
         RETURN n.id AS id ORDER BY ${byPublished(direction)}, n.id`,
      );
      expect(expected.length).toBeGreaterThan(1);
      const statements = response.data?.node.statements;
      expect(statements?.edges.map((edge) => edge.node.id)).toEqual(expected);
      expect(statements?.totalCount).toBe(expected.length);
    }
  });
});

describe('backward pages', () => {
  it.each([
    ['people', [{ degree: 'DESC' }]],
    ['events', [{ date: 'DESC' }]],
    ['claims', [{ published: 'DESC' }, { kind: 'ASC' }]],
    ['places', null],
  ])('walk all of %s backwards to the same items, in the same order, as forwards (%j)', async (list, orderBy) => {
    const forwards = await walkForwards(list, orderBy, 7);
    expect(forwards.length).toBeGreaterThan(5);
    expect(await walkBackwards(list, orderBy, 7)).toEqual(forwards);
  });

  it("read the page just before a forward page's first item, with the page flags Relay specifies", async () => {
    const orderBy = [{ name: 'DESC' }];
    const first = await page('places', { orderBy, first: 4 });
    const second = await page('places', { orderBy, first: 4, after: first.pageInfo.endCursor });
    const back = await page('places', { orderBy, last: 4, before: second.pageInfo.startCursor });
    expect(back.edges.map((edge) => edge.node.id)).toEqual(first.edges.map((edge) => edge.node.id));
    expect(back.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    const end = await page('places', { orderBy, last: 4 });
    expect(end.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    expect(end.totalCount).toBe(first.totalCount);
  });

  it('takes the end of a nested claim page with last', async () => {
    const query = `query($last: Int, $before: String) { node(id: "person:alexander-lukashenko") { ... on Person {
      statements(orderBy: [{kind: DESC}], last: $last, before: $before) { pageInfo { hasPreviousPage hasNextPage startCursor } edges { node { id } } } } } }`;
    const all = await cypherIds(
      `MATCH (:Person {id: 'person:alexander-lukashenko'})-[:STATED]->(n:Claim) RETURN n.id AS id ORDER BY n.kind DESC, n.id`,
    );
    const end = await api.graphql<{ node: { statements: Page } }>(query, { last: 3 });
    expect(end.data?.node.statements.edges.map((edge) => edge.node.id)).toEqual(all.slice(-3));
    const before = await api.graphql<{ node: { statements: Page } }>(query, {
      last: 2,
      before: end.data?.node.statements.pageInfo.startCursor,
    });
    expect(before.data?.node.statements.edges.map((edge) => edge.node.id)).toEqual(all.slice(-5, -3));
    expect(before.data?.node.statements.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
  });
});

describe('refusals', () => {
  async function errorOf(query: string, variables: Record<string, unknown> = {}) {
    const response = await api.graphql(query, variables);
    return response.errors?.[0];
  }

  it('refuses a cursor made by a page in another order, naming after or before', async () => {
    const byName = await page('people', { orderBy: [{ name: 'ASC' }], first: 2 });
    for (const side of ['after', 'before'] as const) {
      const error = await errorOf(
        `query($cursor: String) { people(orderBy: [{degree: DESC}], ${side === 'after' ? 'first' : 'last'}: 2, ${side}: $cursor) { totalCount } }`,
        { cursor: byName.pageInfo.endCursor },
      );
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: side });
      expect(error?.message).toBe(
        `${side} must be a cursor of a page in the order degree DESC, id ASC, but got: "a cursor of the order name ASC, id ASC"`,
      );
    }
  });

  it('accepts the default order written out, and its cursors', async () => {
    const implicit = await page('people', { first: 2 });
    const explicit = await page('people', { orderBy: [{ name: 'ASC' }], first: 2, after: implicit.pageInfo.endCursor });
    const all = await walkForwards('people', null, 10);
    expect(explicit.edges.map((edge) => edge.node.id)).toEqual(all.slice(2, 4));
  });

  it('refuses first and last together, naming last, but takes last alone though first has a default', async () => {
    const error = await errorOf('{ people(first: 2, last: 2) { totalCount } }');
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'last' });
    const query = 'query($first: Int, $last: Int) { people(first: $first, last: $last) { edges { node { id } } } }';
    expect((await errorOf(query, { first: 2, last: 2 }))?.extensions?.argumentName).toBe('last');
    const response = await api.graphql<{ people: Page }>(query, { last: 2 });
    expect(response.errors).toBeUndefined();
    expect(response.data?.people.edges).toHaveLength(2);
  });

  it('bounds last like first', async () => {
    const error = await errorOf('{ people(last: 101) { totalCount } }');
    expect(error?.message).toBe('last must be an integer from 0 to 100, but got: 101');
    expect((await errorOf('{ people(last: -1) { totalCount } }'))?.extensions?.argumentName).toBe('last');
  });

  it('refuses an orderBy term with no field or two, and a field named twice', async () => {
    for (const orderBy of ['[{}]', '[{name: ASC, id: DESC}]', '[{name: ASC}, {name: DESC}]']) {
      const error = await errorOf(`{ people(orderBy: ${orderBy}, first: 1) { totalCount } }`);
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error?.extensions?.argumentName).toMatch(/^orderBy\[\d\]$/);
    }
  });

  it('counts last in the cost like first', async () => {
    const response = await api.graphql(
      '{ people(last: 100) { edges { node { statements(last: 100) { edges { node { id about { id } } } } } } } }',
    );
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });
});

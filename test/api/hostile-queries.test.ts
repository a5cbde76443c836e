import { countGraph } from '../../src/graph/read/count-graph';
import { startSeededServer, type SeededServer } from '../support/seeded-server';

let api: SeededServer;
beforeAll(async () => {
  api = await startSeededServer();
});
afterAll(async () => {
  await api.close();
});

async function post(body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const response = await fetch(`${api.server.url}/graphql`, { method: 'POST', headers, body });
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text };
}

/** `extensions.code` of the first GraphQL error in a response body. */
function firstErrorCode(body: string): unknown {
  return firstError(body)?.extensions?.code;
}

/** The first GraphQL error in a response body. */
function firstError(body: string): { message?: string; extensions?: { code?: unknown } } | undefined {
  return (JSON.parse(body) as { errors?: { message?: string; extensions?: { code?: unknown } }[] }).errors?.[0];
}

describe('expensive queries are refused before any Cypher runs', () => {
  const nested = (levels: number) => {
    let selection = 'id';
    for (let i = 0; i < levels; i += 1) selection = `id ... on Claim { disputes { ${selection} } }`;
    return `{ node(id: "claim:x") { ${selection} } }`;
  };

  it.each([
    ['too deep', nested(12), 'GRAPHQL_VALIDATION_FAILED'],
    [
      'too many aliases',
      `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: node(id: "x") { id }`).join(' ')} }`,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'too many directives',
      `{ node(id: "x") { id ${'@include(if: true) '.repeat(40)} } }`,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'too costly',
      `{ people(first: 100) { edges { node { statements(first: 100) { edges { node { id about { id } } } } } } } }`,
      'QUERY_TOO_COMPLEX',
    ],
  ])('refuses a query that is %s with 400 and no database call', async (_name, query, code) => {
    const before = await api.queriesSent();
    const response = await post(JSON.stringify({ query }));
    expect(response.status).toBe(400);
    expect(firstErrorCode(response.text)).toBe(code);
    expect(await api.queriesSent()).toBe(before);
  });

  it('counts variables in the cost: first: $n costs what $n says', async () => {
    const query = `query($n: Int) { people(first: $n) { edges { node { statements(first: $n) { edges { node { id about { id } } } } } } } }`;
    expect((await post(JSON.stringify({ query, variables: { n: 100 } }))).status).toBe(400);
    expect((await post(JSON.stringify({ query, variables: { n: 3 } }))).status).toBe(200);
  });

  it('counts filters in the cost: each relationship condition is a subquery per item', async () => {
    const query = `query($where: ClaimWhere) { people(first: 100) { edges { node {
      statements(first: 40, where: $where) { totalCount } } } } }`;
    const where = { speaker: { id: { eq: 'person:vladimir-putin' } }, about: { some: { id: { eq: 'place:valaam' } } } };
    expect((await post(JSON.stringify({ query, variables: { where: null } }))).status).toBe(200);
    const refused = await post(JSON.stringify({ query, variables: { where } }));
    expect(refused.status).toBe(400);
    expect(firstError(refused.text)?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses a token flood with a clean 400, not a 500', async () => {
    const query = `{ ${'__typename '.repeat(6000)} }`;
    const response = await post(JSON.stringify({ query }));
    expect(response.status).toBe(400);
    expect(firstError(response.text)?.message).toMatch(/more tha[nt] 5000 tokens/);
  });

  it('refuses batched requests', async () => {
    const response = await post(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(response.status).toBe(400);
  });

  it('does not support automatic persisted queries', async () => {
    const response = await post(
      JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }),
    );
    expect(firstErrorCode(response.text)).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
  });
});

describe('bad HTTP input gets a JSON error, never an HTML page', () => {
  it('answers malformed JSON with 400 and a JSON body', async () => {
    const response = await post('{"query": ');
    expect(response.status).toBe(400);
    expect(response.contentType).toContain('application/json');
    expect(firstError(response.text)).toEqual({
      message: 'The request body is not valid JSON',
      extensions: { code: 'BAD_REQUEST' },
    });
  });

  it('answers an oversized body with 413 and a JSON body', async () => {
    const response = await post(
      JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(2 * 1024 * 1024) } }),
    );
    expect(response.status).toBe(413);
    expect(firstError(response.text)?.message).toMatch(/larger than 1048576 bytes/);
    expect(firstErrorCode(response.text)).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers a variable of the wrong type with 400 BAD_USER_INPUT', async () => {
    const response = await post(
      JSON.stringify({ query: 'query($n: Int) { people(first: $n) { totalCount } }', variables: { n: 'ten' } }),
    );
    expect(response.status).toBe(400);
    expect(firstErrorCode(response.text)).toBe('BAD_USER_INPUT');
  });

  it('refuses a GET without a CSRF-preventing header, and serves one with it', async () => {
    const url = `${api.server.url}/graphql?query=${encodeURIComponent('{ people { totalCount } }')}`;
    expect((await fetch(url)).status).toBe(400);
    const allowed = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(allowed.status).toBe(200);
  });

  it('does not run a mutation over GET', async () => {
    const url = `${api.server.url}/graphql?query=${encodeURIComponent('mutation { __typename }')}`;
    const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(405);
  });
});

describe('hostile strings in every string argument', () => {
  const HOSTILE = [
    "' OR 1=1 --",
    '"}) MATCH (n) DETACH DELETE n //',
    '`) DETACH DELETE n //',
    '\\',
    '\u0000',
    '$id',
    '{id: 1}',
    'x'.repeat(100_000),
    '🦄 Zoë \u202e',
    '*:*',
  ];
  const FIELDS = [
    (value: string) => ({ query: 'query($v: ID!) { node(id: $v) { id } }', variables: { v: value } }),
    (value: string) => ({ query: 'query($v: [ID!]!) { nodes(ids: $v) { id } }', variables: { v: [value] } }),
    (value: string) => ({ query: 'query($v: String!) { search(text: $v) { score } }', variables: { v: value } }),
    (value: string) => ({
      query: `query($v: String, $id: ID) { claims(where: {text: {matches: $v}, speaker: {id: {eq: $id}},
        about: {some: {id: {eq: $id}}}}) { totalCount } }`,
      variables: { v: value, id: value },
    }),
    (value: string) => ({
      query: 'query($v: String) { events(where: {date: {gte: $v, lte: $v}}) { totalCount } }',
      variables: { v: value },
    }),
    (value: string) => ({ query: 'query($v: String) { people(after: $v) { totalCount } }', variables: { v: value } }),
    (value: string) => ({
      query: 'query($v: String) { claims(last: 2, before: $v) { totalCount } }',
      variables: { v: value },
    }),
    // Well-formed cursors: with hostile sort values (bound as parameters), or a hostile order (refused).
    (value: string) => ({
      query: 'query($v: String) { people(first: 1, after: $v) { totalCount } }',
      variables: {
        v: Buffer.from(JSON.stringify({ order: 'name ASC, id ASC', key: [value, value] })).toString('base64url'),
      },
    }),
    (value: string) => ({
      query: 'query($v: String) { people(last: 1, before: $v) { totalCount } }',
      variables: { v: Buffer.from(JSON.stringify({ order: value, key: [value, value] })).toString('base64url') },
    }),
    (value: string) => ({ query: 'query($v: ID!) { neighborhood(id: $v) { truncated } }', variables: { v: value } }),
    (value: string) => ({ query: 'query($v: ID!) { path(from: $v, to: $v) { truncated } }', variables: { v: value } }),
  ];

  it('never answers 5xx and never changes the graph', async () => {
    const before = await countGraph(api.database);
    for (const field of FIELDS) {
      for (const value of HOSTILE) {
        const response = await post(JSON.stringify(field(value)));
        expect(response.status).toBeLessThan(500);
        const errors = (JSON.parse(response.text) as { errors?: { extensions: { code: string } }[] }).errors ?? [];
        for (const error of errors) expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(error.extensions.code);
      }
    }
    expect(await countGraph(api.database)).toEqual(before);
  });
});

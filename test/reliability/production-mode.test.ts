import { startServer, type RunningServer } from '../../src/start-server';
import { testConfig } from '../support/test-database';

// Three servers over the test Neo4j: production, production with INTROSPECTION=true, and a
// development one as the control that shows each probe really does draw out what production hides.
// None needs data: everything checked here is refused before or without a graph answer.
let production: RunningServer;
let productionWithIntrospection: RunningServer;
let development: RunningServer;
beforeAll(async () => {
  production = await startServer(testConfig({ NODE_ENV: 'production', PORT: '0' }));
  productionWithIntrospection = await startServer(
    testConfig({ NODE_ENV: 'production', INTROSPECTION: 'true', PORT: '0' }),
  );
  development = await startServer(testConfig({ PORT: '0' }));
});
afterAll(async () => {
  await Promise.all([production, productionWithIntrospection, development].map((server) => server?.stop()));
});

interface Answer {
  readonly status: number;
  readonly text: string;
  readonly body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(server: RunningServer, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as Answer['body'] };
}

const INTROSPECTION_QUERIES = [
  ['__schema', '{ __schema { queryType { name } types { name } } }'],
  ['__type', '{ __type(name: "Person") { name fields { name } } }'],
] as const;

describe('introspection in production', () => {
  it.each(INTROSPECTION_QUERIES)('refuses a %s query with 400 and no schema in the answer', async (_name, query) => {
    const answer = await post(production, query);
    expect(answer.status).toBe(400);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(answer.text).not.toContain('"fields"');
  });

  it.each(INTROSPECTION_QUERIES)('answers a %s query when INTROSPECTION=true', async (_name, query) => {
    const answer = await post(productionWithIntrospection, query);
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.text).toContain('Person');
  });

  it('still answers __typename, which reveals nothing beyond the query itself', async () => {
    const answer = await post(production, '{ __typename }');
    expect(answer.body).toEqual({ data: { __typename: 'Query' } });
  });
});

// Each probe is a typo graphql-js would answer with "Did you mean ...?", naming a real part of the
// schema (`reveals`). The development server is the control: it must show the suggestion.
const SUGGESTION_PROBES: readonly {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  reveals: string;
}[] = [
  { name: 'a misspelt field', query: '{ peple { totalCount } }', reveals: '"people"' },
  { name: 'a misspelt argument', query: '{ people(fist: 3) { totalCount } }', reveals: '"first"' },
  { name: 'a misspelt type in a fragment', query: '{ node(id: "x") { ... on Persn { id } } }', reveals: '"Person"' },
  {
    name: 'a misspelt variable type',
    query: 'query($t: [NodeTyp!]) { search(text: "x", types: $t) { score } }',
    reveals: '"NodeType"',
  },
  { name: 'a misspelt enum literal', query: '{ search(text: "x", types: [PERSN]) { score } }', reveals: '"PERSON"' },
  {
    name: 'a misspelt enum value in a variable',
    query: 'query($t: [NodeType!]) { search(text: "x", types: $t) { score } }',
    variables: { t: ['PERSN'] },
    reveals: '"PERSON"',
  },
];

describe('field suggestions in production', () => {
  it.each(SUGGESTION_PROBES)(
    'the control: a development server suggests a name for $name',
    async ({ query, variables, reveals }) => {
      const answer = await post(development, query, variables);
      expect(answer.status).toBe(400);
      const message = answer.body.errors?.[0]?.message ?? '';
      expect(message).toContain('Did you mean');
      expect(message).toContain(reveals);
    },
  );

  it.each(SUGGESTION_PROBES)('refuses $name with 400 and no suggestion', async ({ query, variables, reveals }) => {
    const answer = await post(production, query, variables);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.length).toBeGreaterThan(0);
    for (const error of answer.body.errors ?? []) {
      expect(error.message).not.toMatch(/did you mean/i);
      expect(error.message).not.toContain(reveals);
    }
  });
});

// Requests that fail at every stage: HTTP body parsing, GraphQL parsing, validation, variable
// coercion, argument checks in resolvers, and a lookup that finds nothing.
const FAILING_REQUESTS: readonly { name: string; body: string; status: number }[] = [
  { name: 'malformed JSON', body: '{"query": ', status: 400 },
  {
    name: 'an oversized body',
    body: JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(2 * 1024 * 1024) } }),
    status: 413,
  },
  { name: 'a syntax error', body: JSON.stringify({ query: '{ people { ' }), status: 400 },
  { name: 'a validation error', body: JSON.stringify({ query: '{ nothing }' }), status: 400 },
  {
    name: 'a variable of the wrong type',
    body: JSON.stringify({ query: 'query($n: Int) { people(first: $n) { totalCount } }', variables: { n: 'ten' } }),
    status: 400,
  },
  {
    name: 'an argument out of range',
    body: JSON.stringify({ query: '{ people(first: 100000) { totalCount } }' }),
    status: 400,
  },
  {
    name: 'a neighbourhood of an unknown id',
    body: JSON.stringify({ query: '{ neighborhood(id: "person:nobody") { truncated } }' }),
    status: 200,
  },
  {
    name: 'a persisted-query hash',
    body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }),
    status: 200,
  },
];

describe('errors in production carry no stack trace', () => {
  it.each(FAILING_REQUESTS)(
    'answers $name with a JSON error and no stack, path or source line',
    async ({ body, status }) => {
      const response = await fetch(`${production.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toContain('json');
      const text = await response.text();
      const errors = (JSON.parse(text) as Answer['body']).errors ?? [];
      expect(errors.length).toBeGreaterThan(0);
      for (const error of errors) {
        expect(error.extensions).not.toHaveProperty('stacktrace');
        expect(error.extensions).not.toHaveProperty('exception');
        expect(typeof error.extensions?.code).toBe('string');
      }
      // A stack frame looks like "at fn (/path/file.ts:12:3)"; none may appear anywhere in the body.
      expect(text).not.toMatch(/\bat .+\(?\/.+:\d+:\d+\)?|node_modules|\/work\/|\.ts:\d+/);
    },
  );
});

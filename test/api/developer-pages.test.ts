import { readDocumentedExamples } from '../../src/http/read-documented-examples';
import { startSeededServer, type SeededServer } from '../support/seeded-server';

let api: SeededServer;
beforeAll(async () => {
  api = await startSeededServer();
});
afterAll(async () => {
  await api.close();
});

const asBrowser = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

/** The href of every link on an HTML page. */
function linksOf(html: string): string[] {
  return [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1] ?? '');
}

describe('the landing page at /', () => {
  it('links GraphiQL, the explorer, the exports, metrics and the README, and every link answers', async () => {
    const response = await fetch(`${api.server.url}/`, { headers: asBrowser });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const links = linksOf(await response.text());
    for (const expected of ['/graphql', '/explore', '/export?format=graphml', '/metrics', '/readme'])
      expect(links).toContain(expected);
    for (const link of links) {
      const linked = await fetch(`${api.server.url}${link}`, { headers: asBrowser });
      expect([link, linked.status]).toEqual([link, 200]);
    }
  });

  it('serves the README as markdown', async () => {
    const response = await fetch(`${api.server.url}/readme`);
    expect(response.headers.get('content-type')).toContain('text/markdown');
    expect(await response.text()).toContain('## A first query');
  });
});

describe('GraphiQL on GET /graphql', () => {
  it('answers a browser with the GraphiQL page, whose scripts and styles are all served here', async () => {
    const response = await fetch(`${api.server.url}/graphql`, { headers: asBrowser });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('id="graphiql"');
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(assets.length).toBeGreaterThanOrEqual(5);
    for (const asset of assets) {
      expect(asset.startsWith('/')).toBe(true);
      expect([asset, (await fetch(`${api.server.url}${asset}`)).status]).toEqual([asset, 200]);
    }
  });

  it('offers the README examples as its tabs', async () => {
    const response = await fetch(`${api.server.url}/graphiql/examples.json`);
    const examples = (await response.json()) as { title: string; document: string }[];
    expect(examples).toEqual(readDocumentedExamples().map(({ title, document }) => ({ title, document })));
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  it('leaves GET requests of API clients to the GraphQL server', async () => {
    const query = encodeURIComponent('{ people { totalCount } }');
    const response = await fetch(`${api.server.url}/graphql?query=${query}`, {
      headers: { accept: 'application/graphql-response+json', 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: unknown }).data).toEqual({
      people: { totalCount: expect.any(Number) as number },
    });
  });
});

describe('errors outside GraphQL', () => {
  it('answers an unknown path with 404 in the same JSON shape as GraphQL errors', async () => {
    const response = await fetch(`${api.server.url}/nothing-here`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      errors: [{ message: 'No endpoint at GET /nothing-here', extensions: { code: 'NOT_FOUND' } }],
    });
  });
});

import { startServer, type RunningServer } from '../../src/start-server';
import { testConfig } from '../support/test-database';

// A server whose Neo4j is not there: nothing listens on port 1.
let server: RunningServer;
beforeAll(async () => {
  server = await startServer(testConfig({ PORT: '0', NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_MAX_RETRY_TIME_MS: '0' }));
});
afterAll(async () => {
  await server.stop();
});

describe('while Neo4j is unreachable', () => {
  it('starts anyway and says it is alive but not ready', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({
      errors: [{ message: 'Not ready: Neo4j did not answer within 1 s', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
    });
  });

  it('fails requests fast with SERVICE_UNAVAILABLE and no driver detail', async () => {
    const started = Date.now();
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ node(id: "person:vladimir-putin") { id } }' }),
    });
    const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(body.errors[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(body.errors[0]?.message).toBe('The graph database is unavailable; try again shortly.');
    expect(typeof body.errors[0]?.extensions.requestId).toBe('string');
    expect(JSON.stringify(body)).not.toMatch(/bolt|127\.0\.0\.1|ECONNREFUSED|\.ts:|at /);
  });
});

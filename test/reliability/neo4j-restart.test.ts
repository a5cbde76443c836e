import { startLocalNeo4j, stopLocalNeo4j } from '../../db/local-neo4j';
import { loadSeedPaths } from '../../seed/load-seed';
import { DEFAULT_SEED_DIR } from '../../seed/read-seed-inputs';
import type { LocalNeo4jConfig } from '../../src/config/load-config';
import { GraphDatabase } from '../../src/graph/graph-database';
import { deleteWholeGraph } from '../../src/graph/write/load-graph-rows';
import { startServer, type RunningServer } from '../../src/start-server';
import { testConfig } from '../support/test-database';
import { ownNeo4jPort } from '../support/test-environment';
import { spawnMain, type SpawnedMain } from './spawn-main';

// A Neo4j of this file's own, which the tests stop and start under a running server. The driver
// settings are the defaults `npm start` uses (connection 2 s, acquisition 3 s, retries 3 s).
const PORT = ownNeo4jPort(104);
const config = testConfig({
  NEO4J_URI: `bolt://127.0.0.1:${PORT}`,
  NEO4J_LOCAL_DATA: `.neo4j/restart-${PORT}`,
  NEO4J_LOCAL_PAGECACHE: '64m',
  PORT: '0',
});
const local = config.neo4j.local as LocalNeo4jConfig;
const FAIL_FAST_MS = 10_000;
const RECOVERY_BOUND_MS = 30_000;
const PUTIN = '{ node(id: "person:vladimir-putin") { id ... on Person { name } } }';

const print = (line: string) => console.log(`[restart neo4j] ${line}`);
let database: GraphDatabase;
let server: RunningServer;
let main: SpawnedMain | undefined;
beforeAll(async () => {
  const outcome = await startLocalNeo4j(local, print);
  if (outcome === 'foreign')
    throw new Error(`Port ${PORT} is taken by a Neo4j this project did not start; free it for this test`);
  database = new GraphDatabase(config.neo4j);
  await deleteWholeGraph(database);
  const loaded = await loadSeedPaths(database, [DEFAULT_SEED_DIR]);
  if (loaded.kind !== 'loaded') throw new Error(`The seed did not load: ${JSON.stringify(loaded)}`);
  server = await startServer(config);
}, 240_000);
afterAll(async () => {
  await main?.kill();
  await server?.stop();
  await database?.close();
  await stopLocalNeo4j(local, print);
}, 60_000);

interface Timed {
  readonly status: number;
  readonly ms: number;
  readonly body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function query(url: string, text: string): Promise<Timed> {
  const started = Date.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: text }),
  });
  return { status: response.status, body: (await response.json()) as Timed['body'], ms: Date.now() - started };
}

async function statusOf(url: string, path: '/readyz' | '/healthz'): Promise<number> {
  return (await fetch(`${url}${path}`)).status;
}

/** Polls `attempt` every 250 ms until it returns true; resolves with the milliseconds it took. */
async function waitUntil(what: string, attempt: () => Promise<boolean>, boundMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await attempt().catch(() => false)) return Date.now() - started;
    if (Date.now() - started > boundMs) throw new Error(`${what} did not happen within ${boundMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const answersPutin = (url: string) => async () => {
  const answer = await query(url, PUTIN);
  return (
    answer.status === 200 &&
    answer.body.errors === undefined &&
    JSON.stringify(answer.body.data).includes('person:vladimir-putin')
  );
};

describe('a running server whose Neo4j stops and starts again', () => {
  it('answers while its Neo4j runs', async () => {
    expect(await answersPutin(server.url)()).toBe(true);
    expect(await statusOf(server.url, '/readyz')).toBe(200);
  });

  it(`fails requests within ${FAIL_FAST_MS / 1000} s with SERVICE_UNAVAILABLE while Neo4j is stopped, and stays up`, async () => {
    await stopLocalNeo4j(local, print);
    // Several at once: the pooled connections to the stopped database are all dead.
    const answers = await Promise.all(Array.from({ length: 5 }, () => query(server.url, PUTIN)));
    console.log(`Outage: requests failed after ${answers.map((answer) => answer.ms).join(', ')} ms`);
    for (const answer of answers) {
      expect(answer.ms).toBeLessThan(FAIL_FAST_MS);
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    }
    // Once the pool knows the database is gone, a request fails at connection time.
    const later = await query(server.url, PUTIN);
    expect(later.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(later.ms).toBeLessThan(FAIL_FAST_MS);

    // The export route meets the outage outside GraphQL: the same 503 and code, no driver detail.
    const exported = await fetch(`${server.url}/export?format=graphml&focus=person:vladimir-putin`);
    expect(exported.status).toBe(503);
    const exportBody = await exported.text();
    expect(JSON.parse(exportBody)).toEqual({
      errors: [
        {
          message: 'The graph database is unavailable; try again shortly.',
          extensions: { code: 'SERVICE_UNAVAILABLE' },
        },
      ],
    });

    expect(await statusOf(server.url, '/healthz')).toBe(200);
    const readyStarted = Date.now();
    expect(await statusOf(server.url, '/readyz')).toBe(503);
    expect(Date.now() - readyStarted).toBeLessThan(2_000);
  }, 60_000);

  it(`serves again within ${RECOVERY_BOUND_MS / 1000} s of Neo4j answering, without a restart`, async () => {
    await startLocalNeo4j(local, print);
    const recoveredMs = await waitUntil(
      'A successful query after the restart',
      answersPutin(server.url),
      RECOVERY_BOUND_MS,
    );
    console.log(`Recovery: first successful query ${recoveredMs} ms after Neo4j answered again`);
    expect(await statusOf(server.url, '/readyz')).toBe(200);
    // Every later request succeeds too: no dead connection is left in the pool.
    const answers = await Promise.all(Array.from({ length: 10 }, () => query(server.url, PUTIN)));
    expect(answers.map((answer) => answer.body.errors)).toEqual(Array(10).fill(undefined));
  }, 240_000);
});

// `npm start` with a Neo4j that is not up yet. main.ts starts a local Neo4j itself for a loopback
// bolt:// URI, so the child is pointed at the same database through `127.1` (the short form of
// 127.0.0.1), which it treats as a remote host.
describe('npm start while its Neo4j is down', () => {
  it('starts, reports 503 and SERVICE_UNAVAILABLE, then seeds the empty graph by itself once Neo4j starts, and only then reports ready', async () => {
    await deleteWholeGraph(database);
    await stopLocalNeo4j(local, print);
    main = spawnMain({ NEO4J_URI: `bolt://127.1:${PORT}`, PORT: '0', LOG_LEVEL: 'info' });
    const url = await main.waitForUrl(60_000);
    await main.waitForLog((line) => line.msg.startsWith('Neo4j is not answering'), 10_000);
    expect(await statusOf(url, '/healthz')).toBe(200);
    expect(await statusOf(url, '/readyz')).toBe(503);
    const down = await query(url, PUTIN);
    expect(down.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(down.ms).toBeLessThan(FAIL_FAST_MS);

    const neo4jStartedAt = Date.now();
    await startLocalNeo4j(local, print);
    // main.ts retries with backoff capped at 10 s, then seeds the graph it finds empty; /readyz
    // stays 503 until the seed is in, so no load balancer sends traffic to an empty graph.
    const readyMs = await waitUntil(
      '/readyz 200',
      async () => (await statusOf(url, '/readyz')) === 200,
      RECOVERY_BOUND_MS,
    );
    expect(main.logs.map((line) => line.msg)).toContainEqual(expect.stringMatching(/^The graph was empty: seeded/));
    const seededMs = Date.now() - neo4jStartedAt;
    expect(await answersPutin(url)()).toBe(true);
    console.log(
      `npm start: /readyz 200 ${readyMs} ms after Neo4j answered; graph seeded ${seededMs} ms after Neo4j was started`,
    );

    expect(main.child.exitCode).toBeNull();
    const messages = main.logs.map((line) => line.msg);
    // One warning for the whole outage, not one per retry.
    expect(messages.filter((message) => message.startsWith('Neo4j is not answering'))).toHaveLength(1);
    expect(messages).toContain('Neo4j is answering now');
    // The only errors logged are the requests refused during the outage, with their cause.
    const errors = main.logs.filter((line) => line.level >= 50);
    expect(errors.map((line) => `${line.msg}: ${(line.err as { type?: string } | undefined)?.type}`)).toEqual(
      errors.map(() => 'GraphQL request failed: DatabaseUnavailableError'),
    );
  }, 240_000);
});

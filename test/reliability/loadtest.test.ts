import { formatLoadTestResult, runLoadTest } from '../../scripts/loadtest-run';
import { findSoakGrowth, formatSamples, runSoak, type ServerSample } from '../../scripts/loadtest-soak';
import { startServer } from '../../src/start-server';
import { startSeededServer, type SeededServer } from '../support/seeded-server';
import { testConfig } from '../support/test-database';

// `npm run loadtest` in short: the README's queries for 10 s over 20 connections against the
// seeded server, every answer checked, with the server's /metrics sampled every second.
let api: SeededServer;
beforeAll(async () => {
  api = await startSeededServer();
});
afterAll(async () => {
  await api.close();
});

describe('under load (the README queries, 20 connections, 10 s)', () => {
  it('answers every request 2xx with data, no errors and what the README expects', async () => {
    const soak = await runSoak({ url: api.server.url, connections: 20, durationSeconds: 10, sampleEverySeconds: 1 });
    console.log(`${formatLoadTestResult(soak.load)}\n${formatSamples(soak.samples)}`);
    expect(soak.load.byOperation.filter((operation) => operation.bad > 0)).toEqual([]);
    expect({
      non2xx: soak.load.non2xx,
      errors: soak.load.errors,
      timeouts: soak.load.timeouts,
      badBodies: soak.load.badBodies,
    }).toEqual({
      non2xx: 0,
      errors: 0,
      timeouts: 0,
      badBodies: 0,
    });
    expect(soak.load.byOperation.every((operation) => operation.answers > 0)).toBe(true);
    expect(soak.load.ok).toBe(true);
    // Ten seconds is too short to judge growth (the Neo4j pool is still filling); this checks
    // the soak can read every metric it watches. `npm run soak` judges growth over 5 minutes.
    expect(soak.samples.length).toBeGreaterThanOrEqual(8);
    for (const sample of soak.samples)
      expect(Math.min(sample.heapUsedBytes, sample.activeHandles, sample.openFds)).toBeGreaterThan(0);
  }, 60_000);
});

describe('the load test can fail', () => {
  it('counts 200 answers that carry errors as failures (a server whose Neo4j is unreachable)', async () => {
    const broken = await startServer(
      testConfig({ PORT: '0', NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_MAX_RETRY_TIME_MS: '0' }),
    );
    try {
      const result = await runLoadTest({ url: broken.url, connections: 4, durationSeconds: 2 });
      expect(result.non2xx).toBe(0);
      expect(result.badBodies).toBe(result.requests);
      expect(result.byOperation[0]?.firstProblem).toContain('SERVICE_UNAVAILABLE');
      expect(result.ok).toBe(false);
    } finally {
      await broken.stop();
    }
  }, 30_000);

  it('counts connection errors (nothing listens)', async () => {
    const result = await runLoadTest({ url: 'http://127.0.0.1:1', connections: 2, durationSeconds: 1 });
    expect(result.errors).toBeGreaterThan(0);
    expect(result.ok).toBe(false);
  }, 30_000);

  const sample = (atSeconds: number, heapMiB: number, activeHandles = 40): ServerSample => ({
    atSeconds,
    heapUsedBytes: heapMiB * 1024 * 1024,
    residentBytes: 200 * 1024 * 1024,
    activeHandles,
    openFds: 60,
  });

  it('flags a heap whose floor keeps rising, and handles that keep piling up', () => {
    const leaking = Array.from({ length: 30 }, (_, index) =>
      sample(index * 10, 40 + index * 3 + (index % 2) * 20, 40 + index * 2),
    );
    expect(findSoakGrowth(leaking)).toEqual([
      expect.stringMatching(/^heap floor grew 60\.0 MiB/),
      expect.stringMatching(/^active handles grew by 40/),
    ]);
  });

  it('accepts a garbage-collection sawtooth around a flat floor', () => {
    const sawtooth = Array.from({ length: 30 }, (_, index) => sample(index * 10, 40 + (index % 3) * 25));
    expect(findSoakGrowth(sawtooth)).toEqual([]);
  });
});

import { localNeo4jState, startLocalNeo4j, stopLocalNeo4j } from '../../db/local-neo4j';
import { loadSeedPaths } from '../../seed/load-seed';
import { DEFAULT_SEED_DIR } from '../../seed/read-seed-inputs';
import type { LocalNeo4jConfig } from '../../src/config/load-config';
import { GraphDatabase } from '../../src/graph/graph-database';
import { deleteWholeGraph } from '../../src/graph/write/load-graph-rows';
import { AUTH_ENVIRONMENT, tokenFor } from '../curation/curation-fixtures';
import { testConfig } from '../support/test-database';
import { ownNeo4jPort } from '../support/test-environment';
import { startCrashWriter, type CrashWriter } from './crash-writer';
import { spawnMain, type SpawnedMain } from './spawn-main';

// A Neo4j of this file's own, killed with SIGKILL under a writer, and the server (src/main.ts as
// `npm start` runs it, with its production driver settings) as a child process killed the same
// way. main.ts starts a local Neo4j itself for a loopback bolt:// URI, so the child reaches this
// one through `127.1`, which it treats as a remote host.
const PORT = ownNeo4jPort(116);
const config = testConfig({
  NEO4J_URI: `bolt://127.0.0.1:${PORT}`,
  NEO4J_LOCAL_DATA: `.neo4j/crash-${PORT}`,
  NEO4J_LOCAL_PAGECACHE: '64m',
  // The first load into a fresh Neo4j has taken 53 s on this busy machine (load 22), JIT cold.
  NEO4J_TRANSACTION_TIMEOUT_MS: '300000',
});
const local = config.neo4j.local as LocalNeo4jConfig;
const SUBJECT = 'crash-test-editor';
const EVIDENCE = {
  sourceId: 'source:valaam-lukashenko-putin-2025-08-01',
  passage: 'Alexander Lukashenko and Vladimir Putin communicate more frequently than any other world leaders.',
};
const SERVER_ENV = {
  ...AUTH_ENVIRONMENT,
  NEO4J_URI: `bolt://127.1:${PORT}`,
  PORT: '0',
  LOG_LEVEL: 'info',
  WRITE_RATE_LIMIT: '1000000',
  // As the other tests allow: the first writes after a restart run before Neo4j's JIT is warm.
  NEO4J_TRANSACTION_TIMEOUT_MS: '60000',
};

const print = (line: string) => console.log(`[crash neo4j] ${line}`);
let database: GraphDatabase;
let main: SpawnedMain;
let url = '';
let token = '';
beforeAll(async () => {
  const outcome = await startLocalNeo4j(local, print);
  if (outcome === 'foreign')
    throw new Error(`Port ${PORT} is taken by a Neo4j this project did not start; free it for this test`);
  database = new GraphDatabase(config.neo4j);
  await deleteWholeGraph(database);
  const loaded = await loadSeedPaths(database, [DEFAULT_SEED_DIR]);
  if (loaded.kind !== 'loaded') throw new Error(`The seed did not load: ${JSON.stringify(loaded)}`);
  token = await tokenFor(SUBJECT, { expiresIn: '1h' });
  await startMain();
}, 480_000);
afterAll(async () => {
  await main?.kill();
  await database?.close();
  await stopLocalNeo4j(local, print);
}, 60_000);

async function startMain(): Promise<void> {
  main = spawnMain(SERVER_ENV);
  url = await main.waitForUrl(90_000);
}

async function createTarget(runId: string): Promise<{ id: string; version: number }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: `mutation($name: String!) { createEntity(input: { type: PERSON, name: $name }) { entity { id version } } }`,
      variables: { name: `Crash Target ${runId}` },
    }),
  });
  const answer = (await response.json()) as { data: { createEntity: { entity: { id: string; version: number } } } };
  return answer.data.createEntity.entity;
}

function startWriter(runId: string, target: { id: string; version: number }, onSend?: () => void): CrashWriter {
  return startCrashWriter({ url: () => url, token, target, evidence: EVIDENCE, runId, onSend });
}

/** What the graph holds of one writer's run, read from Neo4j itself. */
async function graphOf(runId: string, targetId: string) {
  const result = await database.read(
    `
    CALL () {
      MATCH (c:Claim) WHERE c.id STARTS WITH $prefix
      RETURN collect({
        id: c.id,
        about: COUNT { (c)-[:ABOUT]->(:Node {id: $targetId}) },
        appearsIn: COUNT { (c)-[:APPEARS_IN]->(:Source) }
      }) AS claims
    }
    CALL () {
      MATCH (change:Change {subject: $subject}) WHERE change.writeKey CONTAINS $runId
      RETURN collect(change.sequence) AS sequences, collect(change.writeKey) AS keys
    }
    CALL () { MATCH (change:Change) RETURN collect(change.sequence) AS allSequences }
    MATCH (target:Node {id: $targetId})
    RETURN claims, sequences, keys, allSequences, target.version AS version, target.description AS description`,
    { prefix: `claim:${runId}-`, targetId, subject: SUBJECT, runId },
  );
  const row = result.records[0];
  if (row === undefined) throw new Error(`No target ${targetId}`);
  const numbers = (key: string) => (row.get(key) as unknown[]).map(Number).sort((a, b) => a - b);
  return {
    claims: (row.get('claims') as { id: string; about: unknown; appearsIn: unknown }[]).map((claim) => ({
      id: claim.id,
      about: Number(claim.about),
      appearsIn: Number(claim.appearsIn),
    })),
    sequences: numbers('sequences'),
    keys: row.get('keys') as string[],
    allSequences: numbers('allSequences'),
    version: Number(row.get('version')),
    description: row.get('description') as string | null,
  };
}

/**
 * Every acknowledged write is in the graph whole, nothing else of the run is (no claim nobody
 * saw acknowledged, none without its relationships), each write is in the change log exactly
 * once under its sequence, and the log's sequence numbers have no gap.
 */
async function expectExactlyTheAcknowledgedWrites(
  writer: CrashWriter,
  { runId, target }: { runId: string; target: { id: string; version: number } },
) {
  const graph = await graphOf(runId, target.id);
  const claims = writer.acknowledged.filter((write) => write.kind === 'createClaim');
  const updates = writer.acknowledged.filter((write) => write.kind === 'updateEntity');
  expect(writer.refused).toEqual([]);
  expect(graph.claims.map((claim) => claim.id).sort()).toEqual(claims.map((write) => write.value).sort());
  for (const claim of graph.claims) expect(claim).toEqual({ id: claim.id, about: 1, appearsIn: 1 });
  expect(graph.version).toBe(target.version + updates.length);
  expect(graph.description).toBe(updates.at(-1)?.value ?? null);

  expect(graph.sequences).toHaveLength(writer.acknowledged.length);
  expect(graph.sequences).toEqual(writer.acknowledged.map((write) => write.sequence).sort((a, b) => a - b));
  expect(new Set(graph.keys).size).toBe(graph.keys.length);
  expect(graph.allSequences).toEqual(graph.allSequences.map((_, index) => index + 1));
}

function describeRun(writer: CrashWriter): string {
  const retried = writer.acknowledged.filter((write) => write.attempts > 1);
  return `${writer.acknowledged.length} writes acknowledged, ${retried.length} after more than one try; failed tries: ${JSON.stringify(Object.fromEntries(writer.failures))}`;
}

describe('writes while the database or the server is killed', () => {
  it('keeps exactly the acknowledged writes when Neo4j is killed with SIGKILL and restarted under a writer', async () => {
    const runId = 'neo4j-kill';
    const target = await createTarget(runId);
    const writer = startWriter(runId, target);
    await writer.acknowledgedMore(6, 60_000);
    const state = await localNeo4jState(local);
    if (state.kind !== 'running') throw new Error(`Expected the test's Neo4j running, but it is ${state.kind}`);
    process.kill(state.pid, 'SIGKILL');
    const killedAt = writer.acknowledged.length;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await startLocalNeo4j(local, print);
    await writer.acknowledgedMore(6, 120_000);
    await writer.stop();
    console.log(`Neo4j killed after ${killedAt} acknowledged writes; ${describeRun(writer)}`);

    expect([...writer.failures.keys()].length).toBeGreaterThan(0);
    await expectExactlyTheAcknowledgedWrites(writer, { runId, target });
  }, 300_000);

  it('keeps exactly the acknowledged writes when the server is killed with SIGKILL mid-write and started again', async () => {
    const runId = 'server-kill';
    const target = await createTarget(runId);
    const kill: { done: Promise<void> | null } = { done: null };
    // Killed 20 ms after the seventh write is sent, while its transaction is under way.
    const writer = startWriter(runId, target, () => {
      if (kill.done === null && writer.acknowledged.length === 6)
        kill.done = new Promise<void>((resolve) => setTimeout(resolve, 20)).then(() => main.kill());
    });
    await writer.acknowledgedMore(6, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    if (kill.done === null) throw new Error('The server was not killed');
    await kill.done;
    const killedAt = writer.acknowledged.length;
    await startMain();
    await writer.acknowledgedMore(6, 120_000);
    await writer.stop();
    console.log(`Server killed after ${killedAt} acknowledged writes; ${describeRun(writer)}`);

    expect(writer.failures.get('network')).toBeGreaterThan(0);
    await expectExactlyTheAcknowledgedWrites(writer, { runId, target });
  }, 300_000);
});

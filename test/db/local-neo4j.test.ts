import { loadConfig } from '../../src/config/load-config';
import { boltAnswers, localNeo4jState, startLocalNeo4j, stopLocalNeo4j } from '../../db/local-neo4j';
import { ownNeo4jPort } from '../support/test-environment';

// A Neo4j of this test's own, beside the one the other tests share.
const PORT = ownNeo4jPort(12);
const URI = `bolt://127.0.0.1:${PORT}`;
const local = loadConfig({
  NEO4J_URI: URI,
  NEO4J_LOCAL_DATA: `.neo4j/launcher-test-${PORT}`,
  NEO4J_LOCAL_HEAP: '512m',
  NEO4J_LOCAL_PAGECACHE: '64m',
}).neo4j.local;
const lines: string[] = [];
const print = (line: string) => lines.push(line);

afterAll(async () => {
  if (local !== null) await stopLocalNeo4j(local, print);
});

describe('the local Neo4j launcher', () => {
  it('starts a Neo4j that answers over Bolt, and a second start is harmless', async () => {
    if (local === null) throw new Error('expected a local configuration');
    expect(await startLocalNeo4j(local, print)).toBe('started');
    expect(await boltAnswers(URI)).toBe(true);
    expect(await startLocalNeo4j(local, print)).toBe('already-running');
    expect(lines.at(-1)).toMatch(/^Neo4j is already running \(pid \d+\) at /);
    expect(lines.at(-1)?.endsWith(` at ${URI}`)).toBe(true);
  }, 180_000);

  it('stops it and leaves no process behind', async () => {
    if (local === null) throw new Error('expected a local configuration');
    const state = await localNeo4jState(local);
    if (state.kind !== 'running') throw new Error(`expected it running, but got ${state.kind}`);
    await stopLocalNeo4j(local, print);
    expect(() => process.kill(state.pid, 0)).toThrow();
    expect(await localNeo4jState(local)).toEqual({ kind: 'stopped', uri: URI });
  }, 60_000);
});

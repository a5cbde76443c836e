import type { GraphDatabase } from '../../src/graph/graph-database';
import { loadSeed } from '../../seed/load-seed';
import { DEFAULT_SEED_DIR, readSeedInputs } from '../../seed/read-seed-inputs';
import { openEmptyTestDatabase } from '../support/test-database';
import { runScript, type CliOutcome } from '../support/run-script';
import { countNodesAndRelationships } from './seed-test-inputs';

/** Runs `npm run seed`'s script as a child process against the test Neo4j. */
function runSeedCli(args: readonly string[], environment: NodeJS.ProcessEnv = {}): Promise<CliOutcome> {
  return runScript('seed/cli.ts', args, environment);
}

// Each run starts a TypeScript process (about 2 s), so only the outcomes a user sees are here;
// loadSeed's own tests cover the cases.
describe('npm run seed', () => {
  let database: GraphDatabase;

  beforeAll(async () => {
    database = await openEmptyTestDatabase();
  });

  afterAll(async () => {
    await database.close();
  });

  it('exits with 1 and lists each problem with its file and path, writing nothing', async () => {
    const outcome = await runSeedCli(['test/fixtures/seed-cli/dangling-speaker.json']);
    expect(outcome.stderr.split('\n')).toEqual([
      'Nothing was loaded: 1 problem(s) found.',
      '  dangling-speaker.json: claims[0].speaker: no person "person:putn"',
      '',
    ]);
    expect(outcome.code).toBe(1);
    expect(await countNodesAndRelationships(database)).toEqual({ nodes: 0, relationships: 0 });
  });

  it('validates seed/data with --dry-run, says nothing was written, and exits with 0', async () => {
    const expected = await loadSeed(database, readSeedInputs([DEFAULT_SEED_DIR]).inputs, { dryRun: true });
    if (expected.kind !== 'validated') throw new Error(`seed/data must validate, but got ${JSON.stringify(expected)}`);

    const outcome = await runSeedCli(['--dry-run', 'seed/data']);

    expect(outcome.stdout).toBe(
      `Valid: ${expected.files} file(s), ${expected.rowCount} nodes and relationships. Nothing written (--dry-run).\n`,
    );
    expect(outcome.code).toBe(0);
    expect(await countNodesAndRelationships(database)).toEqual({ nodes: 0, relationships: 0 });
  });

  it("loads with a load's transaction timeout, not the one configured for requests", async () => {
    // The article's one write transaction takes longer than 100 ms (the least the setting allows),
    // so with the request timeout the load would fail.
    const outcome = await runSeedCli(['--reset', 'seed/data'], { NEO4J_TRANSACTION_TIMEOUT_MS: '100' });

    expect([outcome.code, outcome.stderr]).toEqual([0, '']);
    expect(outcome.stdout).toMatch(/^Loaded 2 file\(s\)/m);
    expect((await countNodesAndRelationships(database)).nodes).toBeGreaterThan(0);
  });
});

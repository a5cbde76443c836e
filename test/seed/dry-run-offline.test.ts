import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GraphDatabase } from '../../src/graph/graph-database';
import { loadSeed, loadSeedPaths, type LoadSeedResult } from '../../seed/load-seed';
import { openEmptyTestDatabase, testConfig } from '../support/test-database';
import { runScript } from '../support/run-script';
import { MINI_DIR, miniInput } from './seed-test-inputs';

/** A port nothing listens on: one the system just handed out, closed again. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** The second article of the tests: its own source and text, referring to the mini fixture's ids. */
const SECOND_TEXT = 'Alice Example spoke again. Bob Sample listened in Exampletown.';
function secondFile(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    source: { id: 'source:offline-second', title: 'A second test article', textFile: 'second.txt' },
    claims: [
      {
        id: 'claim:offline-alice-spoke',
        kind: 'narration',
        text: 'Alice spoke again.',
        evidence: 'Alice Example spoke again.',
        about: ['person:test-alice'],
      },
    ],
    facts: { people: [{ id: 'person:test-bob', forms: ['Bob Sample'] }] },
    ...changes,
  };
}

/** A dry run's outcome without its row count, which follows the fixture. */
function outcomeOf(result: LoadSeedResult) {
  return result.kind === 'validated'
    ? { kind: result.kind, files: result.files, contextFiles: result.contextFiles }
    : result;
}

// Every test here validates with a database handle on a closed port: whatever passes or fails,
// it did so without Neo4j. (Jest's global setup starts the test Neo4j for the last test, which
// shows that an id written only to the database is looked up there when it runs.)
describe('npm run seed -- --dry-run without a database', () => {
  let folder: string;
  let contextFolder: string;
  let offline: GraphDatabase;

  /** Writes the second file (as changed) into the test folder and dry-runs it against the context folder. */
  async function dryRun(file: Record<string, unknown>, database: GraphDatabase = offline) {
    writeFileSync(path.join(folder, 'second.json'), JSON.stringify(file, null, 2));
    return loadSeedPaths(database, [path.join(folder, 'second.json')], { dryRun: true, contextFolder });
  }

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'kg-dry-run-'));
    contextFolder = path.join(folder, 'data');
    mkdirSync(contextFolder);
    for (const name of ['mini.json', 'mini.txt'])
      copyFileSync(path.join(MINI_DIR, name), path.join(contextFolder, name));
    writeFileSync(path.join(folder, 'second.txt'), SECOND_TEXT);
    offline = new GraphDatabase(testConfig({ NEO4J_URI: `bolt://127.0.0.1:${await closedPort()}` }).neo4j);
  });

  afterAll(async () => {
    await offline.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('resolves ids that another seed file of the folder defines', async () => {
    const result = await dryRun(secondFile());
    expect(outcomeOf(result)).toEqual({ kind: 'validated', files: 1, contextFiles: 1 });
  });

  it('offers the closest ids by name and id for a misspelt one', async () => {
    const file = secondFile();
    (file.claims as { about: string[] }[])[0]!.about = ['person:test-alise'];
    const result = await dryRun(file);
    expect(result.kind === 'invalid' && result.problems[0]).toBe(
      'second.json: claims[0].about[0]: no person "person:test-alise" in any seed file; did you mean person:test-alice (Alice Example)?',
    );
  });

  it('finds the misspelt name of a person by one word of it', async () => {
    const file = secondFile({ facts: { people: [{ id: 'person:sampel', forms: ['Bob Sample'] }] } });
    const result = await dryRun(file);
    expect(result.kind === 'invalid' && result.problems[0]).toBe(
      'second.json: facts.people[0].id: no person "person:sampel" in any seed file; did you mean person:test-bob (Bob Sample)?',
    );
  });

  it('reports a clash between the file and the folder against the file, naming the folder entry', async () => {
    const result = await dryRun(
      secondFile({
        people: [
          { id: 'person:test-bob', name: 'Robert Sample' },
          { id: 'person:offline-other-alice', name: 'Alice Example' },
        ],
      }),
    );
    const mini = path.relative(process.cwd(), path.join(contextFolder, 'mini.json'));
    expect(result).toEqual({
      kind: 'invalid',
      problems: [
        `second.json: people[0].id: duplicate id "person:test-bob", already defined at ${mini}: people[1].id`,
        `second.json: people[1].name: "Alice Example" is also a name or alias of "person:test-alice" (${mini}: people[0].name)`,
      ],
    });
  });

  it('reports a passage missing from the file against the file, with the closest words its text has', async () => {
    const file = secondFile();
    (file.claims as { evidence: string }[])[0]!.evidence = 'Alice Example spoke once more.';
    const result = await dryRun(file);
    expect(result).toEqual({
      kind: 'invalid',
      problems: [
        'second.json: claims[0].evidence: not found in second.txt: "Alice Example spoke once more."; the closest words there are "Alice Example spoke again."',
      ],
    });
  });

  it('says which ids only the database could hold, that it is not running, and how to start it', async () => {
    const file = secondFile();
    (file.claims as { about: string[] }[])[0]!.about = ['person:written-through-a-mutation'];
    const result = await dryRun(file);
    expect(result).toEqual({
      kind: 'invalid',
      problems: [
        'second.json: claims[0].about[0]: no person "person:written-through-a-mutation" in any seed file',
        'the graph database is not running, so 1 id(s) that no seed file defines could not be looked up there ' +
          '(ids written through mutations exist only there): person:written-through-a-mutation. ' +
          'Start it with `npm run db:start` and run this again.',
      ],
    });
  });

  it('leaves out a file of the folder that has the source of a file named, as its old version', async () => {
    // mini.json named from test/fixtures: the folder's copy defines the same ids, and is not checked.
    const result = await loadSeed(offline, [miniInput()], { dryRun: true, contextFolder });
    expect(outcomeOf(result)).toEqual({ kind: 'validated', files: 1, contextFiles: 0 });
  });

  it('looks an id no seed file defines up in the database when it runs', async () => {
    const database = await openEmptyTestDatabase();
    try {
      expect((await loadSeed(database, [miniInput()])).kind).toBe('loaded');
      const file = secondFile();
      (file.claims as { about: string[] }[])[0]!.about = ['person:test-zoe'];
      // Not in the folder this time: only the database has the mini fixture's ids.
      rmSync(path.join(contextFolder, 'mini.json'));
      const result = await dryRun(file, database);
      expect(outcomeOf(result)).toEqual({ kind: 'validated', files: 1, contextFiles: 0 });
    } finally {
      copyFileSync(path.join(MINI_DIR, 'mini.json'), path.join(contextFolder, 'mini.json'));
      await database.close();
    }
    // A fresh Neo4j's first writes have taken most of a minute on a busy machine.
  }, 180_000);

  it('prints the did-you-mean from seed/data through the command, exiting with 1', async () => {
    const port = await closedPort();
    const outcome = await runScript('seed/cli.ts', ['--dry-run', 'test/fixtures/seed-cli/dangling-speaker.json'], {
      NEO4J_URI: `bolt://127.0.0.1:${port}`,
    });
    expect(outcome.stderr.split('\n').slice(0, 3)).toEqual([
      'Nothing was loaded: 2 problem(s) found.',
      '  dangling-speaker.json: claims[0].speaker: no person "person:putn" in any seed file; did you mean person:vladimir-putin (Vladimir Putin)?',
      expect.stringContaining('the graph database is not running, so 1 id(s) that no seed file defines'),
    ]);
    expect(outcome.code).toBe(1);
  });
});

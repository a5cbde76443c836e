import path from 'node:path';
import type { GraphDatabase } from '../../src/graph/graph-database';
import { countGraph } from '../../src/graph/read/count-graph';
import { loadSeedPaths } from '../../seed/load-seed';
import { DEFAULT_SEED_DIR } from '../../seed/read-seed-inputs';
import { openEmptyTestDatabase } from '../support/test-database';

const MINI = path.resolve(__dirname, '../fixtures/mini/mini.json');
const BAD = path.resolve(__dirname, '../fixtures/seed-cli/dangling-speaker.json');

describe('the streamed load of large inputs', () => {
  let database: GraphDatabase;
  beforeAll(async () => {
    database = await openEmptyTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it('builds the same graph as the one-transaction load', async () => {
    const inMemory = await loadSeedPaths(database, [DEFAULT_SEED_DIR, MINI], { reset: true });
    const inMemoryCounts = await countGraph(database);
    const streamed = await loadSeedPaths(database, [DEFAULT_SEED_DIR, MINI], { reset: true, stream: true });
    expect(inMemory.kind).toBe('loaded');
    expect(streamed).toMatchObject({ kind: 'loaded', files: 3 });
    expect(await countGraph(database)).toEqual(inMemoryCounts);
  });

  it('changes nothing when run again', async () => {
    const again = await loadSeedPaths(database, [DEFAULT_SEED_DIR, MINI], { stream: true });
    expect(again).toMatchObject({ kind: 'loaded', nodesCreated: 0, relationshipsCreated: 0, relationshipsDeleted: 0 });
  });

  it('writes nothing when any file is invalid, and names the problem', async () => {
    const before = await countGraph(database);
    const result = await loadSeedPaths(database, [MINI, BAD], { reset: true, stream: true });
    expect(result.kind).toBe('invalid');
    expect(
      result.kind === 'invalid' &&
        result.problems.some((problem) => problem.startsWith('dangling-speaker.json: claims[0].speaker: no person')),
    ).toBe(true);
    expect(await countGraph(database)).toEqual(before);
  });
});

import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeSyntheticArticles } from '../../scripts/synthetic/write-synthetic-articles';
import type { GraphDatabase } from '../../src/graph/graph-database';
import { countGraph } from '../../src/graph/read/count-graph';
import { loadSeedPaths } from '../../seed/load-seed';
import { SeedFileChangedError } from '../../seed/seed-file-changed-error';
import { openEmptyTestDatabase } from '../support/test-database';

/**
 * The streamed load validates every file in a first pass that keeps no locations, and writes in a
 * later pass that does not validate again. These tests hold it to the same contracts as the
 * one-transaction load: every problem named with its file and path, nothing written when any file
 * is bad, and nothing written that was not validated.
 */
describe('the streamed load, validating in one pass and writing in another', () => {
  let database: GraphDatabase;
  let folder: string;

  beforeAll(async () => {
    database = await openEmptyTestDatabase();
  });
  beforeEach(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'kg-streamed-load-'));
    writeSyntheticArticles({ folder, articles: 30, seed: 7 });
  });
  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });
  afterAll(async () => {
    await database.close();
  });

  type Json = { people: { id: string; name: string }[]; claims: { speaker?: string }[] };
  const read = (name: string) => JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as Json;
  const write = (name: string, data: Json) => writeFileSync(path.join(folder, name), JSON.stringify(data));

  it('rejects all files when a few of many are bad, naming each problem with the file and path of both places', async () => {
    const third = read('article-000003.json');
    const fourth = read('article-000004.json');
    const [earlier, named] = [third.people[0], fourth.people[0]];
    if (earlier === undefined || named === undefined) throw new Error('synthetic articles define people');

    const fifteenth = read('article-000015.json');
    const spoken = fifteenth.claims.findIndex((claim) => claim.speaker !== undefined);
    const claim = fifteenth.claims[spoken];
    if (claim === undefined) throw new Error('synthetic articles have claims with a speaker');
    claim.speaker = 'person:nobody-at-all';
    write('article-000015.json', fifteenth);
    const twentieth = read('article-000020.json');
    twentieth.people.push({ id: earlier.id, name: 'Someone Defined Twice' });
    write('article-000020.json', twentieth);
    const twentyFifth = read('article-000025.json');
    const renamed = twentyFifth.people[0];
    if (renamed === undefined) throw new Error('synthetic articles define people');
    renamed.name = named.name.toUpperCase();
    write('article-000025.json', twentyFifth);

    const before = await countGraph(database);
    const result = await loadSeedPaths(database, [folder], { stream: true });

    expect(result).toEqual({
      kind: 'invalid',
      problems: [
        `article-000020.json: people[${twentieth.people.length - 1}].id: duplicate id "${earlier.id}", already defined at article-000003.json: people[0].id`,
        `article-000015.json: claims[${spoken}].speaker: no person "person:nobody-at-all"`,
        `article-000025.json: people[0].name: "${named.name.toUpperCase()}" is also a name or alias of "${named.id}" (article-000004.json: people[0].name)`,
      ],
    });
    expect(await countGraph(database)).toEqual(before);
  });

  it('stops before writing a file whose JSON changed after validation, naming it', async () => {
    const changed = path.join(folder, 'article-000002.json');
    // The reset runs between the two passes: the moment to change a file under the loader.
    const load = loadSeedPaths(database, [folder], {
      stream: true,
      reset: true,
      print: (line) => {
        if (line.startsWith('Deleting the whole graph')) appendFileSync(changed, '\n');
      },
    });

    await expect(load).rejects.toThrow(SeedFileChangedError);
    await expect(load).rejects.toThrow(`${changed}: changed after it was validated`);
    const counts = await countGraph(database);
    // All 31 files fit in one batch, which the changed file stopped before it was written.
    expect(Object.values(counts.nodes).reduce((sum, count) => sum + count, 0)).toBe(0);
  });

  it('stops when a source text changed after validation, though the JSON did not', async () => {
    const text = path.join(folder, 'article-000007.txt');
    const load = loadSeedPaths(database, [folder], {
      stream: true,
      reset: true,
      print: (line) => {
        if (line.startsWith('Deleting the whole graph')) appendFileSync(text, ' More text.');
      },
    });

    await expect(load).rejects.toThrow(`${path.join(folder, 'article-000007.json')}: changed after it was validated`);
  });

  it('loads the same graph twice from unchanged files, the second time creating and deleting nothing', async () => {
    const first = await loadSeedPaths(database, [folder], { stream: true, reset: true });
    const counts = await countGraph(database);
    const second = await loadSeedPaths(database, [folder], { stream: true });

    expect(first).toMatchObject({ kind: 'loaded', files: 31 });
    expect(second).toMatchObject({
      kind: 'loaded',
      files: 31,
      nodesCreated: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
    });
    expect(await countGraph(database)).toEqual(counts);
  });
});

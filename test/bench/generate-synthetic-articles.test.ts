import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readSeedInputs } from '../../seed/read-seed-inputs';
import { validateSeedFiles } from '../../seed/validate-seed-files';
import { seedFileSchema, type SeedFile } from '../../src/domain/seed-file-schema';
import { organizationNameOf, personNameOf, placeNameOf } from '../../scripts/synthetic/synthetic-names';
import { listSyntheticHubs } from '../../scripts/synthetic/synthetic-hubs';
import { writeSyntheticArticles } from '../../scripts/synthetic/write-synthetic-articles';

const folders: string[] = [];
function generate(
  articles: number,
  seed: number,
): { folder: string; summary: ReturnType<typeof writeSyntheticArticles> } {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'kg-synthetic-'));
  folders.push(folder);
  return { folder, summary: writeSyntheticArticles({ folder, articles, seed }) };
}
const read = (folder: string, file: string) => readFileSync(path.join(folder, file), 'utf8');
// Parsed with the real schema, so its defaults (empty lists) fill what the files leave out.
const parse = (folder: string, file: string): SeedFile => seedFileSchema.parse(JSON.parse(read(folder, file)));
const articlesOf = (folder: string) =>
  readdirSync(folder)
    .filter((name) => /^article-\d+\.json$/.test(name))
    .sort()
    .map((name) => parse(folder, name));

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('the synthetic article generator', () => {
  it('writes the same files for the same seed, and other files for another seed', () => {
    const first = generate(5, 7).folder;
    const again = generate(5, 7).folder;
    const other = generate(5, 8).folder;
    for (const name of readdirSync(first)) expect(read(again, name)).toBe(read(first, name));
    expect(read(other, 'article-000003.json')).not.toBe(read(first, 'article-000003.json'));
  });

  it('writes article n the same whatever the number of articles, so small graphs are prefixes of large ones', () => {
    const small = generate(3, 1).folder;
    const large = generate(6, 1).folder;
    expect(read(large, 'article-000003.json')).toBe(read(small, 'article-000003.json'));
    expect(read(large, 'article-000003.txt')).toBe(read(small, 'article-000003.txt'));
  });

  it('passes the real seed validator, with the node and relationship counts it reports', async () => {
    const { folder, summary } = generate(40, 3);
    const { inputs, problems } = readSeedInputs([folder]);
    expect(problems).toEqual([]);
    const validation = await validateSeedFiles(inputs, async () => new Map());
    if (!validation.ok)
      throw new Error(`Expected valid synthetic files, but got:\n${validation.problems.slice(0, 20).join('\n')}`);
    const count = (lists: Record<string, unknown[]>) =>
      Object.values(lists).reduce((sum, list) => sum + list.length, 0);
    expect(validation.files).toBe(41);
    expect(count(validation.rows.nodes)).toBe(summary.nodes);
    expect(count(validation.rows.relationships)).toBe(summary.relationships);
  });

  it('marks every id and source title as synthetic', () => {
    const { folder } = generate(4, 1);
    const files = [parse(folder, 'hubs.json'), ...articlesOf(folder)];
    const ids = files.flatMap((file) => [
      file.source.id,
      ...[file.people, file.organizations, file.places, file.events, file.claims].flat().map((entry) => entry.id),
    ]);
    expect(ids.filter((id) => !/^[a-z]+:synthetic-/.test(id))).toEqual([]);
    expect(files.map((file) => file.source.title)).toEqual([
      'Synthetic hubs register',
      'Synthetic article 1',
      'Synthetic article 2',
      'Synthetic article 3',
      'Synthetic article 4',
    ]);
  });

  it('shapes articles like news: hubs in many articles, a long tail defined once, 20–50 claims, some disputes', () => {
    const articles = articlesOf(generate(100, 1).folder);
    const hubIds = new Set(
      // Every hub group is a list of things with an id; Object.values cannot infer that from an interface.
      (Object.values(listSyntheticHubs()) as { id: string }[][]).flat().map((hub) => hub.id),
    );
    const articlesReferencing = (id: string) =>
      articles.filter((article) => article.claims.some((claim) => claim.about.includes(id) || claim.speaker === id))
        .length;
    // The most mentioned head of state appears in a large share of articles (Zipf), the last one rarely.
    expect(articlesReferencing('person:synthetic-aldric-venn')).toBeGreaterThan(30);
    expect(articlesReferencing('person:synthetic-nadia-ferrant')).toBeLessThan(10);
    for (const article of articles) {
      expect(article.claims.length).toBeGreaterThanOrEqual(20);
      expect(article.claims.length).toBeLessThanOrEqual(50);
      expect(article.events.length).toBeGreaterThanOrEqual(2);
      // Every entity an article defines is its own long tail, never a hub.
      for (const entry of [...article.people, ...article.organizations, ...article.places])
        expect(hubIds.has(entry.id)).toBe(false);
    }
    const claims = articles.flatMap((article) => article.claims);
    const aboutHubs = claims.filter((claim) =>
      claim.about.some((subject) => hubIds.has(typeof subject === 'string' ? subject : subject.id)),
    ).length;
    expect(aboutHubs / claims.length).toBeGreaterThan(0.5);
    expect(claims.filter((claim) => claim.disputes.length > 0).length).toBeGreaterThan(claims.length * 0.03);
    expect(
      claims
        .filter((claim) => claim.kind === 'quote')
        .every((claim) => typeof claim.quote === 'string' && claim.evidence.includes(claim.quote)),
    ).toBe(true);
  });

  it('never gives two long-tail people, places or organizations the same name', () => {
    for (const nameOf of [
      (n: number) => personNameOf(n).name,
      (n: number) => placeNameOf(n).name,
      organizationNameOf,
    ]) {
      const names = new Set(Array.from({ length: 200_000 }, (_, n) => nameOf(n).toLowerCase()));
      expect(names.size).toBe(200_000);
    }
  });
});

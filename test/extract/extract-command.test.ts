import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { GraphDatabase } from '../../src/graph/graph-database';
import { loadSeedPaths } from '../../seed/load-seed';
import { DEFAULT_SEED_DIR } from '../../seed/read-seed-inputs';
import { startCountingProxy, type CountingProxy } from '../support/counting-proxy';
import { runScript, type CliOutcome } from '../support/run-script';
import { openEmptyTestDatabase } from '../support/test-database';
import { sharedDataDir } from '../support/shared-data';
import { TEST_ENVIRONMENT } from '../support/test-environment';

const SHARED = sharedDataDir('extract-dev');
const DEV_SET = path.join(SHARED, 'extract-dev/articles');
const SHARED_ARTICLES = path.join(SHARED, 'articles');
const MOSCOW_TIMES = 'moscow-times-2025-03-05-lukashenko-peace-talks';

/** Runs `npm run extract`'s script as a child process, against the real engine through `proxy`. */
function runExtractCli(args: readonly string[], proxy: CountingProxy): Promise<CliOutcome> {
  return runScript('extract/cli.ts', args, { CORENLP_URLS: proxy.url });
}

function runSeedDryRun(folder: string): Promise<CliOutcome> {
  return runScript('seed/cli.ts', ['--dry-run', folder]);
}

interface DraftJson {
  source: { title: string; published?: string };
  people?: { id: string; review?: { status: string } }[];
  organizations?: { id: string; review?: { status: string } }[];
  places?: { id: string; review?: { status: string } }[];
  claims?: { id: string; kind: string; quote?: string; speaker?: string; text: string; review?: { status: string } }[];
  mentions?: ({ id: string; forms: string[]; review?: { status: string } } | string)[];
}

function readDraft(folder: string, name: string): DraftJson {
  return JSON.parse(readFileSync(path.join(folder, `${name}.json`), 'utf8')) as DraftJson;
}

/** A fresh folder of articles: the dev-set texts named, and the Moscow Times one with its sidecar. */
function articleFolder(devArticles: readonly string[]): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'extract-in-'));
  for (const name of devArticles) copyFileSync(path.join(DEV_SET, `${name}.txt`), path.join(folder, `${name}.txt`));
  for (const ext of ['txt', 'meta.json'])
    copyFileSync(path.join(SHARED_ARTICLES, `${MOSCOW_TIMES}.${ext}`), path.join(folder, `${MOSCOW_TIMES}.${ext}`));
  return folder;
}

const ENGINE = TEST_ENVIRONMENT.CORENLP_URLS as string;
let database: GraphDatabase;
let proxy: CountingProxy;

beforeAll(async () => {
  database = await openEmptyTestDatabase();
  // The graph the drafts link against: the seeded article, in the running database.
  const loaded = await loadSeedPaths(database, [DEFAULT_SEED_DIR]);
  if (loaded.kind !== 'loaded') throw new Error(`seed/data must load, but got ${JSON.stringify(loaded)}`);
  proxy = await startCountingProxy(ENGINE);
}, 120_000);

afterAll(async () => {
  await proxy.close();
  await database.close();
});

describe('npm run extract', () => {
  const input = articleFolder(['bbc-politics-088', 'bbc-politics-142']);
  const out = mkdtempSync(path.join(tmpdir(), 'extract-out-'));
  let first: CliOutcome;
  let enginePostsOfFirstRun = 0;

  beforeAll(async () => {
    writeFileSync(path.join(input, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    writeFileSync(
      path.join(input, 'latin1.txt'),
      Buffer.from('Caf\xe9 owners "are not happy at all," he said.\n', 'latin1'),
    );
    writeFileSync(path.join(input, 'empty.txt'), '\n \n');
    writeFileSync(path.join(input, 'bad-meta.txt'), 'Headline\n\nSome text "that someone said here," he said.\n');
    writeFileSync(path.join(input, 'bad-meta.meta.json'), JSON.stringify({ published: '5 March 2025' }));
    const before = proxy.count();
    first = await runExtractCli([input, '--out', out, '--workers', '2'], proxy);
    enginePostsOfFirstRun = proxy.count() - before;
  }, 300_000);

  it('writes a draft and a copy of the text for each good article, named after it', () => {
    expect(
      readdirSync(out)
        .filter((name) => !name.startsWith('.'))
        .sort(),
    ).toEqual(
      ['bbc-politics-088', 'bbc-politics-142', MOSCOW_TIMES].flatMap((name) => [`${name}.json`, `${name}.txt`]),
    );
    expect(readFileSync(path.join(out, 'bbc-politics-088.txt'), 'utf8')).toBe(
      readFileSync(path.join(DEV_SET, 'bbc-politics-088.txt'), 'utf8'),
    );
  });

  it('finishes the batch despite broken files, names each with its reason, and exits with 1', () => {
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(/binary\.txt: is binary, not a text/);
    expect(first.stderr).toMatch(/latin1\.txt: is not UTF-8 text \(byte 3 is 0xe9\)/);
    expect(first.stderr).toMatch(/empty\.txt: is empty/);
    expect(first.stderr).toMatch(/bad-meta\.txt: bad-meta\.meta\.json: published: must be an ISO 8601 date/);
    expect(first.stdout).toMatch(/Wrote 3 draft\(s\)/);
  });

  it('asks the engine once per good article and never for a refused one', () => {
    expect(enginePostsOfFirstRun).toBe(3);
  });

  it('writes drafts that npm run seed --dry-run accepts', async () => {
    const outcome = await runSeedDryRun(out);
    expect(outcome.stderr).toBe('');
    expect(outcome.stdout).toMatch(/^Valid: 3 file\(s\)/);
    expect(outcome.code).toBe(0);
  }, 60_000);

  it('marks every extracted item a draft, with quotes as claims of kind quote with a speaker', () => {
    const draft = readDraft(out, 'bbc-politics-142');
    const items: unknown[] = [draft.people, draft.organizations, draft.places, draft.claims, draft.mentions].flatMap(
      (list): unknown[] => list ?? [],
    );
    expect(items.length).toBeGreaterThan(10);
    const marks = items.map((item) => (item as { review?: { status: string } }).review?.status);
    expect(marks.every((status) => status === 'DRAFT')).toBe(true);
    expect(draft.claims?.length).toBeGreaterThan(5);
    for (const claim of draft.claims ?? []) {
      expect(claim.kind).toBe('quote');
      expect(claim.speaker).toMatch(/^(person|organization):/);
    }
  });

  it('takes the source fields from the sidecar, and the first line as title when there is none', () => {
    expect(readDraft(out, MOSCOW_TIMES).source).toMatchObject({
      title: 'Lukashenko Offers to Host Russia-Ukraine Peace Talks',
      published: '2025-03-05',
    });
    expect(readDraft(out, 'bbc-politics-088').source.title).toBe("Campaign 'cold calls' questioned");
  });

  it('links names the running database knows to its ids instead of defining them again', () => {
    const draft = readDraft(out, MOSCOW_TIMES);
    const mentioned = (draft.mentions ?? []).map((mention) => (typeof mention === 'string' ? mention : mention.id));
    expect(mentioned).toEqual(expect.arrayContaining(['person:vladimir-putin', 'person:alexander-lukashenko']));
    expect((draft.people ?? []).map((person) => person.id)).not.toContain('person:vladimir-putin');
  });

  it('does no work twice when run again: only the texts that failed are tried, and the engine is not asked', async () => {
    const before = proxy.count();
    const again = await runExtractCli([input, '--out', out], proxy);
    expect(proxy.count() - before).toBe(0);
    expect(again.stdout).toMatch(/Wrote 0 draft\(s\).*3 up to date/);
    expect(again.stderr).toMatch(/4 text\(s\) failed/);
  }, 120_000);

  it('extracts only a fixed text on the next run, once', async () => {
    writeFileSync(path.join(input, 'bad-meta.meta.json'), JSON.stringify({ published: '2025-03-05' }));
    const before = proxy.count();
    const again = await runExtractCli([input, '--out', out], proxy);
    expect(proxy.count() - before).toBe(1);
    expect(again.stdout).toMatch(/Wrote 1 draft\(s\)/);
    expect(existsSync(path.join(out, 'bad-meta.json'))).toBe(true);
  }, 120_000);
});

import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readGraphKnowledge } from '../../extract/read-graph-knowledge';
import type { BatchResult } from '../../src/extract/batch/batch-types';
import { createArticleExtractor } from '../../src/extract/batch/create-article-extractor';
import { readExtractionState, writeExtractionState } from '../../src/extract/batch/extraction-state';
import { runExtractionBatch } from '../../src/extract/batch/run-extraction-batch';
import type { SeedDraft } from '../../src/extract/draft/build-seed-draft';
import { fingerprintItems } from '../../src/extract/draft/keep-reviewer-changes';
import type { GraphDatabase } from '../../src/graph/graph-database';
import { findReviewedIds } from '../../src/graph/read/find-reviewed-ids';
import { updateClaim } from '../../src/graph/write/update-claim';
import { loadSeedPaths } from '../../seed/load-seed';
import { DEFAULT_SEED_DIR } from '../../seed/read-seed-inputs';
import { openEmptyTestDatabase, testConfig } from '../support/test-database';
import { sharedDataDir } from '../support/shared-data';

const SHARED = sharedDataDir('articles');
const NAME = 'moscow-times-2025-03-05-lukashenko-peace-talks';

const config = testConfig();
const extract = createArticleExtractor(config.coreNlp);
let database: GraphDatabase;
let input: string;

async function extractInto(out: string, force = false): Promise<BatchResult> {
  const graph = await readGraphKnowledge(config);
  try {
    return await runExtractionBatch({
      files: [path.join(input, `${NAME}.txt`)],
      outDir: out,
      workers: 1,
      overrides: {},
      maxBytes: config.extract.maxArticleBytes,
      force,
      extract,
      graph: graph.knowledge,
    });
  } finally {
    await graph.close();
  }
}

const draftFile = (out: string) => path.join(out, `${NAME}.json`);
const readDraft = (out: string) => JSON.parse(readFileSync(draftFile(out), 'utf8')) as SeedDraft;
const writeDraft = (out: string, draft: SeedDraft) => writeFileSync(draftFile(out), JSON.stringify(draft, null, 2));

beforeAll(async () => {
  database = await openEmptyTestDatabase();
  const loaded = await loadSeedPaths(database, [DEFAULT_SEED_DIR]);
  if (loaded.kind !== 'loaded') throw new Error(`seed/data must load, but got ${JSON.stringify(loaded)}`);
  input = mkdtempSync(path.join(tmpdir(), 'extract-in-'));
  for (const ext of ['txt', 'meta.json'])
    copyFileSync(path.join(SHARED, 'articles', `${NAME}.${ext}`), path.join(input, `${NAME}.${ext}`));
}, 120_000);

afterAll(async () => {
  await database.close();
});

describe('re-extracting an article a reviewer has worked on', () => {
  it("keeps an accepted claim, an edited claim and a deletion, and redoes only the extractor's own items", async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'extract-out-'));
    await extractInto(out);
    const original = readDraft(out);
    const [accepted, edited, deleted, ...rest] = original.claims ?? [];
    if (accepted === undefined || edited === undefined || deleted === undefined || rest.length === 0)
      throw new Error(`the article should give at least four claims, but gave ${original.claims?.length}`);
    const reviewed = {
      ...original,
      claims: [
        { ...accepted, review: { ...accepted.review!, status: 'ACCEPTED' as const, reviewer: 'editor@example.org' } },
        { ...edited, text: 'Lukashenko said the talks could be held in Minsk.' },
        ...rest,
      ],
    };
    writeDraft(out, reviewed);

    const again = await extractInto(out, true);

    const claims = readDraft(out).claims ?? [];
    expect(claims.find((claim) => claim.id === accepted.id)).toEqual(reviewed.claims[0]);
    expect(claims.find((claim) => claim.id === edited.id)).toEqual(reviewed.claims[1]);
    expect(claims.map((claim) => claim.id)).not.toContain(deleted.id);
    expect(claims.map((claim) => claim.id)).toEqual(expect.arrayContaining(rest.map((claim) => claim.id)));
    expect(again.keptForReviewers).toBe(2);
  }, 180_000);

  it('replaces an earlier extraction that nobody touched', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'extract-out-'));
    await extractInto(out);
    const claim = olderExtraction(out);
    await extractInto(out, true);
    expect(readDraft(out).claims?.find((c) => c.id === claim.id)?.text).not.toBe(claim.text);
  }, 180_000);

  it('keeps a claim that the graph says a reviewer edited, even when the file still holds the draft', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'extract-out-'));
    await extractInto(out);
    const loaded = await loadSeedPaths(database, [DEFAULT_SEED_DIR, out]);
    if (loaded.kind !== 'loaded') throw new Error(`the draft must load, but got ${JSON.stringify(loaded)}`);
    // seed/data holds this article too, so a drafted quote that repeats one of its claims is loaded
    // as one more appearance of that claim (issue 22), under the claim's id; take one of its own.
    const ownIds = await storedClaimIds((readDraft(out).claims ?? []).map((draftClaim) => draftClaim.id));
    const claim = olderExtraction(out, (draftClaim) => ownIds.has(draftClaim.id));
    await updateClaim(
      { database, writeKey: randomUUID() },
      {
        subject: 'editor@example.org',
        id: claim.id,
        expectedVersion: 1,
        input: { text: 'Corrected in the graph.' },
      },
    );
    expect(await findReviewedIds(database, [claim.id])).toEqual(new Set([claim.id]));
    await extractInto(out, true);
    expect(readDraft(out).claims?.find((c) => c.id === claim.id)).toEqual(claim);
  }, 180_000);
});

type DraftClaim = NonNullable<SeedDraft['claims']>[number];

/** Which of `ids` are claims stored under their own id (not appearances of another claim). */
async function storedClaimIds(ids: readonly string[]): Promise<Set<string>> {
  const result = await database.read('MATCH (c:Claim) WHERE c.id IN $ids RETURN c.id AS id', { ids });
  return new Set(result.records.map((record) => record.get('id') as string));
}

/**
 * Makes the first claim of the draft in `out` that `pick` takes look like an older extractor's output: a different
 * text, recorded in the state as what the extractor wrote (so it is not a reviewer's edit).
 */
function olderExtraction(out: string, pick: (claim: DraftClaim) => boolean = () => true): DraftClaim {
  const draft = readDraft(out);
  const claims = draft.claims ?? [];
  const index = claims.findIndex(pick);
  const first = claims[index];
  if (first === undefined) throw new Error('the article should give a claim');
  const older = { ...first, text: 'An older rule set worded this claim differently.' };
  const changed = { ...draft, claims: claims.map((claim, i) => (i === index ? older : claim)) };
  writeDraft(out, changed);
  const state = readExtractionState(out);
  const article = state.articles[NAME];
  if (article === undefined) throw new Error('the state should know the article');
  state.articles[NAME] = { ...article, generated: fingerprintItems(changed) };
  writeExtractionState(out, state);
  return older;
}

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createGraphDrafter } from '../../extract/draft-into-graph';
import { loadSeedPaths } from '../../seed/load-seed';
import { DEFAULT_SEED_DIR } from '../../seed/read-seed-inputs';
import type { GraphDatabase } from '../../src/graph/graph-database';
import { startServer, type RunningServer } from '../../src/start-server';
import { AUTH_ENVIRONMENT, tokenFor } from '../curation/curation-fixtures';
import { launchBrowser } from '../support/launch-browser';
import { openEmptyTestDatabase, testConfig } from '../support/test-database';
import { openExplorer, waitUntilIdle } from './explorer-page';
import {
  CHAMBER_QUOTE,
  FIRST_EVIDENCE,
  GRANT,
  GRANT_QUOTE,
  LOPEZ,
  MISATTRIBUTED,
  writeReviewDrafts,
} from './review-fixture';

const BROWSER_TEST_TIMEOUT = 120_000;
const SCREENSHOT = path.resolve(__dirname, '../../test-output/review-queue.png');
/** The engine's first article loads its models: 30-60 s alone, minutes on a loaded machine. */
const EXTRACTION_TIMEOUT = 900_000;
/** An article written for this test: two quotes, each with a named speaker. */
const LIBRARY_ARTICLE = `Library hours cut

The county library will close two of its branches on Sundays from next month.

"We have no choice but to save money," said chief librarian Helen Marsh, who runs the central branch.

Councillor Tom Baker criticised the decision. "Families rely on these reading rooms at weekends," he said.
`;
const DRAFTS = '{status: {in: [DRAFT]}}';

let database: GraphDatabase;
let server: RunningServer;
let browser: Browser;
let editorToken: string;
/** The editor's page, driven through the whole queue by the tests in order. */
let page: Page;

beforeAll(async () => {
  database = await openEmptyTestDatabase();
  const loaded = await loadSeedPaths(database, [DEFAULT_SEED_DIR, writeReviewDrafts()]);
  expect(loaded.kind).toBe('loaded');
  const config = testConfig({ PORT: '0', ...AUTH_ENVIRONMENT });
  // As src/main.ts does: extractArticle runs the real extractor on the test engine.
  server = await startServer(config, undefined, { articleDrafter: (graph) => createGraphDrafter(config, graph) });
  browser = await launchBrowser();
  editorToken = await tokenFor('erin');
}, BROWSER_TEST_TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await database?.close();
});

/** Asks the API directly as the editor, to check what the page did. */
async function asEditor<Data>(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${editorToken}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Data; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data as Data;
}

async function storedClaim(id: string, where = '') {
  const data = await asEditor<{
    claims: { edges: { node: { version: number; speaker: { id: string } | null; review: { status: string } } }[] };
  }>(
    `query C($id: ID!) { claims(where: {id: {eq: $id}, review: {status: {in: [DRAFT, ACCEPTED]}} ${where}}) {
      edges { node { version speaker { ... on Node { id } } review { status } } } } }`,
    { id },
  );
  return data.claims.edges[0]?.node ?? null;
}

async function giveToken(target: Page, token: string): Promise<void> {
  await target.getByTestId('review-token').fill(token);
  await target.getByTestId('review-token-save').click();
  await waitUntilIdle(target);
}

const shownDraft = (target: Page) => target.getByTestId('review-draft').getAttribute('data-claim-id');

describe('the review queue, for an editor', () => {
  it(
    'says why it shows nothing without an editor token, and with a reader token',
    async () => {
      const opened = await openExplorer(browser, server.url);
      page = opened.page;
      await page.getByTestId('review-open').click();
      await waitUntilIdle(page);
      await expect(page.getByTestId('review-message').textContent()).resolves.toMatch(/editor token/);
      expect(await page.getByTestId('review-draft').count()).toBe(0);
      expect(await page.getByTestId('review-source').count()).toBe(0);

      await giveToken(page, await tokenFor('rita', { roles: ['reader'] }));
      await expect(page.getByTestId('review-message').textContent()).resolves.toMatch(/lacks the editor role/);
      expect(await page.getByTestId('review-draft').count()).toBe(0);

      await giveToken(page, 'not-a-token');
      await expect(page.getByTestId('review-message').textContent()).resolves.toMatch(/refused the token/);
      await expect(page.getByTestId('review-token-state').textContent()).resolves.toMatch(/No token/);
      expect(opened.errors.filter((error) => !error.includes('401') && !error.includes('403'))).toEqual([]);
    },
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'shows the drafts by article, the first with its passage marked in the article and scrolled into view',
    async () => {
      await giveToken(page, `Bearer ${editorToken}`);
      await expect(page.getByTestId('review-source-count').allTextContents()).resolves.toEqual(['3']);
      expect(await shownDraft(page)).toBe(MISATTRIBUTED);
      await expect(page.getByTestId('review-quote').textContent()).resolves.toContain('This scheme will cost');
      await expect(page.getByTestId('review-speaker').getAttribute('data-node-id')).resolves.toBe(GRANT);
      await expect(page.getByTestId('review-confidence').textContent()).resolves.toBe('41 %');
      await expect(page.getByTestId('review-note').textContent()).resolves.toMatch(/nearest-name/);
      const mark = page.getByTestId('review-draft-area').getByTestId('evidence-mark');
      await expect(mark.allTextContents()).resolves.toEqual([FIRST_EVIDENCE]);
      const inView = await mark.evaluate((element) => {
        const box = element.closest('.source-text')?.getBoundingClientRect();
        const own = element.getBoundingClientRect();
        return box !== undefined && own.top >= box.top && own.bottom <= box.bottom && own.height > 0;
      });
      expect(inView).toBe(true);
      mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT });
    },
    BROWSER_TEST_TIMEOUT,
  );

  it(
    "gives the quote its real speaker, chosen from the graph's suggestions, saved as a correction",
    async () => {
      const before = await storedClaim(MISATTRIBUTED);
      await page.getByTestId('review-speaker-input').fill('Lopez');
      await page.locator(`[data-testid="suggestion"][data-node-id="${LOPEZ}"]`).click();
      await expect(page.getByTestId('review-speaker').getAttribute('data-node-id')).resolves.toBe(LOPEZ);
      await page.getByTestId('review-save').click();
      await waitUntilIdle(page);
      const after = await storedClaim(MISATTRIBUTED);
      expect(after).toEqual({
        version: (before?.version ?? 0) + 1,
        speaker: { id: LOPEZ },
        review: { status: 'DRAFT' },
      });
      expect(await shownDraft(page)).toBe(MISATTRIBUTED);
      await expect(page.getByTestId('review-speaker').getAttribute('data-node-id')).resolves.toBe(LOPEZ);
    },
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'accepts with the a key, never while the editor types in a field, and brings up the next draft at once',
    async () => {
      await page.getByTestId('review-subject-input').click();
      await page.keyboard.press('a');
      await expect(page.getByTestId('review-subject-input').inputValue()).resolves.toBe('a');
      expect(await shownDraft(page)).toBe(MISATTRIBUTED);
      await page.getByTestId('review-subject-input').fill('');
      await page.getByTestId('review-quote').click();

      await page.keyboard.press('a');
      // The next draft is on screen before the server has answered.
      expect(await shownDraft(page)).toBe(CHAMBER_QUOTE);
      await waitUntilIdle(page);
      expect(await storedClaim(MISATTRIBUTED)).toMatchObject({
        speaker: { id: LOPEZ },
        review: { status: 'ACCEPTED' },
      });
      await expect(page.getByTestId('review-source-count').allTextContents()).resolves.toEqual(['2']);
      await expect(page.getByTestId('review-position').textContent()).resolves.toMatch(/^Draft 1 of 2/);
    },
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'rejects with the r key: the draft leaves the queue and stays in the graph, marked retracted with the reason typed',
    async () => {
      await page.getByTestId('review-reject-reason').fill('Paraphrase, not the words said.');
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('r');
      expect(await shownDraft(page)).toBe(GRANT_QUOTE);
      await waitUntilIdle(page);
      const rejected = await asEditor<{
        claims: { edges: { node: { id: string; retraction: { reason: string } } }[] };
      }>(
        `query R($id: ID!) { claims(where: {id: {eq: $id}, retracted: true, review: ${DRAFTS}}) { edges { node { id retraction { reason } } } } }`,
        { id: CHAMBER_QUOTE },
      );
      expect(rejected.claims.edges).toEqual([
        { node: { id: CHAMBER_QUOTE, retraction: { reason: 'Paraphrase, not the words said.' } } },
      ]);
      await expect(page.getByTestId('review-source-count').allTextContents()).resolves.toEqual(['1']);
    },
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'shows a CONFLICT when the draft was changed elsewhere, and reads it again instead of accepting it',
    async () => {
      const stored = await storedClaim(GRANT_QUOTE);
      await asEditor(
        `mutation U($id: ID!, $v: Int!) { updateClaim(id: $id, expectedVersion: $v, input: {text: "Grant says the harbour was neglected for twenty years."}) { claim { id } } }`,
        { id: GRANT_QUOTE, v: stored?.version },
      );
      await page.keyboard.press('a');
      await waitUntilIdle(page);
      await expect(page.getByTestId('review-message').textContent()).resolves.toMatch(/changed this draft/);
      expect(await shownDraft(page)).toBe(GRANT_QUOTE);
      await expect(page.getByTestId('review-statement').inputValue()).resolves.toBe(
        'Grant says the harbour was neglected for twenty years.',
      );
      expect((await storedClaim(GRANT_QUOTE))?.review.status).toBe('DRAFT');
    },
    BROWSER_TEST_TIMEOUT,
  );
});

describe('adding an article in the review panel', () => {
  it(
    'fills the form from an uploaded text, extracts its drafts on the server and puts them in the queue',
    async () => {
      await page.getByTestId('add-article-open').click();
      await page
        .getByTestId('article-file')
        .setInputFiles({ name: 'library.txt', mimeType: 'text/plain', buffer: Buffer.from(LIBRARY_ARTICLE) });
      // The page reads the file asynchronously: wait for the text to arrive before checking it.
      await page.waitForFunction(
        () => document.querySelector<HTMLTextAreaElement>('[data-testid="article-text"]')?.value !== '',
        undefined,
        { timeout: 10_000 },
      );
      await expect(page.getByTestId('article-text').inputValue()).resolves.toBe(LIBRARY_ARTICLE);
      await expect(page.getByTestId('article-title').inputValue()).resolves.toBe('Library hours cut');
      await page.getByTestId('article-publisher').fill('County Courier');
      await page.getByTestId('article-published').fill('2025-06-03');
      await page.getByTestId('article-extract').click();
      await page.waitForFunction(
        () => /^Added|not added/.test(document.querySelector('[data-testid="article-result"]')?.textContent ?? ''),
        undefined,
        { timeout: EXTRACTION_TIMEOUT, polling: 500 },
      );
      await waitUntilIdle(page);
      const result = (await page.getByTestId('article-result').textContent()) ?? '';
      expect(result).toMatch(/^Added “Library hours cut”: \d+ draft claims/);
      const claims = Number(/(\d+) draft claims/.exec(result)?.[1]);
      expect(claims).toBeGreaterThanOrEqual(1);
      const library = page.locator('[data-testid="review-source"]', { hasText: 'Library hours cut' });
      await expect(library.getByTestId('review-source-count').textContent()).resolves.toBe(String(claims));
      await library.click();
      await waitUntilIdle(page);
      await expect(page.getByTestId('review-position').textContent()).resolves.toContain('Library hours cut');
      await expect(page.getByTestId('review-draft-area').getByTestId('evidence-mark').count()).resolves.toBeGreaterThan(
        0,
      );
    },
    EXTRACTION_TIMEOUT,
  );
});

describe('a reader, after the review', () => {
  it(
    'finds the accepted claim in the explorer without a token, with the speaker the editor gave it',
    async () => {
      const { page: reader, errors } = await openExplorer(browser, server.url);
      await reader.getByTestId('search-input').fill('scheme cost far more');
      await reader.getByTestId('search-button').click();
      await waitUntilIdle(reader);
      const found = await reader
        .getByTestId('search-result')
        .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-node-id')));
      expect(found).toContain(MISATTRIBUTED);
      expect(found).not.toContain(GRANT_QUOTE);
      await reader.evaluate((id) => window.__explorer.openNode(id), MISATTRIBUTED);
      await waitUntilIdle(reader);
      expect(await reader.evaluate(() => sessionStorage.length)).toBe(0);
      await expect(reader.getByTestId('details').textContent()).resolves.toContain('Maria Lopez');
      expect(errors).toEqual([]);
    },
    BROWSER_TEST_TIMEOUT,
  );
});

import type { Browser } from 'playwright-core';
import { readDocumentedExamples } from '../../src/http/read-documented-examples';
import { launchBrowser } from '../support/launch-browser';
import { startSeededServer, type SeededServer } from '../support/seeded-server';

const BROWSER_TEST_TIMEOUT = 120_000;

let api: SeededServer;
let browser: Browser;
beforeAll(async () => {
  api = await startSeededServer();
  browser = await launchBrowser();
}, BROWSER_TEST_TIMEOUT);
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

describe('GraphiQL in a browser', () => {
  it(
    'opens at /graphql with the README examples as tabs, runs one and shows its data, loading nothing from elsewhere',
    async () => {
      const page = await browser.newPage();
      const requests: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${api.server.url}/graphql`);
      await page.waitForSelector('.graphiql-container', { timeout: 60_000 });

      const examples = readDocumentedExamples();
      await page.waitForFunction(
        (count) => document.querySelectorAll('.graphiql-tab').length === count,
        examples.length,
      );
      const first = examples[0];
      if (first === undefined) throw new Error('The README has no examples');
      await page.click('.graphiql-tab >> nth=0');
      await page.click('.graphiql-execute-button');
      const expected = first.expectations[0] ?? '';
      await page.waitForFunction(
        (text) => document.querySelector('.graphiql-response')?.textContent?.includes(text) === true,
        expected,
        { timeout: 30_000 },
      );

      // The schema documentation comes from introspection.
      await page.click('[aria-label="Show Documentation Explorer"]');
      await page.waitForSelector('.graphiql-doc-explorer >> text=Query', { timeout: 10_000 });

      expect(errors).toEqual([]);
      const origin = new URL(api.server.url).origin;
      expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
      await page.close();
    },
    BROWSER_TEST_TIMEOUT,
  );
});

import type { Core } from 'cytoscape';
import type { Browser, Page } from 'playwright-core';
import type { SyntheticGraph } from './synthetic-graph';

/** What public/explore.js exposes on `window.__explorer` for tests and the console. */
export interface ExplorerHandle {
  readonly cy: Core;
  showGraph(graph: SyntheticGraph): void;
  openNode(id: string): Promise<void>;
  whenIdle(): Promise<void>;
}

declare global {
  interface Window {
    __explorer: ExplorerHandle;
  }
}

export interface OpenedExplorer {
  readonly page: Page;
  /** Console errors and uncaught exceptions, in order. */
  readonly errors: string[];
  /** Every URL the page requested. */
  readonly requests: string[];
}

/**
 * Opens /explore in a fresh context, recording errors and requests from the first byte, and
 * waits until the first view and the timeline have loaded.
 */
export async function openExplorer(browser: Browser, baseUrl: string): Promise<OpenedExplorer> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${baseUrl}/explore`);
  await page.waitForSelector('[data-testid="app"][data-ready="true"]', { timeout: 60_000 });
  return { page, errors, requests };
}

/** Resolves when the page has no request or layout in flight. */
export async function waitUntilIdle(page: Page): Promise<void> {
  await page.evaluate(() => window.__explorer.whenIdle());
}

/** Clicks a drawn node where it is on screen, as a person would. */
export async function clickNode(page: Page, id: string): Promise<void> {
  const point = await page.evaluate((nodeId) => {
    const { cy } = window.__explorer;
    const node = cy.getElementById(nodeId);
    if (node.empty()) throw new Error(`${nodeId} is not drawn`);
    const position = node.renderedPosition();
    const box = cy.container()?.getBoundingClientRect();
    if (box === undefined) throw new Error('the graph has no container');
    return { x: box.left + position.x, y: box.top + position.y };
  }, id);
  await page.mouse.click(point.x, point.y);
}

/** The ids of the drawn nodes, sorted. */
export async function drawnNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    window.__explorer.cy
      .nodes()
      .map((node) => node.id())
      .sort(),
  );
}

import path from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { README_PATH, readDocumentedExamples } from './read-documented-examples';

const PUBLIC_DIR = path.resolve(__dirname, '../../public');

/**
 * Browser builds served from node_modules, by URL name: the file resolved (one a package exports)
 * and the folder of its build relative to that file. Resolving through Node finds the packages
 * wherever npm put them, hoisted or not.
 */
const VENDOR_FOLDERS: Readonly<Record<string, readonly [resolvable: string, folder: string]>> = {
  cytoscape: ['cytoscape', '.'],
  react: ['react/package.json', 'umd'],
  'react-dom': ['react-dom/package.json', 'umd'],
  graphiql: ['graphiql/package.json', '.'],
  // The explorer's live updates: the browser client of the protocol /graphql speaks over WebSocket.
  'graphql-ws': ['graphql-ws/package.json', 'umd'],
};

/**
 * A browser navigating to /graphql prefers HTML; API clients ask for JSON (or say nothing).
 * Only the former gets GraphiQL, so GET queries from tools keep reaching Apollo.
 */
function prefersHtml(request: Request): boolean {
  return request.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}

/**
 * The pages people open by hand, all served from this package so they work offline: `/` (links
 * to everything), GraphiQL on `GET /graphql` for browsers, with the README's example operations
 * as tabs, the explorer at `/explore`, and the README itself at `/readme`.
 */
export function mountDeveloperPages(app: Express): void {
  // Read once: the examples change only with a new release of the README.
  const examples = readDocumentedExamples().map(({ title, document }) => ({ title, document }));

  app.get('/', (_request, response) => {
    response.sendFile(path.join(PUBLIC_DIR, 'index.html'));
  });
  app.get('/graphql', (request: Request, response: Response, next: NextFunction) => {
    if (prefersHtml(request)) response.sendFile(path.join(PUBLIC_DIR, 'graphiql.html'));
    else next();
  });
  app.get('/graphiql/examples.json', (_request, response) => {
    response.json(examples);
  });
  app.get('/readme', (_request, response) => {
    response.type('text/markdown; charset=utf-8').sendFile(README_PATH);
  });
  app.get('/explore', (_request, response) => {
    response.sendFile(path.join(PUBLIC_DIR, 'explore.html'));
  });
  // No max-age: ETags let browsers revalidate, so a deploy never leaves stale scripts behind.
  app.use('/explore', express.static(PUBLIC_DIR, { index: false, maxAge: 0 }));
  for (const [name, [resolvable, folder]] of Object.entries(VENDOR_FOLDERS)) {
    const root = path.resolve(path.dirname(require.resolve(resolvable)), folder);
    app.use(`/vendor/${name}`, express.static(root, { maxAge: '1d', index: false }));
  }
}

/**
 * Mounts GraphiQL on /graphql with the README's example operations as its tabs, so a newcomer's
 * first click runs a real question. Headers (a bearer token for writes) go in the headers editor
 * and are kept in this browser only when the user asks GraphiQL to persist them.
 */

/** @typedef {{ title: string, document: string }} Example */

const EXAMPLES_URL = '/graphiql/examples.json';

/** The README examples, or an empty list when they cannot be had: GraphiQL is still useful. */
async function fetchExamples() {
  try {
    const response = await fetch(EXAMPLES_URL, { headers: { accept: 'application/json' } });
    if (!response.ok) return [];
    return /** @type {Example[]} */ (await response.json());
  } catch {
    return [];
  }
}

async function mountGraphiQL() {
  // The UMD builds loaded before this script define these globals.
  const { React, ReactDOM, GraphiQL } = /** @type {any} */ (window);
  const examples = await fetchExamples();
  const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  const defaultTabs = examples.map((example) => ({ query: `# ${example.title}\n${example.document}` }));
  const container = document.getElementById('graphiql');
  if (container === null) throw new Error('The page has no #graphiql element');
  ReactDOM.createRoot(container).render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultTabs: defaultTabs.length > 0 ? defaultTabs : undefined,
      isHeadersEditorEnabled: true,
      defaultEditorToolsVisibility: true,
    }),
  );
}

void mountGraphiQL();

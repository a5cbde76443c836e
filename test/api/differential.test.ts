import fc from 'fast-check';
import { startSeededServer, type SeededServer } from '../support/seeded-server';
import { makeArbitraries } from './differential/arbitraries';
import { NODE_TYPES, ROOT_LISTS } from './differential/field-catalogue';
import { answerNode, renderNode, type NodeSelection } from './differential/operation';
import { readReferenceGraph, type ReferenceGraph, type ReferenceNode } from './differential/reference-graph';
import { matchesWhere, type Where } from './differential/reference-where';

/**
 * The compiled queries against an independent reference: generated operations (random
 * selections two levels deep over every node type, random filters on root lists and nested
 * connections, page walks) are answered by the server and, from an in-memory copy of the graph
 * read with plain Cypher, by the reference in JavaScript; the answers must be equal.
 */

let api: SeededServer;
let graph: ReferenceGraph;
let arbitraries: ReturnType<typeof makeArbitraries>;

beforeAll(async () => {
  api = await startSeededServer();
  graph = await readReferenceGraph(api.database);
  arbitraries = makeArbitraries(graph);
}, 120_000);
afterAll(async () => {
  await api.close();
});

function declarations(variables: Map<string, Where>, extra: string): string {
  const nested = [...variables.keys()].map((name) => `$${name}: ClaimWhere`);
  return [extra, ...nested].filter((part) => part !== '').join(', ');
}

async function ask(query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await api.graphql(query, variables);
  if (response.errors !== undefined) throw new Error(`${JSON.stringify(response.errors)}\n${query}`);
  return response.data as Record<string, unknown>;
}

/** The root lists' orders as the SDL describes them. */
function rootOrder(list: string, node: ReferenceNode): string[] {
  const properties = node.properties;
  if (list === 'claims') return [node.id];
  if (list === 'sources') return [(properties.published as string | undefined) ?? '', node.id];
  if (list === 'events') return [(properties.startsOn as string | undefined) ?? '~', node.id];
  return [String(properties.name), node.id];
}

function byKey(list: string) {
  return (a: ReferenceNode, b: ReferenceNode) => {
    const left = rootOrder(list, a);
    const right = rootOrder(list, b);
    for (let index = 0; index < left.length; index += 1)
      if (left[index] !== right[index]) return (left[index] as string) < (right[index] as string) ? -1 : 1;
    return 0;
  };
}

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: Record<string, unknown> }[];
}

describe('compiled queries against the reference', () => {
  it('walk every root list page by page, filtered and with nested selections, as the reference does', async () => {
    const operation = fc.constantFrom(...Object.keys(ROOT_LISTS)).chain((list) => {
      const type = (ROOT_LISTS[list] as { type: string }).type;
      return fc.record({
        list: fc.constant(list),
        where: fc.option(arbitraries.where(type), { nil: undefined }),
        first: fc.integer({ min: 1, max: 6 }),
        // Two levels below a page reach graphql-armor's depth limit; node(id) goes two deep.
        selection: arbitraries.selection([type], 1),
      });
    });
    await fc.assert(
      fc.asyncProperty(operation, async ({ list, where, first, selection }) => {
        const { type, whereType } = ROOT_LISTS[list] as { type: string; whereType: string };
        const nested = new Map<string, Where>();
        const body = renderNode(selection, nested);
        const query = `query(${declarations(nested, `$where: ${whereType}, $after: String`)}) {
          page: ${list}(first: ${first}, where: $where, after: $after) {
            totalCount pageInfo { hasNextPage endCursor } edges { node { ${body} } } } }`;
        const expected = graph
          .ofType(type)
          .filter((node) => where === undefined || matchesWhere(graph, { kind: type, where: where }, node))
          .sort(byKey(list));
        let after: string | null = null;
        for (let index = 0; index < 3; index += 1) {
          const data = await ask(query, { ...Object.fromEntries(nested), where: where ?? null, after });
          const page = data.page as Page;
          const slice = expected.slice(index * first, (index + 1) * first);
          expect(page.totalCount).toBe(expected.length);
          expect(page.pageInfo.hasNextPage).toBe(expected.length > (index + 1) * first);
          expect(page.edges.map((edge) => edge.node)).toEqual(slice.map((node) => answerNode(graph, node, selection)));
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
      }),
      { numRuns: 200 },
    );
  }, 600_000);

  it('answer a node by id with any selection two levels deep as the reference does', async () => {
    const ids = [...graph.nodes.keys()];
    // The node's own type, and up to two others whose fragments must not apply to it.
    const operation = fc.constantFrom(...ids).chain((id) => {
      const own = (graph.nodes.get(id) as ReferenceNode).type;
      const others = NODE_TYPES.filter((type) => type !== own);
      return fc.record({
        id: fc.constant(id),
        selection: fc.subarray(others, { maxLength: 2 }).chain((types) => arbitraries.selection([own, ...types], 2)),
      });
    });
    await fc.assert(
      fc.asyncProperty(operation, async ({ id, selection }: { id: string; selection: NodeSelection }) => {
        const nested = new Map<string, Where>();
        const body = renderNode(selection, nested);
        const query = `query(${declarations(nested, '$id: ID!')}) { node(id: $id) { ${body} } }`;
        const data = await ask(query, { ...Object.fromEntries(nested), id });
        expect(data.node).toEqual(answerNode(graph, graph.nodes.get(id) as ReferenceNode, selection));
      }),
      { numRuns: 120 },
    );
  }, 600_000);
});

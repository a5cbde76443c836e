import fc from 'fast-check';
import { startSeededServer, type SeededServer } from '../support/seeded-server';
import { makeArbitraries } from './differential/arbitraries';
import { NODE_TYPES, ROOT_LISTS } from './differential/field-catalogue';
import { answerNode, renderNode, type NodeSelection } from './differential/operation';
import { readReferenceGraph, type ReferenceGraph, type ReferenceNode } from './differential/reference-graph';
import { comparatorOf } from './differential/reference-order';
import { matchesWhere, type Where } from './differential/reference-where';

/**
 * The compiled queries against an independent reference: generated operations (random
 * selections two levels deep over every node type, random filters and orders on root lists and
 * nested connections, page walks forwards from the start and backwards from the end, pages at
 * the end of nested connections) are answered by the server and, from an in-memory copy of the
 * graph read with plain Cypher, by the reference in JavaScript (filtering and sorting arrays);
 * the answers must be equal.
 */

let api: SeededServer;
let graph: ReferenceGraph;
let arbitraries: ReturnType<typeof makeArbitraries>;

beforeAll(async () => {
  // Selections of several types alias every pick per type (see operation.ts), so a generated
  // operation can pass graphql-armor's 30 aliases, a limit on hostile queries that this test is
  // not about.
  api = await startSeededServer({ MAX_ALIASES: '200' });
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

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { node: Record<string, unknown> }[];
}

/** What one page of a walk must hold: the items of `expected` from `from` to `to`. */
interface ExpectedPage {
  readonly from: number;
  readonly to: number;
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
}

describe('compiled queries against the reference', () => {
  it('walk every root list forwards and backwards page by page, filtered, ordered and nested, as the reference does', async () => {
    const operation = fc.constantFrom(...Object.keys(ROOT_LISTS)).chain((list) => {
      const type = (ROOT_LISTS[list] as { type: string }).type;
      return fc.record({
        list: fc.constant(list),
        where: fc.option(arbitraries.where(type), { nil: undefined }),
        orderBy: fc.option(arbitraries.order(type), { nil: undefined }),
        size: fc.integer({ min: 1, max: 6 }),
        // Two levels below a page reach graphql-armor's depth limit; node(id) goes two deep.
        selection: arbitraries.selection([type], 1),
      });
    });
    await fc.assert(
      fc.asyncProperty(operation, async ({ list, where, orderBy, size, selection }) => {
        const { type, whereType, sortType } = ROOT_LISTS[list] as { type: string; whereType: string; sortType: string };
        const nested = new Map<string, Where>();
        const body = renderNode(selection, nested);
        const arguments_ = `$where: ${whereType}, $orderBy: [${sortType}!], $first: Int, $last: Int, $after: String, $before: String`;
        const query = `query(${declarations(nested, arguments_)}) {
          page: ${list}(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {
            totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { ${body} } } } }`;
        const expected = graph
          .ofType(type)
          .filter((node) => where === undefined || matchesWhere(graph, { kind: type, where: where }, node))
          .sort(comparatorOf(graph, type, orderBy));
        // orderBy as GraphQL writes it: one single-field object per term.
        const sort = orderBy?.map((term) => ({ [term.field]: term.direction })) ?? null;
        const variables = { ...Object.fromEntries(nested), where: where ?? null, orderBy: sort };
        const check = (page: Page, wanted: ExpectedPage) => {
          expect(page.totalCount).toBe(expected.length);
          expect(page.pageInfo.hasNextPage).toBe(wanted.hasNextPage);
          expect(page.pageInfo.hasPreviousPage).toBe(wanted.hasPreviousPage);
          const slice = expected.slice(wanted.from, wanted.to);
          expect(page.edges.map((edge) => edge.node)).toEqual(slice.map((node) => answerNode(graph, node, selection)));
        };
        // Forwards from the start, each page after the last one's endCursor.
        let after: string | null = null;
        for (let index = 0; index < 3; index += 1) {
          const data = await ask(query, { ...variables, first: size, last: null, after, before: null });
          const page = data.page as Page;
          const to = (index + 1) * size;
          check(page, { from: index * size, to, hasNextPage: expected.length > to, hasPreviousPage: after !== null });
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
        // Backwards from the end, each page before the last one's startCursor, in the same order.
        let before: string | null = null;
        for (let index = 0; index < 3; index += 1) {
          const data = await ask(query, { ...variables, first: null, last: size, after: null, before });
          const page = data.page as Page;
          const from = Math.max(0, expected.length - (index + 1) * size);
          const to = expected.length - index * size;
          check(page, { from, to, hasNextPage: before !== null, hasPreviousPage: from > 0 });
          if (!page.pageInfo.hasPreviousPage) break;
          before = page.pageInfo.startCursor;
        }
      }),
      { numRuns: 200 },
    );
  }, 900_000);

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

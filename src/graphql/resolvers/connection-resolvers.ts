import type { GraphQLResolveInfo } from 'graphql';
import { encodeCursor, type SortKey } from '../../graph/cursor';
import { byFieldName } from './by-field-name';

/**
 * A compiled page (see compileKeyset): at most `size + 1` items (the extra one only says that
 * another page exists), each with its sort key and its node projected per `edges` alias and
 * `node` alias. A backward page (`last`) holds its items in reverse order, nearest its `before`
 * cursor first, so the extra item is the one furthest back.
 */
interface CompiledPage {
  readonly items: readonly { readonly key: SortKey; readonly n: Record<string, Record<string, unknown>> }[];
  readonly size: number;
  /** The order's signature, which cursors carry; absent only on an empty page. */
  readonly order?: string;
  readonly afterGiven: boolean;
  readonly beforeGiven?: boolean;
  readonly backward?: boolean;
  readonly total?: number;
}

interface Edge {
  readonly cursor: string;
  readonly nodes: Record<string, unknown>;
}

/** The items shown, in the list's order. */
function shown(page: CompiledPage): CompiledPage['items'] {
  const items = page.items.slice(0, page.size);
  return page.backward === true ? items.reverse() : items;
}

const cursorOf = (page: CompiledPage, key: SortKey) => encodeCursor({ order: page.order ?? '', key });

/**
 * pageInfo as Relay's cursor connections specify it: reading forwards, a next page exists when
 * the extra item came back, a previous one is assumed when the page starts after a cursor;
 * reading backwards (`last`), the reverse.
 */
export const connectionResolvers = {
  edges: (page: CompiledPage, _: unknown, __: unknown, info: GraphQLResolveInfo): Edge[] =>
    shown(page).map((item) => ({ cursor: cursorOf(page, item.key), nodes: item.n[info.path.key] ?? {} })),
  pageInfo: (page: CompiledPage) => {
    const items = shown(page);
    const more = page.items.length > page.size;
    const first = items[0];
    const last = items.at(-1);
    return {
      hasNextPage: page.backward === true ? page.beforeGiven === true : more,
      hasPreviousPage: page.backward === true ? more : page.afterGiven,
      startCursor: first === undefined ? null : cursorOf(page, first.key),
      endCursor: last === undefined ? null : cursorOf(page, last.key),
    };
  },
  totalCount: (page: CompiledPage) => page.total,
};

export const edgeResolvers = {
  cursor: (edge: Edge) => edge.cursor,
  node: (edge: Edge, _: unknown, __: unknown, info: GraphQLResolveInfo) => edge.nodes[info.path.key],
};

export const pageInfoResolvers = byFieldName(['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor']);

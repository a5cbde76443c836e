import type { GraphQLResolveInfo } from 'graphql';
import { encodeCursor, type SortKey } from '../../graph/read/cursor';
import { byFieldName } from './by-field-name';

/**
 * A compiled page: at most `first + 1` items (the extra one only says a next page exists), each
 * with its sort key and its node projected per `edges` alias and `node` alias.
 */
interface CompiledPage {
  readonly items: readonly { readonly key: SortKey; readonly n: Record<string, Record<string, unknown>> }[];
  readonly first: number;
  readonly afterGiven: boolean;
  readonly total?: number;
}

interface Edge {
  readonly cursor: string;
  readonly nodes: Record<string, unknown>;
}

const shown = (page: CompiledPage) => page.items.slice(0, page.first);

export const connectionResolvers = {
  edges: (page: CompiledPage, _: unknown, __: unknown, info: GraphQLResolveInfo): Edge[] =>
    shown(page).map((item) => ({ cursor: encodeCursor(item.key), nodes: item.n[info.path.key] ?? {} })),
  pageInfo: (page: CompiledPage) => {
    const items = shown(page);
    const last = items.at(-1);
    return {
      hasNextPage: page.items.length > page.first,
      hasPreviousPage: page.afterGiven,
      startCursor: items[0] === undefined ? null : encodeCursor(items[0].key),
      endCursor: last === undefined ? null : encodeCursor(last.key),
    };
  },
  totalCount: (page: CompiledPage) => page.total,
};

export const edgeResolvers = {
  cursor: (edge: Edge) => edge.cursor,
  node: (edge: Edge, _: unknown, __: unknown, info: GraphQLResolveInfo) => edge.nodes[info.path.key],
};

export const pageInfoResolvers = byFieldName(['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor']);

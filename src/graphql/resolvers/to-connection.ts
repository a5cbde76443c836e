import type { Page } from '../../graph/read/page';

/** A graph-layer page in the Relay connection shape. */
export function toConnection(page: Page) {
  return {
    edges: page.edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: page.edges[0]?.cursor ?? null,
      endCursor: page.edges.at(-1)?.cursor ?? null,
    },
  };
}

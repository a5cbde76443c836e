/** What every graph-layer page has, whatever its items are. */
interface AnyPage<Edge extends { readonly cursor: string }> {
  readonly edges: readonly Edge[];
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  readonly totalCount: number;
}

/** A graph-layer page in the Relay connection shape. */
export function toConnection<Edge extends { readonly cursor: string }>(page: AnyPage<Edge>) {
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

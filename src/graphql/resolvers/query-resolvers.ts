import type { GraphQLResolveInfo } from 'graphql';
import { notFound } from '../../errors/error-codes';
import type {
  ClaimsArguments,
  EventsArguments,
  NeighborhoodArguments,
  NodeArguments,
  NodesArguments,
  PageArguments,
  PathArguments,
  SearchArguments,
} from '../argument-types';
import type { GraphQLContext } from '../context';
import { graphViewDetailOf } from '../graph-view-detail-of';
import {
  requireIntegerIn,
  requireTextUpTo,
  toDayBound,
  toLabels,
  toPageRequest,
  toPathTypes,
} from '../validate-arguments';
import { toConnection } from './to-connection';

const MAX_TEXT_ARGUMENT = 500;

/** Root fields: arguments checked, one graph-layer call, result out. */
export const queryResolvers = {
  node: (_: unknown, args: NodeArguments, { graph }: GraphQLContext) => graph.node(args.id),

  nodes: (_: unknown, args: NodesArguments, { graph, limits }: GraphQLContext) => {
    requireIntegerIn('ids (count)', args.ids.length, 0, 0, limits.maxPageSize);
    return graph.nodes(args.ids);
  },

  search: (_: unknown, args: SearchArguments, { graph, limits }: GraphQLContext) => {
    const first = requireIntegerIn('first', args.first, 10, 1, limits.maxSearchResults);
    return graph.search(requireTextUpTo('text', args.text, MAX_TEXT_ARGUMENT), toLabels(args.types), first);
  },

  people: async (_: unknown, args: PageArguments, { graph, limits }: GraphQLContext) =>
    toConnection(await graph.listNamed('people', toPageRequest(args, 20, limits.maxPageSize, 2))),

  organizations: async (_: unknown, args: PageArguments, { graph, limits }: GraphQLContext) =>
    toConnection(await graph.listNamed('organizations', toPageRequest(args, 20, limits.maxPageSize, 2))),

  places: async (_: unknown, args: PageArguments, { graph, limits }: GraphQLContext) =>
    toConnection(await graph.listNamed('places', toPageRequest(args, 20, limits.maxPageSize, 2))),

  sources: async (_: unknown, args: PageArguments, { graph, limits }: GraphQLContext) =>
    toConnection(await graph.listSources(toPageRequest(args, 20, limits.maxPageSize, 2))),

  events: async (_: unknown, args: EventsArguments, { graph, limits }: GraphQLContext) => {
    const window = { from: toDayBound('from', args.from), to: toDayBound('to', args.to) };
    return toConnection(await graph.listEvents(window, toPageRequest(args, 20, limits.maxPageSize, 2)));
  },

  claims: async (_: unknown, args: ClaimsArguments, { graph, limits }: GraphQLContext) => {
    const filter = {
      speaker: args.speaker ?? null,
      about: args.about ?? null,
      kind: args.kind ?? null,
      text:
        args.text === undefined || args.text === null ? null : requireTextUpTo('text', args.text, MAX_TEXT_ARGUMENT),
    };
    return toConnection(await graph.listClaims(filter, toPageRequest(args, 20, limits.maxPageSize, 1)));
  },

  neighborhood: async (
    _: unknown,
    args: NeighborhoodArguments,
    { graph, limits }: GraphQLContext,
    info: GraphQLResolveInfo,
  ) => {
    const depth = requireIntegerIn('depth', args.depth, 1, 1, limits.maxNeighborhoodDepth);
    const limit = requireIntegerIn('limit', args.limit, 200, 1, limits.maxNeighborhoodLimit);
    const view = await graph.neighborhood(args.id, depth, limit, toLabels(args.types), graphViewDetailOf(info));
    if (view === null) throw notFound('id', args.id);
    return view;
  },

  path: async (_: unknown, args: PathArguments, { graph, limits }: GraphQLContext, info: GraphQLResolveInfo) => {
    const maxLength = requireIntegerIn('maxLength', args.maxLength, 6, 1, limits.maxPathLength);
    const result = await graph.path(args.from, args.to, maxLength, toPathTypes(args.via), graphViewDetailOf(info));
    // Like neighborhood: an id that names nothing is an error; ids with no path between them are null.
    if (result.kind === 'unknown-id') {
      const unknown = result.ids[0] ?? args.from;
      throw notFound(unknown === args.from ? 'from' : 'to', unknown);
    }
    return result.kind === 'found' ? result.view : null;
  },
};

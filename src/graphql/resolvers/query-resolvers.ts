import type { GraphQLResolveInfo } from 'graphql';
import { notFound } from '../../errors/error-codes';
import type { ClaimNetworkArguments, NeighborhoodArguments, PathArguments } from './argument-types';
import { checkWhere } from '../compiled/check-where';
import { selectRootField } from '../compiled/select-root-field';
import { draftVisibilityOf } from '../compiled/draft-visibility-of';
import type { GraphQLContext } from '../context/context';
import { graphViewDetailOf } from './graph-view-detail-of';
import { requireIntegerIn, toLabels, toPathTypes } from '../compiled/validate-arguments';

/**
 * A root field answered by the query compiler: its whole selection, arguments checked, becomes
 * one Cypher statement whose result already has the response's shape.
 */
const compiled = (_: unknown, _args: unknown, { engine, limits, viewer }: GraphQLContext, info: GraphQLResolveInfo) => {
  const selection = selectRootField(info, limits);
  return engine.read(selection, draftVisibilityOf(selection, viewer));
};

/** Root fields: arguments checked, one graph-layer call, result out. */
export const queryResolvers = {
  node: compiled,
  nodes: compiled,
  search: compiled,
  people: compiled,
  organizations: compiled,
  places: compiled,
  sources: compiled,
  events: compiled,
  claims: compiled,
  claimGroups: compiled,
  changes: compiled,

  neighborhood: async (
    _: unknown,
    args: NeighborhoodArguments,
    { engine, limits }: GraphQLContext,
    info: GraphQLResolveInfo,
  ) => {
    const depth = requireIntegerIn('depth', args.depth, { fallback: 1, min: 1, max: limits.maxNeighborhoodDepth });
    const limit = requireIntegerIn('limit', args.limit, { fallback: 200, min: 1, max: limits.maxNeighborhoodLimit });
    const view = await engine.neighborhood({
      id: args.id,
      depth,
      limit,
      labels: toLabels(args.types),
      detail: graphViewDetailOf(info),
    });
    if (view === null) throw notFound('id', args.id);
    return view;
  },

  claimNetwork: async (
    _: unknown,
    args: ClaimNetworkArguments,
    { engine, limits, viewer }: GraphQLContext,
    info: GraphQLResolveInfo,
  ) => {
    const limit = requireIntegerIn('limit', args.limit, { fallback: 200, min: 1, max: limits.maxNeighborhoodLimit });
    // The same filter as claims(where:), checked the same way; full-text `matches` has no index to start from here.
    const where =
      args.where === undefined || args.where === null
        ? null
        : checkWhere('Claim', args.where, { limits, allowMatches: false });
    const { drafts } = draftVisibilityOf(
      { key: 'claimNetwork', field: 'claimNetwork', args: { where }, children: null },
      viewer,
    );
    return engine.claimNetwork({ where, limit, detail: graphViewDetailOf(info), drafts });
  },

  path: async (_: unknown, args: PathArguments, { engine, limits }: GraphQLContext, info: GraphQLResolveInfo) => {
    const maxLength = requireIntegerIn('maxLength', args.maxLength, { fallback: 6, min: 1, max: limits.maxPathLength });
    const result = await engine.path({
      from: args.from,
      to: args.to,
      maxLength,
      via: toPathTypes(args.via),
      detail: graphViewDetailOf(info),
    });
    // Like neighborhood: an id that names nothing is an error; ids with no path between them are null.
    if (result.kind === 'unknown-id') {
      const unknown = result.ids[0] ?? args.from;
      throw notFound(unknown === args.from ? 'from' : 'to', unknown);
    }
    return result.kind === 'found' ? result.view : null;
  },
};

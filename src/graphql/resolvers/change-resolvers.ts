import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../errors/error-codes';
import type { ChangeRecord } from '../../graph/change-record';
import type { NodeRecord } from '../../graph/node-record';
import type { GraphQLContext } from '../context';
import { requireIntegerIn } from '../validate-arguments';

interface ChangesArguments {
  readonly after?: number | null;
  readonly first?: number | null;
  readonly where?: { readonly node?: string | null; readonly subject?: string | null } | null;
}

interface GraphChangedArguments {
  readonly ids?: readonly string[] | null;
  readonly types?: readonly string[] | null;
  readonly afterSequence?: number | null;
}

function changeFilter(args: ChangesArguments, nodeId: string | null, maxPageSize: number) {
  return {
    after: requireIntegerIn('after', args.after, 0, 0, Number.MAX_SAFE_INTEGER),
    first: requireIntegerIn('first', args.first, 20, 1, maxPageSize),
    nodeId: nodeId ?? args.where?.node ?? null,
    subject: args.where?.subject ?? null,
  };
}

const history = (parent: NodeRecord, args: ChangesArguments, { curation, limits }: GraphQLContext) =>
  curation.changes(changeFilter(args, parent.properties.id as string, limits.maxPageSize));

/** The change log's fields: Query.changes, Node.history, Change, Claim's retraction, the subscription. */
export const changeResolvers = {
  Query: {
    changes: (_: unknown, args: ChangesArguments, { curation, limits }: GraphQLContext) =>
      curation.changes(changeFilter(args, null, limits.maxPageSize)),
  },
  Subscription: {
    graphChanged: {
      subscribe: (_: unknown, args: GraphChangedArguments, { changeFeed }: GraphQLContext) => {
        const after = args.afterSequence ?? null;
        if (after !== null && after < 0)
          throw new GraphQLError(`afterSequence must be 0 or more, but got: ${after}`, {
            extensions: { code: ErrorCode.BadUserInput },
          });
        return changeFeed.subscribe(
          { ids: args.ids ? new Set(args.ids) : null, types: args.types ? new Set(args.types) : null },
          after,
        );
      },
      resolve: (change: ChangeRecord) => change,
    },
  },
  Change: {
    node: (change: ChangeRecord, _: unknown, { graph }: GraphQLContext) => {
      const id = change.nodeIds[0];
      return id === undefined ? null : graph.node(id);
    },
  },
  Claim: {
    retracted: (claim: NodeRecord) => typeof claim.properties.retractedAt === 'string',
    retraction: (claim: NodeRecord) =>
      typeof claim.properties.retractedAt === 'string'
        ? {
            by: claim.properties.retractedBy,
            at: claim.properties.retractedAt,
            reason: claim.properties.retractionReason,
          }
        : null,
  },
  history,
};

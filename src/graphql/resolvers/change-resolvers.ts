import type { GraphQLResolveInfo } from 'graphql';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../errors/error-codes';
import type { ChangeRecord } from '../../graph/change-record';
import type { DraftVisibility } from '../../graph/draft-visibility';
import { selectFieldAs } from '../compiled/select-root-field';
import type { GraphQLContext } from '../context/context';

interface GraphChangedArguments {
  readonly ids?: readonly string[] | null;
  readonly types?: readonly string[] | null;
  readonly afterSequence?: number | null;
}

/**
 * A change the graph layer handed over (a write's record, an event of the feed), read through
 * the compiler by its sequence number, so its `node` and everything under it has the shape of
 * every other compiled result.
 */
export const readChange = (
  change: ChangeRecord,
  { engine, limits }: GraphQLContext,
  { info, visibility }: { readonly info: GraphQLResolveInfo; readonly visibility: DraftVisibility },
): Promise<unknown> =>
  engine.read(selectFieldAs(info, limits, { field: 'change', args: { sequence: change.sequence } }), visibility);

/** The change log's subscription; `Query.changes` and `Node.history` are compiled like other reads. */
export const changeResolvers = {
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
      resolve: (change: ChangeRecord, _: unknown, context: GraphQLContext, info: GraphQLResolveInfo) =>
        readChange(change, context, { info, visibility: { drafts: false } }),
    },
  },
};

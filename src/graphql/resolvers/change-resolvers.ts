import type { GraphQLResolveInfo } from 'graphql';
import { getNamedType, GraphQLError, isObjectType } from 'graphql';
import { ErrorCode } from '../../errors/error-codes';
import type { ChangeRecord } from '../../graph/change-record';
import type { DraftVisibility } from '../../graph/draft-visibility';
import { collectSubfields } from '../compiled/collect-fields';
import { selectFieldAs } from '../compiled/select-root-field';
import type { GraphQLContext } from '../context/context';

interface GraphChangedArguments {
  readonly ids?: readonly string[] | null;
  readonly types?: readonly string[] | null;
  readonly afterSequence?: number | null;
}

/** The fields of `Change` its record holds as they are answered: all but `node`. */
const RECORD_FIELDS: ReadonlySet<string> = new Set<keyof ChangeRecord | '__typename'>([
  'sequence',
  'kind',
  'subject',
  'at',
  'nodeIds',
  'nodeTypes',
  'before',
  'after',
  '__typename',
]);

/**
 * A change the graph layer handed over (a write's record, an event of the feed). A selection of
 * the record's own fields is answered from the record, which the write's statement returned as
 * it committed (a read of it again cost every write a round trip to Neo4j); one that reaches
 * into `node` is read through the compiler by the sequence number, so `node` and everything
 * under it has the shape of every other compiled result.
 */
export const readChange = (
  change: ChangeRecord,
  { engine, limits }: GraphQLContext,
  { info, visibility }: { readonly info: GraphQLResolveInfo; readonly visibility: DraftVisibility },
): Promise<unknown> => {
  const type = getNamedType(info.returnType);
  if (isObjectType(type)) {
    const selected = collectSubfields(info, type, info.fieldNodes);
    const fromRecord = [...selected.values()].every((nodes) =>
      nodes.every((node) => RECORD_FIELDS.has(node.name.value)),
    );
    if (fromRecord) return Promise.resolve(change);
  }
  return engine.read(selectFieldAs(info, limits, { field: 'change', args: { sequence: change.sequence } }), visibility);
};

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

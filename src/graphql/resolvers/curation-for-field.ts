import type { GraphQLResolveInfo } from 'graphql';
import type { CurationGraph } from '../../graph/api/curation-graph';
import type { GraphQLContext } from '../context/context';

/**
 * The curation graph a mutation field writes through: under the request's `Idempotency-Key` and
 * the field's response key (an operation may hold several writes, each its own key), so a retry
 * of the same request is answered from the change log instead of writing again.
 */
export function curationForField(context: GraphQLContext, info: GraphQLResolveInfo): CurationGraph {
  if (context.idempotencyKey === null || context.idempotencyKey === undefined) return context.curation;
  return context.curation.withKey(`${context.idempotencyKey}/${String(info.path.key)}`);
}

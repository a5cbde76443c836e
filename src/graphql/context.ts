import type { QueryLimits } from '../config/load-config';
import type { RequestGraph } from '../graph/request-graph';

/** What every resolver receives: the request's view of the graph and the argument bounds. */
export interface GraphQLContext {
  readonly graph: RequestGraph;
  readonly limits: QueryLimits;
  readonly requestId: string;
}

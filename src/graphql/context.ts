import type { QueryLimits } from '../config/load-config';
import type { QueryEngine } from '../graph/compile/query-engine';

/** What every resolver receives: the server's query engine and the argument bounds. */
export interface GraphQLContext {
  readonly engine: QueryEngine;
  readonly limits: QueryLimits;
  readonly requestId: string;
}

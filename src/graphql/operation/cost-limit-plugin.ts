import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { LRUCache } from 'lru-cache';
import { estimateOperationCost, refuseCostAbove } from './check-operation-cost';

/**
 * Costs kept: one per distinct document, operation and variables. A client repeats a few dozen
 * operations with a few values each; the cost walk of the document against the schema is one of
 * the larger shares of a small request's CPU, and its result depends on nothing else.
 */
const COST_CACHE_SIZE = 2000;

/**
 * Refuses operations whose estimated cost exceeds `maxCost` before any resolver runs. Unlike a
 * validation rule, this sees the variables, so `first: $n` costs what `$n` says. A document is
 * costed once per set of variables (keyed by Apollo's hash of the query text); variables that do
 * not coerce are refused every time, never cached.
 */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  let schema: GraphQLSchema | undefined;
  const costs = new LRUCache<string, number>({ max: COST_CACHE_SIZE });
  return {
    async serverWillStart(service) {
      schema = service.schema;
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, queryHash }) {
          if (schema === undefined) throw new Error('costLimitPlugin: the server has not started');
          const key = `${queryHash}\n${request.operationName ?? ''}\n${JSON.stringify(request.variables ?? {})}`;
          let cost = costs.get(key);
          if (cost === undefined) {
            cost = estimateOperationCost({
              schema,
              document,
              operationName: request.operationName,
              variables: request.variables,
            });
            costs.set(key, cost);
          }
          refuseCostAbove(cost, maxCost);
        },
      };
    },
  };
}

import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { checkOperationCost } from './check-operation-cost';

/**
 * Refuses operations whose estimated cost exceeds `maxCost` before any resolver runs. Unlike a
 * validation rule, this sees the variables, so `first: $n` costs what `$n` says.
 */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  let schema: GraphQLSchema | undefined;
  return {
    async serverWillStart(service) {
      schema = service.schema;
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          if (schema === undefined) throw new Error('costLimitPlugin: the server has not started');
          checkOperationCost({
            schema,
            document,
            operationName: request.operationName,
            variables: request.variables,
            maxCost,
          });
        },
      };
    },
  };
}

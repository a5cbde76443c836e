import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { createResolvers } from './create-resolvers';
import { loadTypeDefs } from './load-type-defs';

/**
 * The executable schema, built once and shared by the HTTP endpoint (Apollo) and the WebSocket
 * endpoint (graphql-ws), so queries, mutations and subscriptions all see the same types.
 */
export function createGraphQLSchema(): GraphQLSchema {
  return makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: createResolvers() });
}

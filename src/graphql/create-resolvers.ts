import { changeResolvers } from './resolvers/change-resolvers';
import { mutationResolvers, payloadTypeResolvers } from './resolvers/mutation-resolvers';
import { queryResolvers } from './resolvers/query-resolvers';
import { typeResolvers } from './resolvers/type-resolvers';

/** Every resolver of the schema: the reads (compiled), then the writes and the subscription. */
export function createResolvers() {
  return {
    ...typeResolvers,
    ...payloadTypeResolvers,
    ...changeResolvers,
    Query: queryResolvers,
    Mutation: mutationResolvers,
  };
}

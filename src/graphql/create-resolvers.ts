import { queryResolvers } from './resolvers/query-resolvers';
import { typeResolvers } from './resolvers/type-resolvers';

/** Every resolver of the schema. */
export function createResolvers() {
  return { Query: queryResolvers, ...typeResolvers };
}

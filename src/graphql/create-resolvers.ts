import { changeResolvers } from './resolvers/change-resolvers';
import { extractArticleResolvers } from './resolvers/extract-article-resolver';
import { factMutationResolvers } from './resolvers/fact-mutation-resolvers';
import { mutationResolvers } from './resolvers/mutation-resolvers';
import { payloadTypeResolvers } from './resolvers/payload-resolvers';
import { queryResolvers } from './resolvers/query-resolvers';
import { typeResolvers } from './resolvers/type-resolvers';

/** Every resolver of the schema: the reads (compiled), then the writes and the subscription. */
export function createResolvers() {
  return {
    ...typeResolvers,
    ...payloadTypeResolvers,
    ...changeResolvers,
    Query: queryResolvers,
    Mutation: { ...mutationResolvers, ...factMutationResolvers, ...extractArticleResolvers },
  };
}

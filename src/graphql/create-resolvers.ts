import { changeResolvers } from './resolvers/change-resolvers';
import { factMutationResolvers } from './resolvers/fact-mutation-resolvers';
import { mutationResolvers } from './resolvers/mutation-resolvers';
import { queryResolvers } from './resolvers/query-resolvers';
import { typeResolvers } from './resolvers/type-resolvers';

const NODE_TYPES = ['Person', 'Organization', 'Place', 'Event', 'Claim', 'Source'] as const;

/** Every resolver of the schema: the read side, then the curation side (writes, change log, subscription). */
export function createResolvers() {
  const { history, Claim, Query, ...curationTypes } = changeResolvers;
  const resolvers: Record<string, object> = {
    ...typeResolvers,
    ...curationTypes,
    Query: { ...queryResolvers, ...Query },
    Mutation: { ...mutationResolvers, ...factMutationResolvers },
  };
  for (const type of NODE_TYPES) resolvers[type] = { ...resolvers[type], history };
  resolvers.Claim = { ...resolvers.Claim, ...Claim };
  return resolvers;
}

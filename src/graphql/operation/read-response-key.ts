import type { GraphQLFieldResolver } from 'graphql';

/**
 * The default field resolver: compiled results are maps keyed by response key (the alias, or
 * the field name), so a field is read by its response key; absent values are null. Objects built
 * in JavaScript and keyed by field name have their own resolvers (see byFieldName).
 */
export const readResponseKey: GraphQLFieldResolver<unknown, unknown> = (parent, _args, _context, info) => {
  if (parent === null || typeof parent !== 'object') return null;
  return (parent as Record<string, unknown>)[info.path.key] ?? null;
};

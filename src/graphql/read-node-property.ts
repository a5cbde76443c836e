import type { GraphQLFieldResolver } from 'graphql';

/**
 * The default field resolver: a field of a node record (`{label, properties}`) is read from its
 * properties, absent properties being null; any other parent is read as a plain object. This
 * saves a hand-written resolver for every scalar field of every type.
 */
export const readNodeProperty: GraphQLFieldResolver<unknown, unknown> = (parent, _args, _context, info) => {
  if (parent === null || typeof parent !== 'object') return null;
  const record = parent as { label?: unknown; properties?: Record<string, unknown> };
  if (typeof record.label === 'string' && record.properties !== undefined) {
    return record.properties[info.fieldName] ?? null;
  }
  return (parent as Record<string, unknown>)[info.fieldName] ?? null;
};

import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ValidationRule } from 'graphql';
import type { QueryLimits } from '../../config/load-config';

/** graphql-armor's protections as validation rules (and the plugins some of them need). */
export interface QueryShapeProtection {
  readonly validationRules: readonly ValidationRule[];
  readonly plugins: readonly ApolloServerPlugin[];
}

/**
 * The depth, alias and directive limits, one set for POST /graphql and the WebSocket alike, so an
 * operation refused over one is refused over the other with the same message. graphql-armor's
 * own token limit turns syntax errors into 500s (the parser's `maxTokens` bounds tokens instead);
 * its cost limit cannot see variables (checkOperationCost does that).
 */
export function protectQueryShape(limits: QueryLimits): QueryShapeProtection {
  const { validationRules, plugins } = new ApolloArmor({
    maxDepth: { n: limits.maxQueryDepth, exposeLimits: false },
    maxAliases: { n: limits.maxAliases, exposeLimits: false },
    maxDirectives: { n: limits.maxDirectives, exposeLimits: false },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    // Its suggestion mask misses enum values; hideSuggestions (in formatError) covers every shape.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return { validationRules, plugins };
}

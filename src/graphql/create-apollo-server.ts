import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Logger } from 'pino';
import type { Config } from '../config/load-config';
import type { Metrics } from '../observability/create-metrics';
import type { GraphQLContext } from './context';
import { createResolvers } from './create-resolvers';
import { loadTypeDefs } from './load-type-defs';
import { errorLoggingPlugin, maskError } from './mask-errors';
import { metricsPlugin } from './metrics-plugin';
import { readNodeProperty } from './read-node-property';

export interface ApolloDependencies {
  readonly config: Config;
  readonly metrics: Metrics;
  readonly logger: Logger;
  /** Extra plugins, e.g. the HTTP server drain. */
  readonly plugins?: readonly ApolloServerPlugin<GraphQLContext>[];
}

/**
 * The GraphQL server, with its policies stated here rather than left to defaults:
 * - no landing page (Apollo's loads from a CDN and is blank offline; /explore is ours),
 * - no stack traces in any mode (they carry file paths), unexpected errors masked,
 * - automatic persisted queries off (every request carries its query; nothing to poison),
 * - batched requests off, CSRF prevention on, token count bounded at parse time.
 */
export function createApolloServer({ config, metrics, logger, plugins = [] }: ApolloDependencies): ApolloServer<GraphQLContext> {
  return new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers: createResolvers(),
    fieldResolver: readNodeProperty,
    introspection: config.http.introspection,
    includeStacktraceInErrorResponses: false,
    formatError: maskError,
    persistedQueries: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    parseOptions: { maxTokens: config.limits.maxTokens },
    plugins: [ApolloServerPluginLandingPageDisabled(), metricsPlugin(metrics), errorLoggingPlugin(logger), ...plugins],
  });
}

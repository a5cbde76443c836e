import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { costLimitPlugin } from './operation/cost-limit-plugin';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { Config } from '../config/load-config';
import type { Metrics } from '../observability/create-metrics';
import type { GraphQLContext } from './context/context';
import { createErrorFormatter } from './operation/create-error-formatter';
import { errorLoggingPlugin } from './operation/mask-errors';
import { metricsPlugin } from './metrics-plugin';
import { protectQueryShape } from './operation/protect-query-shape';
import { readResponseKey } from './operation/read-response-key';

export interface ApolloDependencies {
  readonly config: Config;
  readonly metrics: Metrics;
  readonly logger: Logger;
  /** The executable schema (createGraphQLSchema), shared with the WebSocket endpoint. */
  readonly schema: GraphQLSchema;
  /** Extra plugins, e.g. the HTTP server drain. */
  readonly plugins?: readonly ApolloServerPlugin<GraphQLContext>[];
}

/**
 * The GraphQL server, with its policies stated here rather than left to defaults:
 * - no landing page (Apollo's loads from a CDN and is blank offline; /explore is ours),
 * - no stack traces in any mode (they carry file paths), unexpected errors masked,
 * - automatic persisted queries off (every request carries its query; nothing to poison),
 * - batched requests off, CSRF prevention on, token count bounded at parse time,
 * - no cache control, inline traces or usage reporting: the schema sets no cache hints and nothing
 *   reads traces, while any of them hooks every field of every request (cache control is on by
 *   default and wraps each resolver), a cost paid per field for nothing.
 */
export function createApolloServer({
  config,
  metrics,
  logger,
  schema,
  plugins = [],
}: ApolloDependencies): ApolloServer<GraphQLContext> {
  const { limits } = config;
  // The same limits guard the WebSocket (serveSubscriptions).
  const armor = protectQueryShape(limits);
  return new ApolloServer<GraphQLContext>({
    schema,
    fieldResolver: readResponseKey,
    introspection: config.http.introspection,
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter(config.production),
    persistedQueries: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // main.ts owns SIGTERM/SIGINT. Apollo's own handler (on whenever NODE_ENV is not "test") stops
    // the server and then re-sends the signal to the process, which main.ts took as a second
    // signal and answered with exit code 1.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: [...armor.validationRules],
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ...armor.plugins,
      costLimitPlugin(limits.maxCost),
      metricsPlugin(metrics),
      errorLoggingPlugin(logger),
      ...plugins,
    ],
  });
}

import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { costLimitPlugin } from './cost-limit-plugin';
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
import type { GraphQLContext } from './context';
import { hideSuggestions } from './hide-suggestions';
import { errorLoggingPlugin, maskError } from './mask-errors';
import { metricsPlugin } from './metrics-plugin';
import { readResponseKey } from './read-response-key';

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
  // graphql-armor's own token limit turns syntax errors into 500s; Apollo's parseOptions bounds
  // tokens instead. Its cost limit cannot see variables; costLimitPlugin does that.
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxQueryDepth, exposeLimits: false },
    maxAliases: { n: limits.maxAliases, exposeLimits: false },
    maxDirectives: { n: limits.maxDirectives, exposeLimits: false },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    // Its suggestion mask misses enum values; hideSuggestions (in formatError) covers every shape.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return new ApolloServer<GraphQLContext>({
    schema,
    fieldResolver: readResponseKey,
    introspection: config.http.introspection,
    includeStacktraceInErrorResponses: false,
    formatError: config.production ? (formatted, error) => hideSuggestions(maskError(formatted, error)) : maskError,
    persistedQueries: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // main.ts owns SIGTERM/SIGINT. Apollo's own handler (on whenever NODE_ENV is not "test") stops
    // the server and then re-sends the signal to the process, which main.ts took as a second
    // signal and answered with exit code 1.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: armor.validationRules,
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

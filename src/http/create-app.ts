import type { Server } from 'node:http';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import cors from 'cors';
import express from 'express';
import type { Logger } from 'pino';
import type { Config } from '../config/load-config';
import type { GraphDatabase } from '../graph/graph-database';
import type { GraphQLSchema } from 'graphql';
import { createApolloServer } from '../graphql/create-apollo-server';
import type { GraphQLContext } from '../graphql/context/context';
import { authenticateViewer, createRequestContext, type ContextServices } from '../graphql/context/create-context';
import type { Metrics } from '../observability/create-metrics';
import { exportRoute } from './export-route';
import type { Readiness } from './readiness';
import { answerHttpErrors, answerNotFound } from './answer-http-errors';
import { mountDeveloperPages } from './developer-pages';
import { mountOperationalRoutes } from './operational-routes';

export interface AppDependencies {
  readonly config: Config;
  readonly database: GraphDatabase;
  readonly metrics: Metrics;
  readonly logger: Logger;
  /** The HTTP server the app will be mounted on, so shutdown can drain its connections. */
  readonly httpServer: Server;
  readonly readiness: Readiness;
  readonly schema: GraphQLSchema;
  readonly services: ContextServices;
  /** Disposes the WebSocket endpoint when Apollo stops (see serveSubscriptions). */
  readonly subscriptionsDrain?: () => Promise<void>;
}

/**
 * The HTTP surface: /graphql, /healthz, /readyz and /metrics. Resolves once Apollo has started;
 * stop it with `apollo.stop()`, which drains in-flight requests first.
 */
export async function createApp({
  config,
  database,
  metrics,
  logger,
  httpServer,
  readiness,
  schema,
  services,
  subscriptionsDrain,
}: AppDependencies) {
  const apollo = createApolloServer({
    config,
    metrics,
    logger,
    schema,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Closes the WebSocket endpoint with the HTTP server, so shutdown does not wait on sockets.
      ...(subscriptionsDrain === undefined
        ? []
        : [{ serverWillStart: () => Promise.resolve({ drainServer: subscriptionsDrain }) }]),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  const corsOptions = {
    origin: config.http.corsOrigins.includes('*') ? true : [...config.http.corsOrigins],
    maxAge: 600,
  };

  mountOperationalRoutes(app, { database, readiness, metrics });
  mountDeveloperPages(app);

  app.use(
    '/graphql',
    cors(corsOptions),
    express.json({ limit: config.http.bodyLimitBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<GraphQLContext> => {
        const context = await createRequestContext(services, curationHeadersOf(req));
        res.setHeader('x-request-id', context.requestId);
        return context;
      },
    }),
  );

  app.get(
    '/export',
    cors(corsOptions),
    exportRoute({
      engine: services.engine,
      limits: config.limits,
      schema,
      hideSuggestions: config.production,
      viewerOf: (authorization) => authenticateViewer(services, authorization),
    }),
  );

  app.use(answerNotFound);
  app.use(answerHttpErrors(logger, config.http.bodyLimitBytes));

  return { app, apollo };
}

/** The headers a request's context is built from: the bearer token and a write's idempotency key. */
function curationHeadersOf(req: express.Request) {
  return { authorization: req.headers.authorization, idempotencyKey: req.get('idempotency-key') ?? null };
}

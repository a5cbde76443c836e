import path from 'node:path';
import type { Server } from 'node:http';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import cors from 'cors';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import type { Config } from '../config/load-config';
import type { GraphDatabase } from '../graph/graph-database';
import type { GraphQLSchema } from 'graphql';
import { createApolloServer } from '../graphql/create-apollo-server';
import type { GraphQLContext } from '../graphql/context';
import { createRequestContext, type ContextServices } from '../graphql/create-context';
import type { Metrics } from '../observability/create-metrics';
import { exportRoute } from './export-route';
import type { Readiness } from './readiness';

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

const READY_TIMEOUT_MS = 1_000;
const PUBLIC_DIR = path.resolve(__dirname, '../../public');

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

  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });

  app.get('/readyz', async (_request, response) => {
    const heldBy = readiness.heldBy;
    if (heldBy !== undefined) {
      response.status(503).json({ status: 'unavailable', reason: heldBy });
      return;
    }
    try {
      await database.ping(READY_TIMEOUT_MS);
      response.json({ status: 'ready' });
    } catch {
      response.status(503).json({ status: 'unavailable', reason: 'Neo4j did not answer within 1 s' });
    }
  });

  app.get('/metrics', async (_request, response) => {
    response.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  app.use(
    '/graphql',
    cors(corsOptions),
    express.json({ limit: config.http.bodyLimitBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<GraphQLContext> => {
        const context = await createRequestContext(services, req.headers.authorization);
        res.setHeader('x-request-id', context.requestId);
        return context;
      },
    }),
  );

  app.get('/export', cors(corsOptions), exportRoute(database, config.limits));

  // The explorer page and its libraries, served from this package: the machine may be offline.
  app.get('/explore', (_request, response) => {
    response.sendFile(path.join(PUBLIC_DIR, 'explore.html'));
  });
  // No max-age: ETags let browsers revalidate, so a deploy never leaves stale scripts behind.
  app.use('/explore', express.static(PUBLIC_DIR, { index: false, maxAge: 0 }));
  app.use(
    '/vendor/cytoscape',
    express.static(path.dirname(require.resolve('cytoscape/dist/cytoscape.min.js')), { maxAge: '1d' }),
  );

  app.use((_request: Request, response: Response) => {
    response.status(404).json({ error: { code: 'NOT_FOUND', message: 'No such endpoint' } });
  });

  // Express answers its own errors (bad JSON, oversized bodies) with HTML; clients get JSON.
  app.use((error: unknown, _request: Request, response: Response, _next: NextFunction) => {
    const status =
      typeof (error as { status?: unknown }).status === 'number' ? (error as { status: number }).status : 500;
    const type = (error as { type?: unknown }).type;
    if (status >= 500) logger.error({ err: error }, 'HTTP request failed');
    const message =
      type === 'entity.parse.failed'
        ? 'The request body is not valid JSON'
        : type === 'entity.too.large'
          ? `The request body is larger than ${config.http.bodyLimitBytes} bytes`
          : status >= 500
            ? 'Internal server error'
            : 'Bad request';
    response
      .status(status)
      .json({ errors: [{ message, extensions: { code: status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
  });

  return { app, apollo };
}

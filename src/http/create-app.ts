import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Server } from 'node:http';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import cors from 'cors';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import type { Config } from '../config/load-config';
import type { GraphDatabase } from '../graph/graph-database';
import { QueryEngine } from '../graph/compile/query-engine';
import { createApolloServer } from '../graphql/create-apollo-server';
import type { GraphQLContext } from '../graphql/context';
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
}

const READY_TIMEOUT_MS = 1_000;
const PUBLIC_DIR = path.resolve(__dirname, '../../public');

/**
 * Compiled Cypher texts kept: one per shape of root field (selection and arguments present); a
 * client's operations have a few dozen shapes, and each text is a few kilobytes.
 */
const COMPILED_QUERY_CACHE_SIZE = 1000;

/**
 * The HTTP surface: /graphql, /healthz, /readyz and /metrics. Resolves once Apollo has started;
 * stop it with `apollo.stop()`, which drains in-flight requests first.
 */
export async function createApp({ config, database, metrics, logger, httpServer, readiness }: AppDependencies) {
  const apollo = createApolloServer({
    config,
    metrics,
    logger,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();
  const engine = new QueryEngine(database, COMPILED_QUERY_CACHE_SIZE);

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
      context: async ({ res }): Promise<GraphQLContext> => {
        const requestId = randomUUID();
        res.setHeader('x-request-id', requestId);
        return { engine, limits: config.limits, requestId };
      },
    }),
  );

  app.get('/export', cors(corsOptions), exportRoute(engine, config.limits));

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

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Config } from './config/load-config';
import { GraphDatabase } from './graph/graph-database';
import { createApp } from './http/create-app';
import { createContextServices } from './graphql/context/create-context';
import { createGraphQLSchema } from './graphql/create-graphql-schema';
import { serveSubscriptions } from './graphql/subscriptions/serve-subscriptions';
import { createMetrics, type Metrics } from './observability/create-metrics';
import { createLogger } from './observability/create-logger';
import { Readiness } from './http/readiness';
import type { ArticleDrafter } from './graphql/context/article-drafter';

export interface RunningServer {
  /** e.g. http://127.0.0.1:4000 */
  readonly url: string;
  readonly metrics: Metrics;
  readonly database: GraphDatabase;
  readonly logger: Logger;
  /** Hold it to make /readyz answer 503 with a reason (graph being prepared, shutting down). */
  readonly readiness: Readiness;
  /** Stops taking requests, lets in-flight ones finish, then closes the driver. */
  stop(): Promise<void>;
}

/**
 * Starts the HTTP server on the configured host and port (0 picks a free port). It starts even
 * when Neo4j is down: /readyz says so, and requests fail fast until the database answers.
 */
export interface ServerParts {
  /**
   * Builds the drafter of `extractArticle` over the server's database. The composition root
   * passes it, since it joins the extractor with the seed loader; without it the mutation is refused.
   */
  readonly articleDrafter?: (database: GraphDatabase) => ArticleDrafter;
}

export async function startServer(
  config: Config,
  logger: Logger = createLogger(config),
  parts: ServerParts = {},
): Promise<RunningServer> {
  const metrics = createMetrics();
  const database = new GraphDatabase(config.neo4j, (mode) => metrics.neo4jQueries.inc({ mode }));
  const httpServer = createServer();
  const readiness = new Readiness();
  const schema = createGraphQLSchema();
  const services = createContextServices({
    config,
    database,
    logger,
    articleDrafter: parts.articleDrafter?.(database) ?? null,
  });
  const subscriptionsDrain = serveSubscriptions(httpServer, schema, services);
  const { app, apollo } = await createApp({
    config,
    database,
    metrics,
    logger,
    httpServer,
    readiness,
    schema,
    services,
    subscriptionsDrain,
  });
  httpServer.on('request', app);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.http.port, config.http.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.http.host === '0.0.0.0' ? '127.0.0.1' : config.http.host;
  let stopping: Promise<void> | null = null;
  return {
    url: `http://${host}:${port}`,
    metrics,
    database,
    logger,
    readiness,
    stop: () => {
      stopping ??= (async () => {
        await apollo.stop();
        await database.close();
      })();
      return stopping;
    },
  };
}

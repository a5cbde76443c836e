import { startLocalNeo4j } from '../db/local-neo4j';
import { loadDatabaseSettings } from '../seed/load-database-settings';
import { createGraphDrafter } from '../extract/draft-into-graph';
import { loadSeed } from '../seed/load-seed';
import { DEFAULT_SEED_DIR, readSeedInputs } from '../seed/read-seed-inputs';
import { ConfigError, loadConfig, type Config } from './config/load-config';
import { GraphDatabase } from './graph/graph-database';
import { countGraph } from './graph/read/count-graph';
import { createLogger } from './observability/create-logger';
import { startServer } from './start-server';
import type { Logger } from 'pino';

const MAX_BACKOFF_MS = 10_000;
const PREPARING = 'starting: waiting for Neo4j, then seeding the graph if it is empty';

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * `npm start`: starts the local Neo4j when NEO4J_URI names one that is not running, serves
 * GraphQL, and seeds the graph from seed/data once Neo4j answers and the graph is empty.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  if (config.neo4j.local !== null) {
    await startLocalNeo4j(config.neo4j.local, (line) => logger.info(line));
  }
  const server = await startServer(config, logger, {
    articleDrafter: (database) => createGraphDrafter(config, database),
  });
  server.readiness.hold(PREPARING);
  logger.info(`GraphQL at ${server.url}/graphql, explorer at ${server.url}/explore`);
  prepareGraph(config, server.database, logger)
    .catch((error: unknown) => logger.error({ err: error }, 'Preparing the graph failed; serving the graph as it is'))
    .finally(() => server.readiness.release(PREPARING));

  let signals = 0;
  const shutdown = (signal: string) => {
    signals += 1;
    if (signals > 1) process.exit(1);
    logger.info({ signal }, 'Shutting down: finishing in-flight requests');
    server.readiness.hold('shutting down');
    const { shutdownDelayMs, shutdownGraceMs } = config.http;
    const timer = setTimeout(() => {
      logger.error('In-flight requests did not finish in time; exiting');
      process.exit(1);
    }, shutdownDelayMs + shutdownGraceMs);
    timer.unref();
    // Behind a load balancer, /readyz turns 503 first and the listener stays open for the delay,
    // so connections routed here before the balancer noticed are still answered, not reset.
    delay(shutdownDelayMs)
      .then(() => server.stop())
      .then(
        () => {
          logger.info('Shut down: in-flight requests finished, Neo4j driver closed');
          process.exit(0);
        },
        (error: unknown) => {
          logger.error({ err: error }, 'Shutdown failed');
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

/** Waits for Neo4j with backoff (logging once, not on every try), then seeds an empty graph. */
async function prepareGraph(config: Config, database: GraphDatabase, logger: Logger): Promise<void> {
  let backoff = 250;
  let warned = false;
  for (;;) {
    try {
      await database.ping(1_000);
      break;
    } catch {
      if (!warned)
        logger.warn(
          `Neo4j is not answering at ${config.neo4j.uri}; retrying with backoff. /readyz reports 503 until it does.`,
        );
      warned = true;
      await delay(backoff);
      backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
    }
  }
  if (warned) logger.info('Neo4j is answering now');
  const counts = await countGraph(database);
  if (Object.values(counts.nodes).some((count) => count > 0)) return;
  const { inputs, problems } = readSeedInputs([DEFAULT_SEED_DIR]);
  if (problems.length > 0) {
    logger.error({ problems }, 'The graph is empty and the seed files could not be read');
    return;
  }
  const result = await withLoadTimeout(config, (loader) =>
    loadSeed(loader, inputs, { print: (line) => logger.info(line) }),
  );
  if (result.kind === 'invalid')
    logger.error({ problems: result.problems }, 'The graph is empty and the seed files are invalid');
  else logger.info(`The graph was empty: seeded from ${DEFAULT_SEED_DIR}`);
}

/** Runs `load` with a driver of its own, whose transactions may last as long as a load needs. */
async function withLoadTimeout<T>(config: Config, load: (loader: GraphDatabase) => Promise<T>): Promise<T> {
  const loader = new GraphDatabase(loadDatabaseSettings(config.neo4j));
  try {
    return await load(loader);
  } finally {
    await loader.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
});

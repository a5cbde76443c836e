import { startLocalNeo4j } from '../db/local-neo4j';
import { loadSeed } from '../seed/load-seed';
import { DEFAULT_SEED_DIR, readSeedInputs } from '../seed/read-seed-inputs';
import { ConfigError, loadConfig, type Config } from './config/load-config';
import type { GraphDatabase } from './graph/graph-database';
import { countGraph } from './graph/load-graph-rows';
import { createLogger } from './observability/create-logger';
import { startServer } from './start-server';
import type { Logger } from 'pino';

const MAX_BACKOFF_MS = 10_000;

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
  const server = await startServer(config, logger);
  logger.info(`GraphQL at ${server.url}/graphql, explorer at ${server.url}/explore`);
  void prepareGraph(config, server.database, logger);

  let signals = 0;
  const shutdown = (signal: string) => {
    signals += 1;
    if (signals > 1) process.exit(1);
    logger.info({ signal }, 'Shutting down: finishing in-flight requests');
    const timer = setTimeout(() => {
      logger.error('In-flight requests did not finish in time; exiting');
      process.exit(1);
    }, config.http.shutdownGraceMs);
    timer.unref();
    server.stop().then(
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
  let delay = 250;
  let warned = false;
  for (;;) {
    try {
      await database.ping(1_000);
      break;
    } catch {
      if (!warned) logger.warn(`Neo4j is not answering at ${config.neo4j.uri}; retrying with backoff. /readyz reports 503 until it does.`);
      warned = true;
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, MAX_BACKOFF_MS);
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
  const result = await loadSeed(database, inputs, { print: (line) => logger.info(line) });
  if (result.kind === 'invalid') logger.error({ problems: result.problems }, 'The graph is empty and the seed files are invalid');
  else logger.info(`The graph was empty: seeded from ${DEFAULT_SEED_DIR}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
});

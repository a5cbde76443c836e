/**
 * The environment every test runs with: a Neo4j of its own on a separate port and data folder,
 * so tests never touch the development database. `KG_TEST_NEO4J_PORT` moves it when that port
 * is taken.
 */
const port = process.env.KG_TEST_NEO4J_PORT ?? '17687';

/** The port of the test Neo4j's Bolt connector. */
export const TEST_NEO4J_PORT = Number(port);

/**
 * A port for a test that needs a Neo4j of its own (to stop and start it), placed at `offset` from
 * the test Neo4j's port, so two checkouts whose tests run side by side on distinct
 * `KG_TEST_NEO4J_PORT`s never stop each other's databases.
 */
export function ownNeo4jPort(offset: number): number {
  return TEST_NEO4J_PORT + offset;
}

/**
 * The port of the CoreNLP server the extraction tests share (`KG_TEST_CORENLP_PORT`); global setup
 * reuses one that already answers there, or starts one.
 */
export const TEST_CORENLP_PORT = Number(process.env.KG_TEST_CORENLP_PORT ?? '19000');

export const TEST_ENVIRONMENT: NodeJS.ProcessEnv = {
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  NEO4J_URI: `bolt://127.0.0.1:${port}`,
  NEO4J_LOCAL_DATA: `.neo4j/test-${port}`,
  NEO4J_LOCAL_HEAP: '1g',
  NEO4J_LOCAL_PAGECACHE: '256m',
  CORENLP_URLS: `http://127.0.0.1:${TEST_CORENLP_PORT}`,
  CORENLP_LOCAL_DATA: `.corenlp/test-${TEST_CORENLP_PORT}`,
  // Assigning undefined to process.env would store the string "undefined", which breaks mvn.
  ...(process.env.JAVA_HOME === undefined ? {} : { JAVA_HOME: process.env.JAVA_HOME }),
  // The first writes into a freshly started Neo4j run before its JIT has warmed up, and on a
  // busy two-core machine they have taken over the production default of 10 s; no test is about
  // that limit, so tests allow a minute (NEO4J_TRANSACTION_TIMEOUT_MS in the environment wins).
  NEO4J_TRANSACTION_TIMEOUT_MS: process.env.NEO4J_TRANSACTION_TIMEOUT_MS ?? '60000',
  // Likewise the engine: its first requests load the models (45 s alone), and at load 16 an
  // extract run asked the engine five times for three articles, retries after the 120 s default
  // ran out being the likely cause. Tests of the timeout itself pass their own.
  CORENLP_TIMEOUT_MS: process.env.CORENLP_TIMEOUT_MS ?? '600000',
};

Object.assign(process.env, TEST_ENVIRONMENT);

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

export const TEST_ENVIRONMENT: NodeJS.ProcessEnv = {
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  NEO4J_URI: `bolt://127.0.0.1:${port}`,
  NEO4J_LOCAL_DATA: `.neo4j/test-${port}`,
  NEO4J_LOCAL_HEAP: '1g',
  NEO4J_LOCAL_PAGECACHE: '256m',
  // Assigning undefined to process.env would store the string "undefined", which breaks mvn.
  ...(process.env.JAVA_HOME === undefined ? {} : { JAVA_HOME: process.env.JAVA_HOME }),
  // On a machine busy with other work, a first load into a cold Neo4j can outlast the default
  // 10 s; a developer may raise it for the test run without touching the code.
  ...(process.env.NEO4J_TRANSACTION_TIMEOUT_MS === undefined
    ? {}
    : { NEO4J_TRANSACTION_TIMEOUT_MS: process.env.NEO4J_TRANSACTION_TIMEOUT_MS }),
};

Object.assign(process.env, TEST_ENVIRONMENT);

import { loadConfig, type Config } from '../../src/config/load-config';
import { GraphDatabase } from '../../src/graph/graph-database';
import { deleteWholeGraph } from '../../src/graph/write/load-graph-rows';
import { TEST_ENVIRONMENT } from './test-environment';

/** The configuration tests run with: the test Neo4j, silent logs. */
export function testConfig(overrides: NodeJS.ProcessEnv = {}): Config {
  return loadConfig({ ...TEST_ENVIRONMENT, ...overrides });
}

/** A database handle on the test Neo4j, with the graph emptied so the test starts clean. */
export async function openEmptyTestDatabase(): Promise<GraphDatabase> {
  const database = new GraphDatabase(testConfig().neo4j);
  await deleteWholeGraph(database);
  return database;
}

import { createGraphDrafter } from '../../extract/draft-into-graph';
import { loadSeed } from '../../seed/load-seed';
import { DEFAULT_SEED_DIR, readSeedInputs } from '../../seed/read-seed-inputs';
import type { GraphDatabase } from '../../src/graph/graph-database';
import { startServer, type RunningServer } from '../../src/start-server';
import { openEmptyTestDatabase, testConfig } from './test-database';

export interface GraphQLResponse<Data = Record<string, unknown>> {
  readonly status: number;
  readonly data?: Data | null;
  readonly errors?: readonly {
    message: string;
    path?: readonly (string | number)[];
    extensions?: Record<string, unknown>;
  }[];
}

export interface SeededServer {
  readonly server: RunningServer;
  readonly database: GraphDatabase;
  /** POSTs one operation to /graphql and returns the parsed body with the HTTP status. */
  graphql<Data = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<Data>>;
  /** Cypher queries sent so far, from the server's own `kg_neo4j_queries_total`. */
  queriesSent(): Promise<number>;
  close(): Promise<void>;
}

/** A server on a free port over the test Neo4j, loaded with the real article (seed/data). */
export async function startSeededServer(overrides: NodeJS.ProcessEnv = {}): Promise<SeededServer> {
  const database = await openEmptyTestDatabase();
  const loaded = await loadSeed(database, readSeedInputs([DEFAULT_SEED_DIR]).inputs);
  if (loaded.kind !== 'loaded') throw new Error(`The seed did not load: ${JSON.stringify(loaded)}`);
  const config = testConfig({ PORT: '0', ...overrides });
  // As src/main.ts does: the server's extractArticle runs the real extractor on the test engine.
  const server = await startServer(config, undefined, {
    articleDrafter: (graph) => createGraphDrafter(config, graph),
  });
  return {
    server,
    database,
    async graphql(query, variables = {}, headers = {}) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    async queriesSent() {
      const metric = await server.metrics.neo4jQueries.get();
      return metric.values.reduce((sum, value) => sum + value.value, 0);
    },
    async close() {
      await server.stop();
      await database.close();
    },
  };
}

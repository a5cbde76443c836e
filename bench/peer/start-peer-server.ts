import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL, type Neo4jGraphQLContext } from '@neo4j/graphql';
import express from 'express';
import neo4j from 'neo4j-driver';
import type { Config } from '../../src/config/load-config';

const TYPE_DEFS_FILE = path.resolve(__dirname, 'peer-type-defs.graphql');

export interface PeerServer {
  /** e.g. http://127.0.0.1:40123; GraphQL at `${url}/graphql`. */
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * The benchmark peer: @neo4j/graphql 7 generating its schema and Cypher from
 * peer-type-defs.graphql, served by Apollo Server 5 on Express, over the Neo4j `config` names.
 *
 * Set up as its documentation advises for a read API: the driver handed to the library, the
 * database named in `sessionConfig` (no home-database lookup per session), mutations off,
 * deprecated generated fields left out, and the string range filters (`gt`/`gte`/`lt`/`lte`)
 * switched on, since our partial ISO dates are strings. No authorization (our API has none);
 * `assertIndexesAndConstraints` is not called, the graph's indexes being ours. Apollo gets the
 * same policies as our server (no landing page, cache control, inline traces or usage
 * reporting), so the two differ in how they answer, not in Apollo's settings.
 */
export async function startPeerServer(config: Config): Promise<PeerServer> {
  const settings = config.neo4j;
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    connectionTimeout: settings.connectionTimeoutMs,
    connectionAcquisitionTimeout: settings.acquisitionTimeoutMs,
    maxTransactionRetryTime: settings.maxRetryTimeMs,
    maxConnectionPoolSize: settings.maxPoolSize,
    logging: { level: 'error', logger: () => undefined },
  });
  const library = new Neo4jGraphQL({
    typeDefs: readFileSync(TYPE_DEFS_FILE, 'utf8'),
    driver,
    features: {
      filters: { String: { GT: true, GTE: true, LT: true, LTE: true } },
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  });
  const apollo = new ApolloServer<Neo4jGraphQLContext>({
    schema: await library.getSchema(),
    persistedQueries: false,
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
    ],
  });
  await apollo.start();

  const app = express();
  app.get('/readyz', async (_request, response) => {
    const ready = await driver.verifyConnectivity({ database: settings.database }).then(
      () => true,
      () => false,
    );
    response.status(ready ? 200 : 503).json({ ready });
  });
  app.use(
    '/graphql',
    express.json({ limit: config.http.bodyLimitBytes }),
    expressMiddleware(apollo, {
      context: () => Promise.resolve({ sessionConfig: { database: settings.database } }),
    }),
  );
  const httpServer = createServer(app);
  await listen(httpServer, config.http.port, config.http.host);
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://${config.http.host === '0.0.0.0' ? '127.0.0.1' : config.http.host}:${port}`,
    async stop() {
      await apollo.stop();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await driver.close();
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
}

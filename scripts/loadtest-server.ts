import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config/load-config';
import { GraphDatabase } from '../src/graph/graph-database';
import { startServer } from '../src/start-server';

/**
 * The server `npm run loadtest` starts when it is given no --url: the configured Neo4j (as npm
 * start, but never started or seeded from here), a free loopback port, warnings only. It runs in
 * a process of its own so the load generator's work and sockets do not count against it. Prints
 * `LISTENING <url>` once it serves; exits 0 on SIGTERM after finishing in-flight requests.
 * `--write-rate-limit N` replaces the per-subject write limit, for the mixed load test.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'write-rate-limit': { type: 'string' } } });
  const loaded = loadConfig();
  const writeRateLimit = values['write-rate-limit'];
  const config =
    writeRateLimit === undefined
      ? loaded
      : { ...loaded, auth: { ...loaded.auth, writeRateLimit: Number(writeRateLimit) } };
  const database = new GraphDatabase(config.neo4j);
  try {
    await database.ping(2_000);
  } catch {
    throw new Error(
      `Neo4j does not answer at ${config.neo4j.uri}; start it (npm run db:start, npm run seed) or pass --url`,
    );
  } finally {
    await database.close();
  }
  const server = await startServer({
    ...config,
    logLevel: 'warn',
    http: { ...config.http, host: '127.0.0.1', port: 0 },
  });
  process.once('SIGTERM', () => {
    server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
  console.log(`LISTENING ${server.url}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

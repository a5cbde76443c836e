import { loadConfig } from '../../src/config/load-config';
import { startPeerServer } from './start-peer-server';

/**
 * The peer as a process of its own (`tsx bench/peer/peer-main.ts`), so the benchmark measures
 * its CPU and memory apart from ours, as it does our server's. Same environment as our server
 * (NEO4J_URI, PORT, HOST, ...), read through the same config.
 */
async function main(): Promise<void> {
  const server = await startPeerServer(loadConfig());
  console.log(`Peer GraphQL (@neo4j/graphql) at ${server.url}/graphql`);
  const shutdown = () => {
    server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});

import { createConnection, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { GraphDatabase } from '../../src/graph/graph-database';
import { testConfig } from '../support/test-database';
import { TEST_NEO4J_PORT } from '../support/test-environment';

/**
 * A TCP relay in front of the test Neo4j whose open connections can be cut, as a restarting
 * cluster member or a load balancer cuts them: the driver sees the socket close mid-query.
 */
interface CuttableRelay {
  readonly uri: string;
  cutEveryConnection(): void;
  close(): Promise<void>;
}

async function startRelay(targetPort: number): Promise<CuttableRelay> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = createConnection({ host: '127.0.0.1', port: targetPort });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    uri: `bolt://127.0.0.1:${port}`,
    cutEveryConnection: () => {
      for (const socket of sockets) socket.destroy();
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Polls `probe` every 20 ms until it returns a value, for at most `timeoutMs`. */
async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`nothing found within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('transient failures inside a read transaction', () => {
  it('are retried by the driver: a read whose connection is cut mid-query still answers', async () => {
    let attempts = 0;
    const relay = await startRelay(TEST_NEO4J_PORT);
    const database = new GraphDatabase(
      testConfig({ NEO4J_URI: relay.uri, NEO4J_MAX_RETRY_TIME_MS: '30000' }).neo4j,
      () => {
        attempts += 1;
      },
    );
    const admin = new GraphDatabase(testConfig().neo4j);
    try {
      // A read that keeps Neo4j busy for a second or so, recognisable by the comment in its text.
      const marker = `retry-probe-${process.pid}-${Date.now()}`;
      const reading = database.read<{ n: number }>(
        `/* ${marker} */ UNWIND range(1, 15000000) AS x RETURN count(x) AS n`,
      );
      await waitFor(async () => {
        const running = await admin.runAutoCommit(
          'SHOW TRANSACTIONS YIELD connectionId, currentQuery WHERE currentQuery CONTAINS $marker RETURN connectionId',
          { marker },
        );
        return running.records[0]?.get('connectionId') as string | undefined;
      }, 10_000);
      relay.cutEveryConnection();

      const result = await reading;
      expect(Number(result.records[0]?.get('n'))).toBe(15_000_000);
      expect(attempts).toBe(2);
    } finally {
      await Promise.all([database.close(), admin.close()]);
      await relay.close();
    }
  });
});

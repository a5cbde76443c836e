import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A loopback HTTP proxy in front of a real server that counts the requests passing through it. */
export interface CountingProxy {
  readonly url: string;
  /** Requests forwarded so far (every method; CoreNLP annotates on POST). */
  readonly count: () => number;
  readonly close: () => Promise<void>;
}

/**
 * Starts a proxy on a free loopback port forwarding every request to `target` and its answer
 * back, so a test counts how often the real engine was asked, without replacing it.
 */
export async function startCountingProxy(target: string): Promise<CountingProxy> {
  let requests = 0;
  const server: Server = createServer((request, response) => {
    requests += request.method === 'POST' ? 1 : 0;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      fetch(`${target}${request.url ?? '/'}`, {
        method: request.method,
        headers: { 'content-type': request.headers['content-type'] ?? 'text/plain' },
        ...(request.method === 'POST' ? { body: Buffer.concat(chunks) } : {}),
      }).then(
        async (answer) => {
          response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'text/plain' });
          response.end(Buffer.from(await answer.arrayBuffer()));
        },
        (error: unknown) => {
          response.writeHead(502);
          response.end(String(error));
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    count: () => requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

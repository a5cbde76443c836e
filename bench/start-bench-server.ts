import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
// Starting a server takes tsx's compile of every module and Neo4j's first answer: on a two-core
// machine that other jobs kept at a load average of 20+, the peer took over a minute (8 December).
const READY_TIMEOUT_MS = 240_000;
const STOP_TIMEOUT_MS = 15_000;

/** The server's memory, from its own /metrics and (on Linux) the kernel's peak. */
export interface ServerMemory {
  readonly rssBytes: number;
  readonly heapUsedBytes: number;
  /** Peak resident memory of the server process since it started; null where /proc is missing. */
  readonly peakRssBytes: number | null;
}

/** A GraphQL server running as a child process. */
export interface ServerProcess {
  /** e.g. http://127.0.0.1:40123 */
  readonly url: string;
  readonly pid: number | null;
  /** Null while it runs; once it has exited, how, with its last lines of output. */
  exitReport(): string | null;
  stop(): Promise<void>;
}

/** Our server, with what its /metrics tells. */
export interface BenchServer extends ServerProcess {
  /** Cypher queries the server has sent so far (`kg_neo4j_queries_total`, all modes). */
  queriesSent(): Promise<number>;
  memory(): Promise<ServerMemory>;
}

/** Our server's entry point and the peer's, relative to the repository. */
export const OUR_SERVER_SCRIPT = 'src/main.ts';
export const PEER_SERVER_SCRIPT = 'bench/peer/peer-main.ts';

/**
 * Starts the real server (`src/main.ts`) as a child process, so its memory is measured apart
 * from the load generator, and resolves once /readyz says Neo4j answers. `environment` is added
 * to this process's own (PATH and the like).
 */
export async function startBenchServer(
  environment: NodeJS.ProcessEnv,
  print: (line: string) => void,
): Promise<BenchServer> {
  const server = await startServerProcess(OUR_SERVER_SCRIPT, environment, print);
  const metrics = async () => {
    try {
      return await (await fetch(`${server.url}/metrics`)).text();
    } catch (error: unknown) {
      const report = server.exitReport();
      throw report === null ? error : new Error(report);
    }
  };
  return {
    ...server,
    async queriesSent() {
      return sumSamples(await metrics(), 'kg_neo4j_queries_total');
    },
    async memory() {
      const text = await metrics();
      return {
        rssBytes: sumSamples(text, 'kg_process_resident_memory_bytes'),
        heapUsedBytes: sumSamples(text, 'kg_nodejs_heap_size_used_bytes'),
        peakRssBytes: server.pid === null ? null : peakRssOf(server.pid),
      };
    },
  };
}

/**
 * Starts `script` (ours or the peer's) with tsx in a child process on a free port, in
 * production mode, and resolves once its /readyz answers 200; `nodeArguments` go to Node before it.
 */
export async function startServerProcess(
  script: string | { readonly script: string; readonly nodeArguments: readonly string[] },
  environment: NodeJS.ProcessEnv,
  print: (line: string) => void,
): Promise<ServerProcess> {
  const port = await findFreePort();
  // Node refuses some flags (--cpu-prof) in NODE_OPTIONS: they are passed on its command line.
  const { script: file, nodeArguments } = typeof script === 'string' ? { script, nodeArguments: [] } : script;
  const child = spawn(process.execPath, [...nodeArguments, '--import', 'tsx', file], {
    cwd: ROOT,
    env: { ...process.env, ...environment, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The last lines of its output (pino JSON on stdout, crashes on stderr), for when it dies.
  let output: string[] = [];
  const keep = (chunk: Buffer) =>
    (output = [
      ...output,
      ...chunk
        .toString()
        .split('\n')
        .filter((line) => line.length > 0),
    ].slice(-40));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited: string | null = null;
  child.on('exit', (code, signal) => (exited = signal === null ? `code ${code}` : `signal ${signal}`));
  const describeExit = () =>
    `The server (pid ${child.pid}) exited with ${exited}; its last output:\n${output.join('\n')}`;
  const url = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (exited !== null) throw new Error(`While starting: ${describeExit()}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(
        `The server did not become ready within ${READY_TIMEOUT_MS / 1000} s; its last output:\n${output.join('\n')}`,
      );
    }
    const ready = await fetch(`${url}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  print(`${file} ready at ${url} (pid ${child.pid})`);
  return {
    url,
    pid: child.pid ?? null,
    exitReport: () => (exited === null ? null : describeExit()),
    async stop() {
      if (exited !== null) return;
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await gone;
      clearTimeout(timer);
    },
  };
}

/** The sum of every sample of one metric in Prometheus text format (all label sets). */
export function sumSamples(text: string, metric: string): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})?\s+(\S+)/.exec(line);
    if (match?.[1] === metric) sum += Number(match[3]);
  }
  return sum;
}

function peakRssOf(pid: number): number | null {
  const file = `/proc/${pid}/status`;
  if (!existsSync(file)) return null;
  const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(file, 'utf8'));
  return match ? Number(match[1]) * 1024 : null;
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

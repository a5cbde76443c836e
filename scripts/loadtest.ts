import { parseArgs } from 'node:util';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { signEditorTokens } from './loadtest-editors';
import { formatMixedLoadTestResult, runMixedLoadTest } from './loadtest-mixed';
import { findAnswerProblem, readDocumentedReads } from './loadtest-operations';
import { formatLoadTestResult, runLoadTest } from './loadtest-run';
import { DEFAULT_SOAK_BOUNDS, formatSamples, runSoak } from './loadtest-soak';

/** High enough that no editor of a mixed run is throttled, so the limit does not shape the figures. */
const MIXED_WRITE_RATE_LIMIT = 1_000_000;

const USAGE = `Usage: npm run loadtest -- [--url http://127.0.0.1:4000] [--duration 30] [--connections 50]
                        [--soak | --mixed [--editors 4] [--subjects 8]]

Sends the README's example queries to POST /graphql with autocannon and checks every answer
(2xx, data, no errors, the README's expected strings). Without --url it starts a server of its
own, in a child process, over the configured Neo4j (NEO4J_URI etc., as npm start), which must be
running and seeded.
--soak runs for 300 s unless --duration says otherwise, samples the server's heap, open handles
and file descriptors from /metrics every 10 s, and fails if the last third of the run exceeds the
first by more than ${DEFAULT_SOAK_BOUNDS.heapGrowthBytes / 1024 / 1024} MiB of heap floor, ${DEFAULT_SOAK_BOUNDS.handleGrowth} handles or ${DEFAULT_SOAK_BOUNDS.fdGrowth} file descriptors.
--mixed adds --editors connections sending real writes (createClaim citing the seeded article,
updateEntity with expectedVersion on people the run creates; CONFLICT is an expected outcome) with
editor tokens of --subjects subjects, signed as npm run token signs them, beside the readers. It
reports read and write throughput, p50/p99 and errors by code, then checks that the change log
holds exactly the writes acknowledged, and fails if not. Its own server gets a write rate limit of
${MIXED_WRITE_RATE_LIMIT} per subject; with --url, the server's limit applies. With --mixed, --connections 0 measures the writes alone. It writes to the graph (claims and
people named "Load test ..."): use a scratch database, or seed again afterwards.
Exits 1 on any failure. Only loopback URLs are accepted: this is not a tool to load other hosts.`;

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** `npm run loadtest`: see USAGE. */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      duration: { type: 'string' },
      connections: { type: 'string', default: '50' },
      soak: { type: 'boolean', default: false },
      mixed: { type: 'boolean', default: false },
      editors: { type: 'string', default: '4' },
      subjects: { type: 'string', default: '8' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const durationSeconds = positiveInteger('--duration', values.duration ?? (values.soak ? '300' : '30'));
  // A mixed run may have no readers at all: the writes alone.
  const connections = values.mixed
    ? wholeNumber('--connections', values.connections)
    : positiveInteger('--connections', values.connections);
  if (values.mixed && values.soak) throw new Error('--mixed and --soak are separate runs; choose one');
  // Signed before a server of our own starts, so a development secret both use exists already.
  const editors = values.mixed ? await signEditorTokens(positiveInteger('--subjects', values.subjects)) : [];

  let server: { url: string; stop(): Promise<void> } | null = null;
  let url = values.url?.replace(/\/+$/, '');
  if (url !== undefined) {
    const host = new URL(url).host.replace(/:\d+$/, '');
    if (!LOOPBACK_HOSTS.has(host))
      throw new Error(
        `--url must be a loopback address (127.0.0.1, localhost, [::1]), but got: ${JSON.stringify(values.url)}`,
      );
  } else {
    server = await startOwnServer(values.mixed ? ['--write-rate-limit', String(MIXED_WRITE_RATE_LIMIT)] : []);
    url = server.url;
  }
  try {
    const operations = readDocumentedReads();
    // One of each first: an unseeded graph or a wrong URL fails here with a clear reason.
    for (const operation of operations) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: operation.body,
      }).catch((error: unknown) => {
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        throw new Error(
          `Could not reach ${url}/graphql (${cause?.code ?? cause?.message ?? String(error)}); is the server running?`,
        );
      });
      const problem = response.ok ? findAnswerProblem(operation, await response.text()) : `HTTP ${response.status}`;
      if (problem !== null)
        throw new Error(`Before the load, "${operation.name}" failed: ${problem}. Is the graph seeded (npm run seed)?`);
    }
    console.log(
      `Load test: ${operations.length} README queries against ${url}/graphql, ${connections} connections, ${durationSeconds} s${values.soak ? ' (soak)' : ''}`,
    );
    if (values.mixed) {
      const editorConnections = positiveInteger('--editors', values.editors);
      console.log(
        `Mixed: and ${editorConnections} editor connections writing (createClaim, updateEntity with expectedVersion) as ${editors.length} subjects`,
      );
      const result = await runMixedLoadTest({
        url,
        readers: connections,
        editorConnections,
        durationSeconds,
        editors,
        rateLimitNote:
          server === null
            ? `the server's own WRITE_RATE_LIMIT applies (writes spread over ${editors.length} subjects); RATE_LIMITED answers count as failures, so raise it there to measure`
            : `set to ${MIXED_WRITE_RATE_LIMIT} writes per subject per window on this run's own server, writes spread over ${editors.length} subjects`,
      });
      console.log(formatMixedLoadTestResult(result));
      return result.ok ? 0 : 1;
    }
    if (!values.soak) {
      const result = await runLoadTest({ url, connections, durationSeconds, operations });
      console.log(formatLoadTestResult(result));
      return result.ok ? 0 : 1;
    }
    const soak = await runSoak({ url, connections, durationSeconds, operations, sampleEverySeconds: 10 });
    console.log(formatLoadTestResult(soak.load));
    console.log(formatSamples(soak.samples));
    console.log(
      soak.growth.length === 0
        ? 'Soak: heap, handles and file descriptors stayed within bounds'
        : `Soak FAIL: ${soak.growth.join('; ')}`,
    );
    return soak.ok ? 0 : 1;
  } finally {
    await server?.stop();
  }
}

/**
 * Starts scripts/loadtest-server.ts in a child process (the configured Neo4j, a free loopback
 * port, `serverArgs` passed on) and resolves once it serves; `stop` sends SIGTERM and waits for it to exit.
 */
async function startOwnServer(serverArgs: readonly string[]): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, 'loadtest-server.ts'), ...serverArgs],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let errors = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    errors += chunk;
    process.stderr.write(chunk);
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const match = /^LISTENING (\S+)$/m.exec(output);
      if (match?.[1] !== undefined) resolve(match[1]);
    });
    // Its own message is already on stderr above.
    void exited.then((code) =>
      reject(
        new Error(`The load-test server exited with code ${code} before serving${errors === '' ? '' : ' (see above)'}`),
      ),
    );
  });
  return {
    url,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

function wholeNumber(option: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new Error(`${option} must be a whole number, but got: ${JSON.stringify(value)}`);
  return Number(value);
}

function positiveInteger(option: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new Error(`${option} must be a whole number of at least 1, but got: ${JSON.stringify(value)}`);
  return Number(value);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

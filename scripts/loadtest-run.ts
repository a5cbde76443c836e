import autocannon from 'autocannon';
import { errorCodeOf, findAnswerProblem, readDocumentedReads, type LoadOperation } from './loadtest-operations';

export interface LoadTestOptions {
  /** The server's base URL, e.g. http://127.0.0.1:4000 (the load goes to its /graphql). */
  readonly url: string;
  readonly connections: number;
  readonly durationSeconds: number;
  /** What to send, in turn across all connections; the README's examples by default. */
  readonly operations?: readonly LoadOperation[];
}

export interface LoadTestResult {
  readonly connections: number;
  readonly durationSeconds: number;
  /** Answered requests (good or bad). */
  readonly requests: number;
  /** Answered requests per second over the whole run. */
  readonly requestsPerSecond: number;
  readonly latencyMs: {
    readonly p50: number;
    readonly p90: number;
    readonly p99: number;
    readonly max: number;
    readonly mean: number;
  };
  readonly non2xx: number;
  /** Connection errors (refused, reset). */
  readonly errors: number;
  readonly timeouts: number;
  /** 2xx answers with `errors`, without `data`, or missing an expected string. */
  readonly badBodies: number;
  /**
   * Bad answers (non-2xx or bad bodies) by the first error's `extensions.code`; `HTTP_<status>`
   * or `BAD_BODY` when the answer names none.
   */
  readonly errorsByCode: Readonly<Record<string, number>>;
  /** Per operation: answers, bad answers and the first problem seen. */
  readonly byOperation: readonly {
    readonly name: string;
    readonly answers: number;
    readonly bad: number;
    readonly firstProblem: string | null;
  }[];
  /** True when every request was answered 2xx with a good body. */
  readonly ok: boolean;
}

/** What a connection remembers between its request and the answer (one request in flight each). */
interface OperationContext {
  operation: number;
}

/**
 * Drives POST /graphql with autocannon: `connections` connections for `durationSeconds`, taking
 * the operations in turn. Every answer's body is checked (GraphQL errors come with status
 * 200). Resolves with the figures whatever the outcome; `ok` says whether anything failed.
 */
export async function runLoadTest(options: LoadTestOptions): Promise<LoadTestResult> {
  const operations = options.operations ?? readDocumentedReads();
  const tallies = operations.map((operation) => ({
    name: operation.name,
    answers: 0,
    bad: 0,
    firstProblem: null as string | null,
  }));
  let nextOperation = 0;
  const errorsByCode: Record<string, number> = {};
  const countError = (code: string) => {
    errorsByCode[code] = (errorsByCode[code] ?? 0) + 1;
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    autocannon(
      {
        url: `${options.url}/graphql`,
        connections: options.connections,
        duration: options.durationSeconds,
        // A request still unanswered after 10 s counts as a timeout, not as slow.
        timeout: 10,
        // One request whose body rotates through the operations across all connections: with one
        // list per connection, every connection starts at the first operation, and a slow server
        // (3.2 requests a second at load 26) answered only the first two of ten.
        requests: [
          {
            method: 'POST' as const,
            path: '/graphql',
            headers: { 'content-type': 'application/json' },
            setupRequest: (request, context) => {
              const index = nextOperation % operations.length;
              nextOperation += 1;
              (context as OperationContext).operation = index;
              return { ...request, body: (operations[index] as LoadOperation).body };
            },
            onResponse: (status: number, body: string, context) => {
              const index = (context as OperationContext).operation;
              const operation = operations[index] as LoadOperation;
              const tally = tallies[index] as (typeof tallies)[number];
              tally.answers += 1;
              // Non-2xx answers are counted by autocannon; only 2xx bodies are judged here.
              if (status < 200 || status >= 300) {
                countError(errorCodeOf(body) ?? `HTTP_${status}`);
                return;
              }
              const problem = findAnswerProblem(operation, body);
              if (problem === null) return;
              countError(errorCodeOf(body) ?? 'BAD_BODY');
              tally.bad += 1;
              tally.firstProblem ??= problem;
            },
          },
        ],
      },
      (error: Error | null, finished) => (error ? reject(error) : resolve(finished)),
    );
  });
  const badBodies = tallies.reduce((sum, tally) => sum + tally.bad, 0);
  const requests = result.requests.total;
  return {
    connections: options.connections,
    durationSeconds: result.duration,
    requests,
    requestsPerSecond: requests / result.duration,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
      mean: result.latency.average,
    },
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    badBodies,
    errorsByCode,
    byOperation: tallies,
    ok: result.non2xx === 0 && result.errors === 0 && result.timeouts === 0 && badBodies === 0 && requests > 0,
  };
}

/** A few lines for a terminal: throughput, latency, and every kind of failure with its count. */
export function formatLoadTestResult(result: LoadTestResult): string {
  const lines = [
    `${result.requests} requests in ${result.durationSeconds.toFixed(1)} s over ${result.connections} connections: ${result.requestsPerSecond.toFixed(1)} req/s`,
    `latency ms: p50 ${result.latencyMs.p50}, p90 ${result.latencyMs.p90}, p99 ${result.latencyMs.p99}, max ${result.latencyMs.max}, mean ${result.latencyMs.mean.toFixed(1)}`,
    `failures: non-2xx ${result.non2xx}, connection errors ${result.errors}, timeouts ${result.timeouts}, bad bodies ${result.badBodies}`,
    `errors by code: ${formatCounts(result.errorsByCode)}`,
    ...result.byOperation.map(
      (operation) =>
        `  ${operation.name}: ${operation.answers} answers, ${operation.bad} bad${operation.firstProblem === null ? '' : ` (first: ${operation.firstProblem})`}`,
    ),
    result.ok ? 'PASS: every answer was 2xx with data and no errors' : 'FAIL: see the failures above',
  ];
  return lines.join('\n');
}

/** `CONFLICT 3, RATE_LIMITED 1`, largest first, or `none`. */
export function formatCounts(counts: Readonly<Record<string, number>>): string {
  const entries = Object.entries(counts).sort(([, a], [, b]) => b - a);
  return entries.length === 0 ? 'none' : entries.map(([code, count]) => `${code} ${count}`).join(', ');
}

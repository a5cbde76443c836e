import autocannon from 'autocannon';
import type { GraphQLRequests } from './operation-sides';
import { summarizeLatencies, type LatencySummary } from './summarize-latencies';

/** A side too slow to complete a request in the measurement time is measured by this many per connection. */
const SLOW_SIDE_REQUESTS_PER_CONNECTION = 2;
/**
 * autocannon's own request timeout is 10 s; every request is let run this long instead. A timed
 * run drops the requests still in flight when its time is up, so a side whose every request
 * takes longer than the run completes none (and is then counted, below) rather than failing:
 * the peer's counts by speaker at 1M nodes took over 10 s a request and stopped the first full
 * run after the compiler.
 */
const REQUEST_TIMEOUT_SECONDS = 120;

export interface LoadShape {
  readonly connections: number;
  readonly durationSeconds: number;
}

/** Which server to drive, with which requests, and the operation's name for errors. */
export interface GraphQLTarget {
  readonly url: string;
  readonly name: string;
  readonly requests: GraphQLRequests;
}

/**
 * Drives `POST /graphql` at `url` with autocannon for `durationSeconds` over `connections`
 * connections, cycling through the variable sets of `requests` (one side of operation `name`). Every response must be 200 with data and no
 * `errors` (GraphQL errors come with status 200, so the body is checked); any other throws, as
 * a fast error would make the figures meaningless.
 */
export async function measureGraphQL(target: GraphQLTarget, shape: LoadShape): Promise<LatencySummary> {
  const timed = await driveLoad(target, {
    connections: shape.connections,
    duration: shape.durationSeconds,
  });
  if (timed.latencies.length > 0) return summarizeLatencies(timed.latencies, timed.seconds);
  // Requests slower than the measurement time complete none within it (autocannon drops those in
  // flight when time is up): such a side is measured by a fixed number of requests instead.
  const counted = await driveLoad(target, {
    connections: shape.connections,
    amount: SLOW_SIDE_REQUESTS_PER_CONNECTION * shape.connections,
  });
  return summarizeLatencies(counted.latencies, counted.seconds);
}

/**
 * The same load, its figures discarded: it warms the server's code and caches. On a busy
 * machine a short warm-up may complete no request at all, which is no error here.
 */
export async function warmUpGraphQL(target: GraphQLTarget, shape: LoadShape): Promise<void> {
  await driveLoad(target, { connections: shape.connections, duration: shape.durationSeconds });
}

async function driveLoad(
  { url, name, requests }: GraphQLTarget,
  limits: Pick<autocannon.Options, 'connections' | 'duration' | 'amount'>,
): Promise<{ latencies: number[]; seconds: number }> {
  const bodies = requests.variableSets.map((variables) => JSON.stringify({ query: requests.query, variables }));
  let next = 0;
  let firstBadBody: string | null = null;
  const latencies: number[] = [];
  const options: autocannon.Options = {
    url: `${url}/graphql`,
    ...limits,
    timeout: REQUEST_TIMEOUT_SECONDS,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const body = bodies[next % bodies.length] as string;
          next += 1;
          return { ...request, body };
        },
      },
    ],
    verifyBody: (body) => {
      if (isGoodResponse(String(body), requests)) return true;
      firstBadBody ??= String(body).slice(0, 1000);
      return false;
    },
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error: Error | null, finished) =>
      error ? reject(error) : resolve(finished),
    );
    // autocannon's own histogram rounds to whole milliseconds; the raw side keeps fractions, so
    // both are summarized from the exact times.
    // eslint-disable-next-line max-params -- autocannon's event signature, not ours to shape
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  const failed = result.non2xx + result.errors + result.timeouts + result.mismatches;
  if (failed > 0) {
    throw new Error(
      `${name}: ${failed} of ${result.requests.total} GraphQL requests failed ` +
        `(non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}, bad bodies ${result.mismatches}); first bad body: ${firstBadBody}`,
    );
  }
  return { latencies, seconds: result.duration };
}

export function isGoodResponse(body: string, requests: GraphQLRequests): boolean {
  try {
    const parsed = JSON.parse(body) as { data?: Record<string, unknown> | null; errors?: unknown };
    return (
      parsed.errors === undefined && parsed.data !== undefined && parsed.data !== null && requests.hasData(parsed.data)
    );
  } catch {
    return false;
  }
}

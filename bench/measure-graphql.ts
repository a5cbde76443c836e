import autocannon from 'autocannon';
import type { BenchOperation } from './bench-operations';
import { summarizeLatencies, type LatencySummary } from './summarize-latencies';

export interface LoadShape {
  readonly connections: number;
  readonly durationSeconds: number;
}

/**
 * Drives `POST /graphql` with autocannon for `durationSeconds` over `connections` connections,
 * cycling through the operation's variable sets. Every response must be 200 with data and no
 * `errors` (GraphQL errors come with status 200, so the body is checked); any other throws, as
 * a fast error would make the figures meaningless.
 */
export async function measureGraphQL(
  url: string,
  operation: BenchOperation,
  shape: LoadShape,
): Promise<LatencySummary> {
  const bodies = operation.variableSets.map((variables) => JSON.stringify({ query: operation.query, variables }));
  let next = 0;
  let firstBadBody: string | null = null;
  const latencies: number[] = [];
  const options: autocannon.Options = {
    url: `${url}/graphql`,
    connections: shape.connections,
    duration: shape.durationSeconds,
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
      if (isGoodResponse(String(body), operation)) return true;
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
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  const failed = result.non2xx + result.errors + result.timeouts + result.mismatches;
  if (failed > 0) {
    throw new Error(
      `${operation.name}: ${failed} of ${result.requests.total} GraphQL requests failed ` +
        `(non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}, bad bodies ${result.mismatches}); first bad body: ${firstBadBody}`,
    );
  }
  return summarizeLatencies(latencies, result.duration);
}

export function isGoodResponse(body: string, operation: BenchOperation): boolean {
  try {
    const parsed = JSON.parse(body) as { data?: Record<string, unknown> | null; errors?: unknown };
    return (
      parsed.errors === undefined && parsed.data !== undefined && parsed.data !== null && operation.hasData(parsed.data)
    );
  } catch {
    return false;
  }
}

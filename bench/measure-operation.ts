import type { Driver } from 'neo4j-driver';
import type { BenchOperation } from './bench-operations';
import type { OperationResult, SideFigures } from './bench-results';
import { measureCpu, type CpuPerRequest } from './measure-cpu';
import { isGoodResponse, measureGraphQL, type LoadShape } from './measure-graphql';
import { measureRawCypher } from './measure-raw-cypher';
import type { BenchServer } from './start-bench-server';
import type { LatencySummary } from './summarize-latencies';

export interface MeasureSettings extends LoadShape {
  /** Seconds of GraphQL load before measuring, so the server's code is compiled and warm. */
  readonly warmUpSeconds: number;
}

/**
 * Measures one operation at one graph size: each sample once through GraphQL alone (checking
 * the answer and counting the Cypher queries it cost) and once as raw Cypher (warming Neo4j's
 * plan and page caches for both), a GraphQL warm-up, then GraphQL under load, then the raw
 * floor under the same load.
 */
export async function measureOperation(
  server: BenchServer,
  driver: Driver,
  operation: BenchOperation,
  graphNodes: number,
  settings: MeasureSettings,
  neo4jPid: number | null,
): Promise<OperationResult> {
  const roundTrips: number[] = [];
  for (const variables of operation.variableSets) {
    const before = await server.queriesSent();
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: operation.query, variables }),
    });
    const body = await response.text();
    if (!response.ok || !isGoodResponse(body, operation)) {
      throw new Error(
        `${operation.name} with ${JSON.stringify(variables)}: expected data and no errors, but got ${response.status} ${body.slice(0, 1000)}`,
      );
    }
    roundTrips.push((await server.queriesSent()) - before);
  }
  for (const parameters of operation.parameterSets)
    await driver.executeQuery(operation.cypher, parameters, { database: 'neo4j', routing: 'READ' });
  if (settings.warmUpSeconds > 0)
    await measureGraphQL(server.url, operation, { ...settings, durationSeconds: settings.warmUpSeconds });

  const graphql = await measureCpu({ server: server.pid, neo4j: neo4jPid }, () =>
    measureGraphQL(server.url, operation, settings),
  );
  const raw = await measureCpu({ server: null, neo4j: neo4jPid }, () => measureRawCypher(driver, operation, settings));
  return {
    name: operation.name,
    graphNodes,
    graphql: figuresOf(graphql.result, graphql.cpu),
    raw: figuresOf(raw.result, raw.cpu),
    roundTrips: Math.max(...roundTrips),
    roundTripsMin: Math.min(...roundTrips),
    ratio: round(graphql.result.rps / raw.result.rps, 3),
  };
}

function figuresOf(summary: LatencySummary, cpu: CpuPerRequest): SideFigures {
  return { rps: round(summary.rps, 1), p50: round(summary.p50, 2), p99: round(summary.p99, 2), cpuMsPerRequest: cpu };
}

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}

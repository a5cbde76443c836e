import type { Driver } from 'neo4j-driver';
import type { BenchOperation } from './bench-operations';
import type { OperationResult, SideFigures } from './bench-results';
import { measureCpu, type CpuPerRequest } from './measure-cpu';
import { isGoodResponse, measureGraphQL, warmUpGraphQL, type GraphQLTarget, type LoadShape } from './measure-graphql';
import { measureRawCypher } from './measure-raw-cypher';
import type { GraphQLRequests } from './operation-sides';
import type { BenchServer, ServerProcess } from './start-bench-server';
import type { LatencySummary } from './summarize-latencies';

export interface MeasureSettings extends LoadShape {
  /** Seconds of GraphQL load before measuring, so the server's code is compiled and warm. */
  readonly warmUpSeconds: number;
}

/** The servers measured: ours (with its query counter) and the peer. */
export interface BenchServers {
  readonly ours: BenchServer;
  readonly peer: ServerProcess;
}

/**
 * Measures one operation at one graph size: each sample once through each GraphQL server alone
 * (checking the answer; on ours also counting the Cypher queries it cost) and once as raw
 * Cypher (warming Neo4j's plan and page caches for all), then under the same load one after
 * the other: our server (after a warm-up), the peer (after a warm-up), the raw floor.
 */
/** What one operation is measured against: both servers, Neo4j (its driver and process) and the graph size. */
export interface MeasureTarget {
  readonly servers: BenchServers;
  readonly driver: Driver;
  readonly graphNodes: number;
  readonly neo4jPid: number | null;
}

export async function measureOperation(
  { servers, driver, graphNodes, neo4jPid }: MeasureTarget,
  operation: BenchOperation,
  settings: MeasureSettings,
): Promise<OperationResult> {
  const roundTrips: number[] = [];
  if (operation.ours !== null) {
    for (const variables of operation.ours.variableSets) {
      const before = await servers.ours.queriesSent();
      await checkAnswer({ url: servers.ours.url, name: operation.name, requests: operation.ours }, variables);
      roundTrips.push((await servers.ours.queriesSent()) - before);
    }
  }
  if (operation.peer !== null)
    for (const variables of operation.peer.variableSets)
      await checkAnswer(
        { url: servers.peer.url, name: `${operation.name} (peer)`, requests: operation.peer },
        variables,
      );
  for (const parameters of operation.raw.parameterSets)
    await driver.executeQuery(operation.raw.cypher, parameters, { database: 'neo4j', routing: 'READ' });

  const measureSide = async (server: ServerProcess, requests: GraphQLRequests | null, label: string) => {
    if (requests === null) return null;
    if (settings.warmUpSeconds > 0)
      await warmUpGraphQL(
        { url: server.url, name: label, requests },
        { ...settings, durationSeconds: settings.warmUpSeconds },
      );
    const measured = await measureCpu({ server: server.pid, neo4j: neo4jPid }, () =>
      measureGraphQL({ url: server.url, name: label, requests }, settings),
    );
    return figuresOf(measured.result, measured.cpu);
  };
  const ours = await measureSide(servers.ours, operation.ours, operation.name);
  const peer = await measureSide(servers.peer, operation.peer, `${operation.name} (peer)`);
  const rawMeasured = await measureCpu({ server: null, neo4j: neo4jPid }, () =>
    measureRawCypher(driver, operation.raw, settings),
  );
  const raw = figuresOf(rawMeasured.result, rawMeasured.cpu);
  const over = (top: SideFigures | null, bottom: SideFigures | null) =>
    top === null || bottom === null ? null : round(top.rps / bottom.rps, 3);
  return {
    name: operation.name,
    graphNodes,
    ours,
    peer,
    raw,
    roundTrips: roundTrips.length === 0 ? null : Math.max(...roundTrips),
    roundTripsMin: roundTrips.length === 0 ? null : Math.min(...roundTrips),
    ratio: over(ours, raw),
    ratioToPeer: over(ours, peer),
    peerRatio: over(peer, raw),
  };
}

/**
 * Runs every side of every operation under load for `warmUpSeconds` each, discarding the
 * figures, before any is measured. Neo4j starts fresh for each graph size, and its JVM compiles
 * its hot code during the first minute or two of load: without this round, whichever side is
 * measured first after the start (ours, of the first operation) would pay for that warm-up.
 */
export async function warmUpEverySide(
  { servers, driver }: MeasureTarget,
  operations: readonly BenchOperation[],
  settings: MeasureSettings,
): Promise<void> {
  const shape = { ...settings, durationSeconds: settings.warmUpSeconds };
  for (const operation of operations) {
    if (operation.ours !== null)
      await warmUpGraphQL({ url: servers.ours.url, name: operation.name, requests: operation.ours }, shape);
    if (operation.peer !== null)
      await warmUpGraphQL({ url: servers.peer.url, name: `${operation.name} (peer)`, requests: operation.peer }, shape);
    await measureRawCypher(driver, operation.raw, shape);
  }
}

/** Sends one request and throws unless the answer is 200 with the data asked for and no errors. */
async function checkAnswer({ url, name, requests }: GraphQLTarget, variables: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: requests.query, variables }),
  });
  const body = await response.text();
  if (!response.ok || !isGoodResponse(body, requests)) {
    throw new Error(
      `${name} with ${JSON.stringify(variables)}: expected data and no errors, but got ${response.status} ${body.slice(0, 1000)}`,
    );
  }
}

function figuresOf(summary: LatencySummary, cpu: CpuPerRequest): SideFigures {
  return { rps: round(summary.rps, 1), p50: round(summary.p50, 2), p99: round(summary.p99, 2), cpuMsPerRequest: cpu };
}

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}

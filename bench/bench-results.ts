import type { LoaderMeasurement } from './load-synthetic-graph';
import type { CpuPerRequest } from './measure-cpu';
import type { ServerMemory } from './start-bench-server';

/** What the results say where our side is null: today's API cannot ask the operation. */
export const PENDING_QUERY_ENGINE = 'pending the query engine';
/** What they say where the peer's side is null: it has no such query (search, graph views). */
export const NOT_OFFERED_BY_PEER = 'not offered by @neo4j/graphql';

/** Throughput (requests per second) and latency percentiles (milliseconds) of one side. */
export interface SideFigures {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  /** CPU each process spent per request: where a request's time went. */
  readonly cpuMsPerRequest: CpuPerRequest;
}

/** One operation at one graph size: our server, the peer and the raw-Cypher floor, side by side. */
export interface OperationResult {
  readonly name: string;
  readonly graphNodes: number;
  /** Our server; null where today's API cannot ask the operation (pending the query engine). */
  readonly ours: SideFigures | null;
  /** The peer (@neo4j/graphql); null where it offers nothing comparable. */
  readonly peer: SideFigures | null;
  readonly raw: SideFigures;
  /** Cypher queries our server sent for one request (the most over all samples). */
  readonly roundTrips: number | null;
  /** The fewest over all samples: equal to `roundTrips` when they do not depend on the result. */
  readonly roundTripsMin: number | null;
  /** Our throughput over the floor's. */
  readonly ratio: number | null;
  /** Our throughput over the peer's. */
  readonly ratioToPeer: number | null;
  /** The peer's throughput over the floor's. */
  readonly peerRatio: number | null;
}

export interface SizeResult {
  /** The seeded article (seed/data) rather than synthetic articles. */
  readonly seeded: boolean;
  readonly targetNodes: number;
  readonly articles: number;
  readonly graphNodes: number;
  readonly graphRelationships: number;
  readonly loader: LoaderMeasurement;
  /** The server's memory after all operations ran. */
  readonly serverMemory: ServerMemory;
}

export interface TargetCheck {
  readonly target: string;
  /** Null when this run did not reach the size the target is about (a quick run stops at 100k). */
  readonly met: boolean | null;
  readonly detail: string;
}

/** The shape of bench/results/latest.json (the fields first, then the context). */
export interface BenchResults {
  readonly operations: readonly OperationResult[];
  readonly loader: {
    readonly entitiesPerSecond: number;
    readonly relationshipsPerSecond: number;
    readonly graphNodes: number;
    readonly rowsPerSecond: number;
    readonly peakRssBytes: number;
  };
  readonly generatedAt: string;
  readonly mode: string;
  readonly machine: { readonly cpus: number; readonly memoryBytes: number; readonly node: string };
  readonly settings: { readonly connections: number; readonly durationSeconds: number; readonly seed: number };
  readonly sizes: readonly SizeResult[];
  readonly targets: readonly TargetCheck[];
}

import type { LoaderMeasurement } from './load-synthetic-graph';
import type { CpuPerRequest } from './measure-cpu';
import type { ServerMemory } from './start-bench-server';

/** Throughput (requests per second) and latency percentiles (milliseconds) of one side. */
export interface SideFigures {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  /** CPU each process spent per request: where a request's time went. */
  readonly cpuMsPerRequest: CpuPerRequest;
}

/** One operation at one graph size: GraphQL against the raw-Cypher floor. */
export interface OperationResult {
  readonly name: string;
  readonly graphNodes: number;
  readonly graphql: SideFigures;
  readonly raw: SideFigures;
  /** Cypher queries the server sent for one request (the most over all samples). */
  readonly roundTrips: number;
  /** The fewest over all samples: equal to `roundTrips` when they do not depend on the result. */
  readonly roundTripsMin: number;
  /** GraphQL throughput over raw throughput. */
  readonly ratio: number;
}

export interface SizeResult {
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

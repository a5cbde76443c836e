import { OUR_OPERATIONS } from './our-operations';
import { OPERATION_NAMES, type GraphQLRequests, type OperationKey, type RawQueries } from './operation-sides';
import { PEER_OPERATIONS } from './peer/peer-operations';
import type { BenchSamples } from './pick-bench-samples';
import { RAW_OPERATIONS } from './raw-operations';

/**
 * One operation of the benchmark, asked up to three ways for the same data: through our API,
 * through the peer (@neo4j/graphql), and by the best hand-written Cypher through the driver (the
 * floor). The i-th request of each side uses the same sample.
 */
export interface BenchOperation {
  readonly name: string;
  /** Null where today's API cannot ask it: reported as pending the query engine. */
  readonly ours: GraphQLRequests | null;
  /** Null where the peer offers nothing comparable (search, graph views, paths). */
  readonly peer: GraphQLRequests | null;
  readonly raw: RawQueries;
}

/** The operations, with their samples; the names are the keys of the results. */
export function listBenchOperations(samples: BenchSamples): BenchOperation[] {
  return (Object.keys(OPERATION_NAMES) as OperationKey[]).map((key) => ({
    name: OPERATION_NAMES[key],
    ours: OUR_OPERATIONS[key]?.(samples) ?? null,
    peer: PEER_OPERATIONS[key]?.(samples) ?? null,
    raw: RAW_OPERATIONS[key](samples),
  }));
}

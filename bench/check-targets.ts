import { PENDING_QUERY_ENGINE, type OperationResult, type SizeResult, type TargetCheck } from './bench-results';

/** The issue's targets. They are checked, never loosened; a miss is reported with its figure. */
const MIN_THROUGHPUT_RATIO = 0.5;
/** Issue 11: the query engine's targets against the raw floor and against the peer. */
const MIN_ENGINE_RAW_RATIO = 0.8;
const MIN_PEER_RATIO = 1.5;
const MAX_NESTED_ROUND_TRIPS = 3;
const MAX_LATENCY_GROWTH = 2;
const MIN_LOADER_ROWS_PER_SECOND = 20_000;
/** "Flat" memory: the loader's peak may not grow by more than this while its input grows. */
const MAX_LOADER_MEMORY_GROWTH = 1.5;
/** A graph this large counts as the targets' "1M nodes" (the full run's graph has 999,704). */
const TARGET_NODES_AT_SCALE = 950_000;

export const NESTED_OPERATION = 'person by id, nested';
const INDEX_BACKED_OPERATIONS = [NESTED_OPERATION, 'neighborhood depth 2', 'path between hubs'];

const times = (value: number) => `${value.toFixed(2)}×`;

/** Checks every target against one run's figures, each with the figures it rests on. */
export function checkTargets(operations: readonly OperationResult[], sizes: readonly SizeResult[]): TargetCheck[] {
  const checks: TargetCheck[] = [
    checkRatio(operations, {
      field: 'ratio',
      minimum: MIN_THROUGHPUT_RATIO,
      target: `GraphQL throughput ≥ ${MIN_THROUGHPUT_RATIO} of the raw-Cypher floor`,
    }),
    checkRatio(operations, {
      field: 'ratio',
      minimum: MIN_ENGINE_RAW_RATIO,
      target: `GraphQL throughput ≥ ${MIN_ENGINE_RAW_RATIO} of the raw-Cypher floor`,
    }),
    checkRatio(
      operations.filter((operation) => operation.peer !== null),
      {
        field: 'ratioToPeer',
        minimum: MIN_PEER_RATIO,
        target: `GraphQL throughput ≥ ${MIN_PEER_RATIO}× the peer’s (@neo4j/graphql)`,
      },
    ),
  ];

  checks.push(checkServerCpu(operations.filter((operation) => operation.peer !== null)));

  const nested = operations.filter((operation) => operation.name === NESTED_OPERATION);
  const nestedMax = Math.max(...nested.map((operation) => operation.roundTrips ?? Infinity));
  checks.push({
    target: `Round trips of the nested operation ≤ ${MAX_NESTED_ROUND_TRIPS}`,
    met: nestedMax <= MAX_NESTED_ROUND_TRIPS,
    detail: `${nestedMax} Cypher queries per request`,
  });

  const measured = operations.filter((operation) => operation.ours !== null);
  const varying = [...new Set(measured.map((operation) => operation.name))].filter((name) => {
    const counts = measured
      .filter((operation) => operation.name === name)
      .flatMap((operation) => [operation.roundTrips, operation.roundTripsMin]);
    return new Set(counts).size > 1;
  });
  checks.push({
    target: 'Round trips independent of result size (same for every sample and every graph size)',
    met: varying.length === 0,
    detail: varying.length === 0 ? 'constant for every operation' : `vary for: ${varying.join(', ')}`,
  });

  // Growth is a claim about the synthetic sizes, 10k → 1M; the seeded article is apart from them.
  const synthetic = sizes.filter((size) => !size.seeded);
  if (synthetic.length === 0) return checks;
  const smallest = Math.min(...synthetic.map((size) => size.graphNodes));
  const largest = Math.max(...synthetic.map((size) => size.graphNodes));
  const span = `${smallest.toLocaleString('en')} → ${largest.toLocaleString('en')} nodes${largest < TARGET_NODES_AT_SCALE ? ' (the target is 10k → 1M; this run stops short)' : ''}`;
  for (const name of INDEX_BACKED_OPERATIONS) {
    const at = (nodes: number) =>
      operations.find((operation) => operation.name === name && operation.graphNodes === nodes);
    const first = at(smallest);
    const last = at(largest);
    if (first?.ours == null || last?.ours == null || smallest === largest) continue;
    const [from, to] = [first.ours, last.ours];
    const p50Growth = to.p50 / from.p50;
    const p99Growth = to.p99 / from.p99;
    const within = p50Growth < MAX_LATENCY_GROWTH && p99Growth < MAX_LATENCY_GROWTH;
    checks.push({
      target: `${name}: latency grows < ${MAX_LATENCY_GROWTH}× from 10k to 1M nodes (p50 and p99)`,
      // Growth already past the bound on a smaller span is a miss; within it, only 1M can tell.
      met: !within ? false : largest >= TARGET_NODES_AT_SCALE ? true : null,
      detail: `${span}: p50 ${from.p50.toFixed(1)} → ${to.p50.toFixed(1)} ms (${times(p50Growth)}), p99 ${from.p99.toFixed(1)} → ${to.p99.toFixed(1)} ms (${times(p99Growth)})`,
    });
  }

  const biggest = synthetic.find((size) => size.graphNodes === largest) as SizeResult;
  const smallestSize = synthetic.find((size) => size.graphNodes === smallest) as SizeResult;
  const rate = (biggest.loader.entities + biggest.loader.relationships) / biggest.loader.seconds;
  checks.push({
    target: `Loader ≥ ${MIN_LOADER_ROWS_PER_SECOND.toLocaleString('en')} entities + relationships per second at 1M nodes`,
    met: largest >= TARGET_NODES_AT_SCALE ? rate >= MIN_LOADER_ROWS_PER_SECOND : null,
    detail: `${Math.round(rate).toLocaleString('en')}/s at ${largest.toLocaleString('en')} nodes${largest < TARGET_NODES_AT_SCALE ? ' (not measured at 1M in this run)' : ''}`,
  });
  if (smallest !== largest) {
    const growth = biggest.loader.peakRssBytes / smallestSize.loader.peakRssBytes;
    checks.push({
      target: 'Loader memory flat as the input grows',
      met: growth <= MAX_LOADER_MEMORY_GROWTH,
      detail: `peak RSS ${(smallestSize.loader.peakRssBytes / 1e6).toFixed(0)} MB → ${(biggest.loader.peakRssBytes / 1e6).toFixed(0)} MB (${times(growth)}) for ${times(largest / smallest)} the nodes`,
    });
  }
  return checks;
}

/**
 * "Every operation at every size": a ratio of ours to another side at or above `minimum`. An
 * operation our API cannot ask yet is a miss, named as pending.
 */
function checkRatio(
  operations: readonly OperationResult[],
  { field, minimum, target }: { field: 'ratio' | 'ratioToPeer'; minimum: number; target: string },
): TargetCheck {
  const at = (operation: OperationResult) => `${operation.name} @ ${operation.graphNodes.toLocaleString('en')} nodes`;
  const pending = operations.filter((operation) => operation[field] === null);
  const below = operations.filter((operation) => (operation[field] ?? Infinity) < minimum);
  const ratios = operations.flatMap((operation) => operation[field] ?? []);
  const parts = [
    below.length === 0
      ? null
      : `below at: ${below.map((operation) => `${at(operation)} (${operation[field]?.toFixed(2)})`).join('; ')}`,
    pending.length === 0
      ? null
      : `${PENDING_QUERY_ENGINE}: ${[...new Set(pending.map((operation) => operation.name))].join(', ')}`,
  ].filter((part) => part !== null);
  return {
    target: `${target}, every operation at every size`,
    met: below.length === 0 && pending.length === 0,
    detail: parts.length === 0 ? `lowest ratio ${Math.min(...ratios).toFixed(2)}` : parts.join('; '),
  };
}

/** Issue 25: our server spends less CPU per request than the peer's, on every shared operation at every size. */
function checkServerCpu(operations: readonly OperationResult[]): TargetCheck {
  const above = operations.filter(
    (operation) =>
      operation.ours?.cpuMsPerRequest.server == null ||
      operation.peer?.cpuMsPerRequest.server == null ||
      operation.ours.cpuMsPerRequest.server >= operation.peer.cpuMsPerRequest.server,
  );
  const figures = (operation: OperationResult) =>
    `${operation.name} @ ${operation.graphNodes.toLocaleString('en')} nodes (${operation.ours?.cpuMsPerRequest.server ?? '?'} vs ${operation.peer?.cpuMsPerRequest.server ?? '?'} ms)`;
  return {
    target: 'Server CPU per request below the peer’s, every shared operation at every size',
    met: operations.length > 0 && above.length === 0,
    detail:
      above.length === 0 ? `${operations.length} operations below` : `not below at: ${above.map(figures).join('; ')}`,
  };
}

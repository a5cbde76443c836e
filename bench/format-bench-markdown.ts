import { PENDING_QUERY_ENGINE, type BenchResults, type OperationResult, type SideFigures } from './bench-results';

const number = (value: number, digits = 0) =>
  value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const cpu = (milliseconds: number | null | undefined) => (milliseconds == null ? '—' : number(milliseconds, 1));
const ratio = (value: number | null) => (value === null ? '—' : number(value, 2));
/** Throughput, p50 and p99 as three cells; the first says why when the side is absent. */
const latencyCells = (figures: SideFigures | null, absent: string) =>
  figures === null
    ? `${absent} | — | —`
    : `${number(figures.rps, 1)} | ${number(figures.p50, 1)} | ${number(figures.p99, 1)}`;
const roundTrips = (operation: OperationResult) =>
  operation.roundTrips === null
    ? '—'
    : operation.roundTripsMin === operation.roundTrips
      ? String(operation.roundTrips)
      : `${operation.roundTripsMin}–${operation.roundTrips}`;
const megabytes = (bytes: number | null) => (bytes === null ? 'n/a' : `${number(bytes / 1e6)} MB`);

/** bench/results/latest.md: the run's figures as tables, then each target met or missed. */
export function formatBenchMarkdown(results: BenchResults, chartFile: string): string {
  const lines = [
    '# Benchmark results',
    '',
    `Run ${results.generatedAt} (\`npm run bench${results.mode === 'quick' ? ' -- --quick' : ''}\`, mode ${results.mode}) on ` +
      `${results.machine.cpus} CPUs, ${number(results.machine.memoryBytes / 1e9, 1)} GB, Node ${results.machine.node}; ` +
      `${results.settings.connections} concurrent connections, ${results.settings.durationSeconds} s per measurement, seed ${results.settings.seed}. ` +
      'Latencies in milliseconds. Raw = the same data by hand-written Cypher through the driver, same concurrency. ' +
      'Ratios are of throughput, measured one after the other in the same run. Round trips = Cypher queries our server sent for one request (`kg_neo4j_queries_total`).',
    '',
    '## Operations',
    '',
    `Us = our server; peer = @neo4j/graphql 7 on the same Neo4j and data (bench/peer/); raw = the floor. ` +
      `“${PENDING_QUERY_ENGINE}”: today’s API cannot ask the operation; “—” on the peer’s side: it has no such query.`,
    '',
    '| Operation | Graph nodes | Us rps | p50 | p99 | Peer rps | p50 | p99 | Raw rps | p50 | p99 | Us/peer | Us/raw | Peer/raw | Our round trips |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.operations.map(
      (operation) =>
        `| ${operation.name} | ${number(operation.graphNodes)} | ${latencyCells(operation.ours, PENDING_QUERY_ENGINE)} | ` +
        `${latencyCells(operation.peer, '—')} | ${latencyCells(operation.raw, '')} | ${ratio(operation.ratioToPeer)} | ` +
        `${ratio(operation.ratio)} | ${ratio(operation.peerRatio)} | ${roundTrips(operation)} |`,
    ),
    '',
    '### CPU per request',
    '',
    'CPU milliseconds each process spent per completed request (from /proc): the server, Neo4j and the load generator share two cores, ' +
      'so an operation’s throughput is bounded by the sum.',
    '',
    '| Operation | Graph nodes | Us: server | Neo4j | Peer: server | Neo4j | Raw: Neo4j | Load generator: us | peer | raw |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.operations.map(
      (operation) =>
        `| ${operation.name} | ${number(operation.graphNodes)} | ${cpu(operation.ours?.cpuMsPerRequest.server)} | ` +
        `${cpu(operation.ours?.cpuMsPerRequest.neo4j)} | ${cpu(operation.peer?.cpuMsPerRequest.server)} | ` +
        `${cpu(operation.peer?.cpuMsPerRequest.neo4j)} | ${cpu(operation.raw.cpuMsPerRequest.neo4j)} | ` +
        `${cpu(operation.ours?.cpuMsPerRequest.client)} | ${cpu(operation.peer?.cpuMsPerRequest.client)} | ${cpu(operation.raw.cpuMsPerRequest.client)} |`,
    ),
    '',
    '## Loader and memory',
    '',
    '| Graph nodes | Relationships | Articles | Load s | Entities/s | Relationships/s | Total/s | Loader peak RSS | Server RSS | Server heap used | Server peak RSS |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.sizes.map(
      (size) =>
        `| ${number(size.graphNodes)} | ${number(size.graphRelationships)} | ${number(size.articles)} | ${number(size.loader.seconds, 1)} | ` +
        `${number(size.loader.entitiesPerSecond)} | ${number(size.loader.relationshipsPerSecond)} | ` +
        `${number((size.loader.entities + size.loader.relationships) / size.loader.seconds)} | ${megabytes(size.loader.peakRssBytes)} | ` +
        `${megabytes(size.serverMemory.rssBytes)} | ${megabytes(size.serverMemory.heapUsedBytes)} | ${megabytes(size.serverMemory.peakRssBytes)} |`,
    ),
    '',
    'Load seconds are the loader’s own (writing; validation excluded), as `npm run seed` reports them.',
    '',
    '## Targets',
    '',
    '| Target | Met | Measured |',
    '|---|---|---|',
    ...results.targets.map(
      (check) =>
        `| ${check.target} | ${check.met === null ? 'not measured at 1M' : check.met ? 'yes' : '**no**'} | ${check.detail} |`,
    ),
    '',
    `![p99 latency by graph size](${chartFile})`,
    '',
  ];
  return lines.join('\n');
}

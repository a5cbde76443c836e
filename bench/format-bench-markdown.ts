import type { BenchResults } from './bench-results';

const number = (value: number, digits = 0) =>
  value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const cpu = (milliseconds: number | null) => (milliseconds === null ? 'n/a' : number(milliseconds, 1));
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
      'Ratio = GraphQL throughput / raw throughput. Round trips = Cypher queries the server sent for one request (`kg_neo4j_queries_total`).',
    '',
    '## Operations',
    '',
    '| Operation | Graph nodes | GraphQL rps | p50 | p99 | Raw rps | p50 | p99 | Ratio | Round trips |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.operations.map(
      (operation) =>
        `| ${operation.name} | ${number(operation.graphNodes)} | ${number(operation.graphql.rps, 1)} | ${number(operation.graphql.p50, 1)} | ` +
        `${number(operation.graphql.p99, 1)} | ${number(operation.raw.rps, 1)} | ${number(operation.raw.p50, 1)} | ${number(operation.raw.p99, 1)} | ` +
        `${number(operation.ratio, 2)} | ${operation.roundTripsMin === operation.roundTrips ? operation.roundTrips : `${operation.roundTripsMin}–${operation.roundTrips}`} |`,
    ),
    '',
    '### CPU per request',
    '',
    'CPU milliseconds each process spent per completed request (from /proc): the server, Neo4j and the load generator share two cores, ' +
      'so an operation’s throughput is bounded by the sum.',
    '',
    '| Operation | Graph nodes | GraphQL: server | Neo4j | autocannon | Raw: Neo4j | driver loop |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...results.operations.map(
      (operation) =>
        `| ${operation.name} | ${number(operation.graphNodes)} | ${cpu(operation.graphql.cpuMsPerRequest.server)} | ` +
        `${cpu(operation.graphql.cpuMsPerRequest.neo4j)} | ${cpu(operation.graphql.cpuMsPerRequest.client)} | ` +
        `${cpu(operation.raw.cpuMsPerRequest.neo4j)} | ${cpu(operation.raw.cpuMsPerRequest.client)} |`,
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

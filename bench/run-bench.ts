import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { localNeo4jState, stopLocalNeo4j } from '../db/local-neo4j';
import { benchConfig, benchEnvironment } from './bench-environment';
import { listBenchOperations } from './bench-operations';
import {
  NOT_OFFERED_BY_PEER,
  PENDING_QUERY_ENGINE,
  type BenchResults,
  type OperationResult,
  type SideFigures,
  type SizeResult,
} from './bench-results';
import { checkTargets } from './check-targets';
import { drawP99Chart } from './draw-p99-chart';
import { formatBenchMarkdown } from './format-bench-markdown';
import { measureOperation, warmUpEverySide, type MeasureSettings } from './measure-operation';
import { DEFAULT_SEED_DIR } from '../seed/read-seed-inputs';
import { pickBenchSamples, type BenchSamples } from './pick-bench-samples';
import { pickSeededSamples } from './pick-seeded-samples';
import { articlesFor, prepareSyntheticData } from './prepare-synthetic-data';
import { runLoaderProcess } from './run-loader-process';
import { PEER_SERVER_SCRIPT, startBenchServer, startServerProcess, type ServerMemory } from './start-bench-server';
import { startFreshNeo4j } from './start-fresh-neo4j';

const USAGE =
  'usage: npm run bench [-- --quick] [--sizes seeded,10000,100000] [--duration SECONDS] [--connections N] [--seed S]';
const RESULTS_DIR = path.resolve(__dirname, 'results');

interface BenchOptions {
  readonly mode: 'quick' | 'full' | 'custom';
  /** Whether the seeded article (seed/data, a few hundred nodes) is measured, before the synthetic sizes. */
  readonly seeded: boolean;
  readonly sizes: readonly number[];
  readonly durationSeconds: number;
  readonly warmUpSeconds: number;
  readonly connections: number;
  readonly seed: number;
}

/**
 * `npm run bench`: for each graph size, a fresh Neo4j graph of synthetic articles (loaded and
 * timed), our server and the peer (@neo4j/graphql) in child processes, and every operation
 * measured through both and as the raw-Cypher floor side by side. Writes
 * bench/results/latest.{json,md} and the p99 chart. `--quick` is the seeded article, 10k and 100k
 * nodes with 2.5 s measurements; the full run adds 1M nodes and 15 s measurements (bench/README.md
 * has timings).
 */
async function main(argv: readonly string[]): Promise<number> {
  const options = parseOptions(argv);
  if (typeof options === 'string') {
    console.error(`${options}\n${USAGE}`);
    return 2;
  }
  const started = performance.now();
  const print = (line: string) => console.log(line);
  // JAVA_HOME is passed through to the Neo4j launcher, as the test setup does.
  const environment = benchEnvironment(process.env.JAVA_HOME);
  const config = benchConfig(process.env.JAVA_HOME);
  const local = config.neo4j.local;
  if (local === null)
    throw new Error(`The benchmark's NEO4J_URI must be a local bolt:// address, but got ${config.neo4j.uri}`);

  await startFreshNeo4j(local, print);
  const state = await localNeo4jState(local);
  const neo4jPid = state.kind === 'running' ? state.pid : null;
  const driver = neo4j.driver(config.neo4j.uri, neo4j.auth.basic(config.neo4j.user, config.neo4j.password), {
    logging: { level: 'error', logger: () => undefined },
  });
  const operations: OperationResult[] = [];
  const sizes: SizeResult[] = [];
  try {
    for (const size of sizesOf(options, print)) {
      const { targetNodes, articles, folder } = size;
      const loader = await runLoaderProcess(folder, environment, print);
      print(
        `Loaded ${loader.graphNodes.toLocaleString('en')} nodes and ${loader.graphRelationships.toLocaleString('en')} relationships in ` +
          `${loader.seconds.toFixed(1)} s: ${Math.round(loader.entitiesPerSecond).toLocaleString('en')} entities/s, ` +
          `${Math.round(loader.relationshipsPerSecond).toLocaleString('en')} relationships/s, peak RSS ${(loader.peakRssBytes / 1e6).toFixed(0)} MB`,
      );
      const samples = size.seeded ? await pickSeededSamples(driver) : await pickBenchSamples(driver, articles);
      const measured = await measureEveryOperation(samples, loader.graphNodes, {
        environment,
        driver,
        settings: options,
        neo4jPid,
        print,
      });
      operations.push(...measured.results);
      sizes.push({
        seeded: size.seeded,
        targetNodes: size.seeded ? loader.graphNodes : targetNodes,
        articles,
        graphNodes: loader.graphNodes,
        graphRelationships: loader.graphRelationships,
        loader,
        serverMemory: measured.serverMemory,
      });
    }
  } finally {
    await driver.close();
    await stopLocalNeo4j(local, print);
  }

  const results = assembleResults(options, operations, sizes);
  writeResults(results, options.mode);
  print('\nTargets:');
  for (const check of results.targets)
    print(
      `  ${check.met === null ? 'not at 1M' : check.met ? 'met      ' : 'MISSED   '} ${check.target}: ${check.detail}`,
    );
  print(
    `\nWrote ${path.relative(process.cwd(), RESULTS_DIR)}/latest.json, latest.md and p99-by-size.svg (and ${options.mode}.*) in ${((performance.now() - started) / 1000).toFixed(0)} s.`,
  );
  return 0;
}

/** One graph to measure: its seed folder, generated or the real article's, and what it stands for. */
interface BenchSize {
  readonly seeded: boolean;
  readonly targetNodes: number;
  readonly articles: number;
  readonly folder: string;
}

/** The seeded article first (when measured), then each synthetic size, generated when not cached. */
function* sizesOf(options: BenchOptions, print: (line: string) => void): Generator<BenchSize> {
  if (options.seeded) {
    const articles = readdirSync(DEFAULT_SEED_DIR).filter((name) => name.endsWith('.json')).length;
    print(`\n== The seeded article: ${articles} source files of ${path.relative(process.cwd(), DEFAULT_SEED_DIR)} ==`);
    yield { seeded: true, targetNodes: 0, articles, folder: DEFAULT_SEED_DIR };
  }
  for (const targetNodes of options.sizes) {
    const articles = articlesFor(targetNodes);
    print(`\n== About ${targetNodes.toLocaleString('en')} nodes: ${articles} synthetic articles ==`);
    yield { seeded: false, targetNodes, articles, folder: prepareSyntheticData(articles, options.seed, print).folder };
  }
}

interface MeasureContext {
  readonly environment: NodeJS.ProcessEnv;
  readonly driver: Driver;
  readonly settings: MeasureSettings;
  readonly neo4jPid: number | null;
  readonly print: (line: string) => void;
}

/**
 * Starts our server and the peer over the loaded graph, measures every operation with them and
 * the driver, and stops both; our server's memory is read after the last operation.
 */
async function measureEveryOperation(
  samples: BenchSamples,
  graphNodes: number,
  { environment, driver, settings, neo4jPid, print }: MeasureContext,
): Promise<{ results: OperationResult[]; serverMemory: ServerMemory }> {
  const server = await startBenchServer(environment, print);
  const peer = await startServerProcess(PEER_SERVER_SCRIPT, environment, print).catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  try {
    const results: OperationResult[] = [];
    const target = { servers: { ours: server, peer }, driver, graphNodes, neo4jPid };
    const operations = listBenchOperations(samples);
    if (settings.warmUpSeconds > 0) {
      print(`Warming up every side of every operation (${settings.warmUpSeconds} s each)...`);
      await warmUpEverySide(target, operations, settings);
    }
    for (const operation of operations) {
      const result = await measureOperation(target, operation, settings);
      results.push(result);
      print(describeOperationResult(result));
    }
    return { results, serverMemory: await server.memory() };
  } finally {
    await Promise.all([server.stop(), peer.stop()]);
  }
}

/** bench/results/latest.* (the last run of any mode) and <mode>.* (the last run of each). */
function writeResults(results: BenchResults, mode: BenchOptions['mode']): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  // latest.* is the last run of any mode; <mode>.* keeps the last run of each, so a quick run
  // does not erase the figures of the last full (1M-node) run.
  const outputs = [
    { json: 'latest.json', markdown: 'latest.md', chart: 'p99-by-size.svg' },
    { json: `${mode}.json`, markdown: `${mode}.md`, chart: `${mode}-p99-by-size.svg` },
  ];
  for (const names of outputs) {
    writeFileSync(path.join(RESULTS_DIR, names.json), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(path.join(RESULTS_DIR, names.markdown), formatBenchMarkdown(results, names.chart));
    writeFileSync(path.join(RESULTS_DIR, names.chart), drawP99Chart(results.operations));
  }
}

/** One line per side: throughput, latency, CPU per request of the server and of Neo4j. */
function describeOperationResult(result: OperationResult): string {
  const side = (label: string, figures: SideFigures | null, absent: string) => {
    if (figures === null) return `    ${label.padEnd(5)} ${absent}`;
    const cpu = figures.cpuMsPerRequest;
    return (
      `    ${label.padEnd(5)} ${figures.rps.toFixed(0).padStart(6)} rps  p50 ${figures.p50.toFixed(1).padStart(7)}  p99 ${figures.p99.toFixed(1).padStart(7)}  ` +
      `CPU ms/request: server ${cpu.server ?? '-'}, neo4j ${cpu.neo4j ?? '?'}, client ${cpu.client}`
    );
  };
  const ratio = (value: number | null) => (value === null ? '-' : value.toFixed(2));
  return [
    `  ${result.name}: us/peer ${ratio(result.ratioToPeer)}, us/raw ${ratio(result.ratio)}, peer/raw ${ratio(result.peerRatio)}, our round trips ${result.roundTrips ?? '-'}`,
    side('us', result.ours, PENDING_QUERY_ENGINE),
    side('peer', result.peer, NOT_OFFERED_BY_PEER),
    side('raw', result.raw, ''),
  ].join('\n');
}

function assembleResults(options: BenchOptions, operations: OperationResult[], sizes: SizeResult[]): BenchResults {
  const largest = sizes.reduce((biggest, size) => (size.graphNodes > biggest.graphNodes ? size : biggest));
  const { loader } = largest;
  return {
    operations,
    loader: {
      entitiesPerSecond: Math.round(loader.entitiesPerSecond),
      relationshipsPerSecond: Math.round(loader.relationshipsPerSecond),
      graphNodes: loader.graphNodes,
      rowsPerSecond: Math.round((loader.entities + loader.relationships) / loader.seconds),
      peakRssBytes: loader.peakRssBytes,
    },
    generatedAt: new Date().toISOString(),
    mode: options.mode,
    machine: { cpus: os.cpus().length, memoryBytes: os.totalmem(), node: process.version },
    settings: { connections: options.connections, durationSeconds: options.durationSeconds, seed: options.seed },
    sizes,
    targets: checkTargets(operations, sizes),
  };
}

function parseOptions(argv: readonly string[]): BenchOptions | string {
  const quick = argv.includes('--quick');
  let sizes: number[] = quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
  let seeded = true;
  let durationSeconds = quick ? 2.5 : 15;
  let connections = 10;
  let seed = 1;
  let custom = false;
  const rest = argv.filter((arg) => arg !== '--quick');
  for (let index = 0; index < rest.length; index += 2) {
    const flag = rest[index] as string;
    const value = rest[index + 1];
    if (value === undefined) return `${flag} needs a value`;
    const whole = /^\d+$/.test(value) ? Number(value) : NaN;
    switch (flag) {
      case '--sizes': {
        const parts = value.split(',').map((part) => part.trim());
        seeded = parts.includes('seeded');
        sizes = parts.filter((part) => part !== 'seeded').map((part) => (/^\d+$/.test(part) ? Number(part) : NaN));
        if (sizes.some((size) => !(size >= 100)) || (sizes.length === 0 && !seeded))
          return `--sizes must be "seeded" or node counts of at least 100, separated by commas, but got "${value}"`;
        custom = true;
        break;
      }
      case '--duration':
        if (!/^\d+(\.\d+)?$/.test(value) || Number(value) < 1)
          return `--duration must be a number of seconds of at least 1, but got "${value}"`;
        durationSeconds = Number(value);
        custom = true;
        break;
      case '--connections':
        if (!(whole >= 1)) return `--connections must be a whole number of at least 1, but got "${value}"`;
        connections = whole;
        custom = true;
        break;
      case '--seed':
        if (Number.isNaN(whole)) return `--seed must be a whole number, but got "${value}"`;
        seed = whole;
        break;
      default:
        return `Unknown option "${flag}"`;
    }
  }
  return {
    mode: custom ? 'custom' : quick ? 'quick' : 'full',
    seeded,
    sizes: [...sizes].sort((a, b) => a - b),
    durationSeconds,
    warmUpSeconds: quick ? 0.5 : 3,
    connections,
    seed,
  };
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);

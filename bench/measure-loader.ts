import { readFileSync } from 'node:fs';
import { localNeo4jState } from '../db/local-neo4j';
import { benchConfig, benchEnvironment } from './bench-environment';
import { runLoaderProcess } from './run-loader-process';
import { startFreshNeo4j } from './start-fresh-neo4j';

/**
 * `tsx bench/measure-loader.ts <seed folder>...`: only the loader part of `npm run bench`, for
 * tuning it. Each folder loads into a freshly started Neo4j of the benchmark's own (see
 * `KG_BENCH_NEO4J_PORT`), in a child process, and prints rows per second and peak RSS.
 */
async function main(folders: readonly string[]): Promise<void> {
  if (folders.length === 0) throw new Error('usage: tsx bench/measure-loader.ts <seed folder>...');
  const environment = benchEnvironment(process.env.JAVA_HOME);
  const local = benchConfig(process.env.JAVA_HOME).neo4j.local;
  if (local === null) throw new Error('The benchmark needs a local Neo4j');
  const print = (line: string) => console.log(line);
  for (const folder of folders) {
    await startFreshNeo4j(local, print);
    const state = await localNeo4jState(local);
    const neo4jCpuBefore = state.kind === 'running' ? cpuSecondsOf(state.pid) : 0;
    const loaded = await runLoaderProcess(folder, environment, print);
    // On a shared machine rows/s moves with the neighbours' load; Neo4j's own CPU per row less so.
    const neo4jCpu = state.kind === 'running' ? cpuSecondsOf(state.pid) - neo4jCpuBefore : Number.NaN;
    const rows = loaded.entities + loaded.relationships;
    print(
      `${folder}: ${rows.toLocaleString('en')} rows in ${loaded.seconds.toFixed(1)} s (wall ${loaded.wallSeconds.toFixed(1)} s): ` +
        `${Math.round(rows / loaded.seconds).toLocaleString('en')} rows/s, ${Math.round(loaded.entitiesPerSecond).toLocaleString('en')} entities/s, ` +
        `${Math.round(loaded.relationshipsPerSecond).toLocaleString('en')} relationships/s, peak RSS ${(loaded.peakRssBytes / 1e6).toFixed(0)} MB, ` +
        `Neo4j CPU ${neo4jCpu.toFixed(1)} s (${((neo4jCpu / rows) * 1e6).toFixed(0)} µs per row)`,
    );
  }
}

/** User plus system CPU seconds of a process so far, from /proc (Linux). */
function cpuSecondsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  // utime and stime are fields 14 and 15 of stat, 12 and 13 after the command; in clock ticks.
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

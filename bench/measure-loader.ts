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
    const loaded = await runLoaderProcess(folder, environment, print);
    const rows = loaded.entities + loaded.relationships;
    print(
      `${folder}: ${rows.toLocaleString('en')} rows in ${loaded.seconds.toFixed(1)} s (wall ${loaded.wallSeconds.toFixed(1)} s): ` +
        `${Math.round(rows / loaded.seconds).toLocaleString('en')} rows/s, ${Math.round(loaded.entitiesPerSecond).toLocaleString('en')} entities/s, ` +
        `${Math.round(loaded.relationshipsPerSecond).toLocaleString('en')} relationships/s, peak RSS ${(loaded.peakRssBytes / 1e6).toFixed(0)} MB`,
    );
  }
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

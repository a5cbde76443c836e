import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config/load-config';
import { DEFAULT_SEED_DIR } from '../seed/read-seed-inputs';
import { listBenchOperations } from './bench-operations';
import { measureGraphQL } from './measure-graphql';
import { pickSeededSamples } from './pick-seeded-samples';
import { runLoaderProcess } from './run-loader-process';
import { startServerProcess, OUR_SERVER_SCRIPT } from './start-bench-server';
import { summarizeCpuProfile, type CpuProfile } from './summarize-cpu-profile';

const SECONDS_PER_OPERATION = Number(process.env.KG_PROFILE_SECONDS ?? 8);
const CONNECTIONS = 10;

/**
 * `tsx bench/profile-server.ts`: where a request's CPU goes in our server. Loads the seeded
 * article into the Neo4j of NEO4J_URI (which it empties), starts the server under
 * `--cpu-prof`, drives every operation it shares with the peer for KG_PROFILE_SECONDS (8) each,
 * stops it and prints the CPU milliseconds per request of each stage (bench/README.md keeps the
 * figures).
 */
async function main(): Promise<void> {
  const print = (line: string) => console.log(line);
  const config = loadConfig();
  await runLoaderProcess(DEFAULT_SEED_DIR, {}, print);
  const driver = neo4j.driver(config.neo4j.uri, neo4j.auth.basic(config.neo4j.user, config.neo4j.password));
  const samples = await pickSeededSamples(driver).finally(() => driver.close());
  const profiles = mkdtempSync(path.join(os.tmpdir(), 'kg-cpu-profile-'));
  const server = await startServerProcess(
    { script: OUR_SERVER_SCRIPT, nodeArguments: ['--cpu-prof', `--cpu-prof-dir=${profiles}`] },
    // A machine shared with other jobs can keep Neo4j busy past the production timeouts.
    { LOG_LEVEL: 'warn', NEO4J_ACQUISITION_TIMEOUT_MS: '60000', NEO4J_TRANSACTION_TIMEOUT_MS: '60000' },
    print,
  );
  let requests = 0;
  let loadStarted = 0;
  let loadEnded = 0;
  try {
    const operations = listBenchOperations(samples).filter((operation) => operation.peer !== null);
    // A first pass warms the JIT and every cache; only the second is in the profile's window.
    for (const pass of ['warm-up', 'measured'] as const) {
      if (pass === 'measured') loadStarted = performance.now();
      for (const operation of operations) {
        if (operation.ours === null) continue;
        const seconds = pass === 'warm-up' ? 2 : SECONDS_PER_OPERATION;
        const target = { url: server.url, name: operation.name, requests: operation.ours };
        const measured = await measureGraphQL(target, { connections: CONNECTIONS, durationSeconds: seconds });
        if (pass === 'measured') {
          requests += measured.requests;
          print(`  ${operation.name}: ${measured.requests} requests, ${measured.rps.toFixed(0)} rps`);
        }
      }
    }
    loadEnded = performance.now();
  } finally {
    await server.stop();
  }
  const file = readdirSync(profiles).find((name) => name.endsWith('.cpuprofile'));
  if (file === undefined) throw new Error(`The server wrote no CPU profile into ${profiles}`);
  const profile = JSON.parse(readFileSync(path.join(profiles, file), 'utf8')) as CpuProfile;
  print(`The profile: ${path.join(profiles, file)} (open it in Chrome's DevTools, Performance)`);
  // The window ends at the server's exit, a moment after the load: the shutdown is in it too.
  const stages = summarizeCpuProfile(profile, loadEnded - loadStarted + 500);
  const total = [...stages.values()].reduce((sum, value) => sum + value, 0);
  print(`\n${requests} requests; server CPU ${(total / requests).toFixed(3)} ms per request\n`);
  print('| Stage | CPU ms per request | Share |\n|---|---:|---:|');
  for (const [stage, ms] of [...stages].sort((a, b) => b[1] - a[1]))
    print(`| ${stage} | ${(ms / requests).toFixed(3)} | ${((100 * ms) / total).toFixed(1)} % |`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);

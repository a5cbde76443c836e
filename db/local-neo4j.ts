import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { LocalNeo4jConfig } from '../src/config/load-config';

/**
 * Starts, stops and inspects the embedded Neo4j of `db/launcher`, a Java process that outlives the
 * command that started it. Its pid and log live in its data folder, so two data folders (the
 * development one and the test one) are two independent databases on two ports.
 */

const LAUNCHER_DIR = path.resolve(__dirname, 'launcher');
const CLASSPATH_FILE = path.join(LAUNCHER_DIR, 'target', 'classpath.txt');
const CLASSES_DIR = path.join(LAUNCHER_DIR, 'target', 'classes');
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 30_000;

export type LocalNeo4jState =
  | { readonly kind: 'running'; readonly pid: number; readonly uri: string }
  | { readonly kind: 'foreign'; readonly uri: string }
  | { readonly kind: 'stopped'; readonly uri: string };

/** What `startLocalNeo4j` did: only a `started` instance is the caller's to stop. */
export type StartOutcome = 'started' | 'already-running' | 'foreign';

type Print = (line: string) => void;

function uriOf(local: LocalNeo4jConfig): string {
  return `bolt://127.0.0.1:${local.port}`;
}

function filesOf(local: LocalNeo4jConfig) {
  const dataDir = path.resolve(local.dataDir);
  return { dataDir, pidFile: path.join(dataDir, 'launcher.pid'), logFile: path.join(dataDir, 'launcher.log') };
}

/** True when something at the port answers `RETURN 1` over Bolt within `timeoutMs`. */
export async function boltAnswers(uri: string, timeoutMs = 2_000): Promise<boolean> {
  // The embedded launcher runs with authentication off, so any credentials are accepted.
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'neo4j'), {
    connectionTimeout: timeoutMs,
    connectionAcquisitionTimeout: timeoutMs,
    maxTransactionRetryTime: 0,
    logging: { level: 'error', logger: () => undefined },
  });
  try {
    await driver.executeQuery('RETURN 1', {}, { database: 'neo4j' });
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

/** The pid from the pid file when that process is alive and is our launcher; null otherwise. */
function livePid(local: LocalNeo4jConfig): number | null {
  const { pidFile } = filesOf(local);
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
  } catch {
    return null;
  }
  // A stale pid file may name a pid the system has since given to another program.
  const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  return commandLine.includes('kg.launcher.Neo4jLauncher') ? pid : null;
}

export async function localNeo4jState(local: LocalNeo4jConfig): Promise<LocalNeo4jState> {
  const uri = uriOf(local);
  const pid = livePid(local);
  if (pid !== null) return { kind: 'running', pid, uri };
  return (await boltAnswers(uri)) ? { kind: 'foreign', uri } : { kind: 'stopped', uri };
}

/**
 * Compiles the launcher and resolves Neo4j's jars through Maven, unless that was already done
 * for the current pom and source. The first run downloads Neo4j from Maven Central, with Maven's
 * own output as progress.
 */
export function buildLauncher(print: Print): void {
  const pom = path.join(LAUNCHER_DIR, 'pom.xml');
  const source = path.join(LAUNCHER_DIR, 'src', 'main', 'java', 'kg', 'launcher', 'Neo4jLauncher.java');
  if (existsSync(CLASSPATH_FILE)) {
    const builtAt = statSync(CLASSPATH_FILE).mtimeMs;
    if (statSync(pom).mtimeMs <= builtAt && statSync(source).mtimeMs <= builtAt) return;
  }
  print('Building the Neo4j launcher with Maven (the first time, this downloads Neo4j 5.26 from Maven Central)...');
  // Maven's own output streams through live: on a cold machine its Downloading/Downloaded lines
  // are the progress of fetching Neo4j.
  const result = spawnSync('mvn', ['-B', '-f', pom, 'package'], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.error) throw new Error(`Could not run mvn (is Maven installed and on PATH?): ${result.error.message}`);
  if (result.status !== 0) throw new Error(`mvn package failed with exit code ${result.status}; see the output above.`);
}

/**
 * Starts the local Neo4j unless it already runs, and resolves once Bolt answers `RETURN 1`.
 * Idempotent: a second call reports the running instance and starts nothing.
 */
export async function startLocalNeo4j(local: LocalNeo4jConfig, print: Print): Promise<StartOutcome> {
  const state = await localNeo4jState(local);
  if (state.kind === 'running') {
    print(`Neo4j is already running (pid ${state.pid}) at ${state.uri}`);
    return 'already-running';
  }
  if (state.kind === 'foreign') {
    print(`A Neo4j not started by this project already answers at ${state.uri}; using it.`);
    return 'foreign';
  }

  buildLauncher(print);
  const { dataDir, pidFile, logFile } = filesOf(local);
  mkdirSync(dataDir, { recursive: true });
  const classpath = `${CLASSES_DIR}${path.delimiter}${readFileSync(CLASSPATH_FILE, 'utf8').trim()}`;
  const java = local.javaHome === null ? 'java' : path.join(local.javaHome, 'bin', 'java');
  const logFd = openSync(logFile, 'w');
  const child = spawn(
    java,
    [
      `-Xmx${local.heap}`,
      '-XX:+UseG1GC',
      '-Dfile.encoding=UTF-8',
      '-cp',
      classpath,
      'kg.launcher.Neo4jLauncher',
      '--port',
      String(local.port),
      '--data',
      dataDir,
      '--pagecache',
      local.pageCache,
    ],
    { detached: true, stdio: ['ignore', logFd, logFd] },
  );
  closeSync(logFd);
  if (child.pid === undefined) throw new Error(`Could not start ${java}; is a JDK 17 installed?`);
  writeFileSync(pidFile, String(child.pid));
  let exited: number | null = null;
  child.on('exit', (code) => {
    exited = code ?? -1;
  });
  child.unref();

  print(`Starting Neo4j at ${uriOf(local)} (data in ${dataDir})...`);
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited !== null) {
      rmSync(pidFile, { force: true });
      throw new Error(
        `Neo4j exited with code ${String(exited)} while starting. Last lines of ${logFile}:\n${tail(logFile)}`,
      );
    }
    if (readFileSync(logFile, 'utf8').includes('READY ') && (await boltAnswers(uriOf(local)))) {
      print(`Neo4j is ready at ${uriOf(local)} (pid ${child.pid})`);
      return 'started';
    }
    await sleep(250);
  }
  throw new Error(
    `Neo4j did not answer within ${START_TIMEOUT_MS / 1000} s. Last lines of ${logFile}:\n${tail(logFile)}`,
  );
}

/** Stops the local Neo4j started from this data folder, waiting until its process is gone. */
export async function stopLocalNeo4j(local: LocalNeo4jConfig, print: Print): Promise<void> {
  const { pidFile } = filesOf(local);
  const pid = livePid(local);
  if (pid === null) {
    rmSync(pidFile, { force: true });
    print(`Neo4j is not running at ${uriOf(local)}`);
    return;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (Date.now() < deadline && isAlive(pid)) await sleep(100);
  if (isAlive(pid)) {
    print(`Neo4j (pid ${pid}) did not stop within ${STOP_TIMEOUT_MS / 1000} s; killing it.`);
    process.kill(pid, 'SIGKILL');
    while (isAlive(pid)) await sleep(100);
  }
  rmSync(pidFile, { force: true });
  print(`Neo4j stopped (pid ${pid})`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function tail(file: string, lines = 20): string {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n') : '(no log)';
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

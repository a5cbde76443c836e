import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LocalCoreNlpConfig } from '../src/config/load-config';

/**
 * Starts, stops and inspects a local Stanford CoreNLP server, a Java process that outlives the
 * command that started it. CoreNLP is GPL-3, so it is fetched by Maven (`nlp/pom.xml`) and only
 * ever run as this separate process, spoken to over HTTP. Its pid and log live in its data
 * folder, so two ports are two independent engines.
 */

const NLP_DIR = __dirname;
const POM = path.join(NLP_DIR, 'pom.xml');
const CLASSPATH_FILE = path.join(NLP_DIR, 'target', 'classpath.txt');
const SERVER_CLASS = 'edu.stanford.nlp.pipeline.StanfordCoreNLPServer';
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 30_000;

export type LocalCoreNlpState =
  | { readonly kind: 'running'; readonly pid: number; readonly url: string }
  | { readonly kind: 'foreign'; readonly url: string }
  | { readonly kind: 'stopped'; readonly url: string };

/** What `startLocalCoreNlp` did: only a `started` engine is the caller's to stop. */
export type StartOutcome = 'started' | 'already-running' | 'foreign';

type Print = (line: string) => void;

export function urlOf(local: LocalCoreNlpConfig): string {
  return `http://127.0.0.1:${local.port}`;
}

function filesOf(local: LocalCoreNlpConfig) {
  const dataDir = path.resolve(local.dataDir);
  return { dataDir, pidFile: path.join(dataDir, 'corenlp.pid'), logFile: path.join(dataDir, 'corenlp.log') };
}

/** True when a CoreNLP server at `url` says it is live (`GET /live`) within `timeoutMs`. */
export async function engineAnswers(url: string, timeoutMs = 2_000): Promise<boolean> {
  try {
    const response = await fetch(`${url}/live`, { signal: AbortSignal.timeout(timeoutMs) });
    return response.ok;
  } catch {
    return false;
  }
}

/** The pid from the pid file when that process is alive and is a CoreNLP server; null otherwise. */
function livePid(local: LocalCoreNlpConfig): number | null {
  const { pidFile } = filesOf(local);
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null;
  // A stale pid file may name a pid the system has since given to another program.
  const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  return commandLine.includes(SERVER_CLASS) ? pid : null;
}

export async function localCoreNlpState(local: LocalCoreNlpConfig): Promise<LocalCoreNlpState> {
  const url = urlOf(local);
  const pid = livePid(local);
  if (pid !== null) return { kind: 'running', pid, url };
  return (await engineAnswers(url)) ? { kind: 'foreign', url } : { kind: 'stopped', url };
}

/**
 * Resolves CoreNLP's jars through Maven into `nlp/target/classpath.txt`, unless that was already
 * done for the current pom. The first run downloads about 0.5 GB of models from Maven Central, with
 * Maven's own output as progress.
 */
export function fetchCoreNlp(print: Print): string {
  if (existsSync(CLASSPATH_FILE) && statSync(POM).mtimeMs <= statSync(CLASSPATH_FILE).mtimeMs)
    return readFileSync(CLASSPATH_FILE, 'utf8').trim();
  print('Fetching Stanford CoreNLP 4.5.10 with Maven (the first time, this downloads about 0.5 GB of models)...');
  mkdirSync(path.dirname(CLASSPATH_FILE), { recursive: true });
  const result = spawnSync(
    'mvn',
    [
      '-B',
      '-f',
      POM,
      'dependency:build-classpath',
      `-Dmdep.outputFile=${CLASSPATH_FILE}`,
      '-Dmdep.includeScope=runtime',
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (result.error) throw new Error(`Could not run mvn (is Maven installed and on PATH?): ${result.error.message}`);
  if (result.status !== 0)
    throw new Error(`mvn dependency:build-classpath failed with exit code ${result.status}; see the output above.`);
  return readFileSync(CLASSPATH_FILE, 'utf8').trim();
}

/**
 * Starts the local CoreNLP server unless one already answers at its port, and resolves once it
 * says it is live. Idempotent: a second call reports the running engine and starts nothing.
 * Models load on the first request that needs them, not here.
 */
export async function startLocalCoreNlp(local: LocalCoreNlpConfig, print: Print): Promise<StartOutcome> {
  const state = await localCoreNlpState(local);
  if (state.kind === 'running') {
    print(`CoreNLP is already running (pid ${state.pid}) at ${state.url}`);
    return 'already-running';
  }
  if (state.kind === 'foreign') {
    print(`A CoreNLP server not started by this project already answers at ${state.url}; using it.`);
    return 'foreign';
  }
  const classpath = fetchCoreNlp(print);
  const { dataDir, pidFile, logFile } = filesOf(local);
  mkdirSync(dataDir, { recursive: true });
  const pid = spawnServer(local, { classpath, logFile });
  writeFileSync(pidFile, String(pid.pid));
  print(`Starting CoreNLP at ${urlOf(local)} (log in ${logFile})...`);
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (pid.exitCode() !== null) {
      rmSync(pidFile, { force: true });
      throw new Error(
        `CoreNLP exited with code ${String(pid.exitCode())} while starting. Last lines of ${logFile}:\n${tail(logFile)}`,
      );
    }
    if (await engineAnswers(urlOf(local))) {
      print(`CoreNLP is ready at ${urlOf(local)} (pid ${pid.pid})`);
      return 'started';
    }
    await sleep(250);
  }
  throw new Error(
    `CoreNLP did not answer within ${START_TIMEOUT_MS / 1000} s. Last lines of ${logFile}:\n${tail(logFile)}`,
  );
}

function spawnServer(local: LocalCoreNlpConfig, files: { classpath: string; logFile: string }) {
  const java = local.javaHome === null ? 'java' : path.join(local.javaHome, 'bin', 'java');
  const logFd = openSync(files.logFile, 'w');
  const child = spawn(
    java,
    [
      `-mx${local.heap}`,
      '-Dfile.encoding=UTF-8',
      '-cp',
      files.classpath,
      SERVER_CLASS,
      '-port',
      String(local.port),
      '-threads',
      String(local.threads),
      '-timeout',
      String(local.requestTimeoutMs),
      '-quiet',
    ],
    { detached: true, stdio: ['ignore', logFd, logFd] },
  );
  closeSync(logFd);
  if (child.pid === undefined) throw new Error(`Could not start ${java}; is a JDK 17 installed?`);
  let exited: number | null = null;
  child.on('exit', (code) => {
    exited = code ?? -1;
  });
  child.unref();
  return { pid: child.pid, exitCode: () => exited };
}

/** Stops the local CoreNLP started for this port, waiting until its process is gone. */
export async function stopLocalCoreNlp(local: LocalCoreNlpConfig, print: Print): Promise<void> {
  const { pidFile } = filesOf(local);
  const pid = livePid(local);
  if (pid === null) {
    rmSync(pidFile, { force: true });
    print(`CoreNLP started by this project is not running at ${urlOf(local)}`);
    return;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (Date.now() < deadline && isAlive(pid)) await sleep(100);
  if (isAlive(pid)) {
    print(`CoreNLP (pid ${pid}) did not stop within ${STOP_TIMEOUT_MS / 1000} s; killing it.`);
    process.kill(pid, 'SIGKILL');
    while (isAlive(pid)) await sleep(100);
  }
  rmSync(pidFile, { force: true });
  print(`CoreNLP stopped (pid ${pid})`);
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

import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

/**
 * How to run `src/main.ts`:
 * - `node`: `node --import tsx src/main.ts`, one process; signals reach the server itself.
 * - `tsx`: `tsx src/main.ts`, as `npm start` and the Docker CMD do. tsx's CLI is a second process
 *   that relays SIGTERM to the server and SIGKILLs it when the server does not acknowledge the
 *   signal within 30 ms, which a busy event loop easily misses.
 */
export type MainLauncher = 'node' | 'tsx';

/** One pino line from the server's stdout. */
export interface LogLine {
  readonly level: number;
  readonly msg: string;
  readonly time: number;
  readonly [key: string]: unknown;
}

export interface SpawnedMain {
  readonly child: ChildProcess;
  /** Every JSON log line so far, in order. */
  readonly logs: LogLine[];
  /** Everything that was not a JSON log line (stderr, and non-JSON stdout), for failure messages. */
  readonly otherOutput: string[];
  /** Resolves with the first log line matching `test`, or rejects after `timeoutMs`. */
  waitForLog(test: (line: LogLine) => boolean, timeoutMs: number): Promise<LogLine>;
  /** Resolves with the server's base URL once it logs where it serves. */
  waitForUrl(timeoutMs: number): Promise<string>;
  /** Resolves once the process has exited. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Sends SIGKILL to its process group if it still runs, and waits for it to exit. For cleanup only. */
  kill(): Promise<void>;
}

/**
 * Runs `src/main.ts` (what `npm start` runs) as a child process with `env` on top of a clean
 * environment: jest's own variables (NODE_ENV=test, LOG_LEVEL=silent, the test NEO4J_URI) are
 * left out so the child behaves as a real start does.
 */
export function spawnMain(env: Record<string, string>, launcher: MainLauncher = 'node'): SpawnedMain {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(NODE_ENV|LOG_LEVEL|NEO4J_|PORT$|HOST$|INTROSPECTION$|JEST_)/.test(name),
    ),
  );
  // Its own process group, so cleanup can reach the node process tsx starts, even after SIGKILL.
  const command = launcher === 'node' ? process.execPath : TSX;
  const args = launcher === 'node' ? ['--import', 'tsx', 'src/main.ts'] : ['src/main.ts'];
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const logs: LogLine[] = [];
  const otherOutput: string[] = [];
  const waiters = new Set<() => void>();

  let pending = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      try {
        logs.push(JSON.parse(line) as LogLine);
      } catch {
        otherOutput.push(line);
      }
    }
    for (const wake of waiters) wake();
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => otherOutput.push(chunk));

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => {
      for (const wake of waiters) wake();
      resolve({ code, signal });
    });
  });

  const waitForLog = (test: (line: LogLine) => boolean, timeoutMs: number) =>
    new Promise<LogLine>((resolve, reject) => {
      const check = () => {
        const found = logs.find(test);
        if (found !== undefined) {
          finish();
          resolve(found);
        } else if (child.exitCode !== null || child.signalCode !== null) {
          finish();
          reject(
            new Error(
              `The server exited (${child.exitCode ?? child.signalCode}) before the awaited log line.\n${describeOutput()}`,
            ),
          );
        }
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`No such log line within ${timeoutMs} ms.\n${describeOutput()}`));
      }, timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        waiters.delete(check);
      };
      waiters.add(check);
      check();
    });

  const describeOutput = () =>
    [...logs.map((line) => JSON.stringify(line)), ...otherOutput].join('\n').slice(-4000) || '(no output)';

  return {
    child,
    logs,
    otherOutput,
    waitForLog,
    async waitForUrl(timeoutMs) {
      const line = await waitForLog((entry) => /^GraphQL at http:\/\/\S+\/graphql/.test(entry.msg), timeoutMs);
      return (/^GraphQL at (http:\/\/\S+)\/graphql/.exec(line.msg) as RegExpExecArray)[1] as string;
    },
    exited,
    async kill() {
      if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
      await exited;
    },
  };
}

import { spawn } from 'node:child_process';
import path from 'node:path';
import { RESULT_PREFIX, type LoaderMeasurement } from './load-synthetic-graph';

const ROOT = path.resolve(__dirname, '..');

/**
 * Loads `folder` in a child process (bench/load-synthetic-graph.ts) so the loader's peak memory
 * is its own; its progress lines are passed to `print` as they come.
 */
export function runLoaderProcess(
  folder: string,
  environment: NodeJS.ProcessEnv,
  print: (line: string) => void,
): Promise<LoaderMeasurement> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/load-synthetic-graph.ts', folder], {
      cwd: ROOT,
      env: { ...process.env, ...environment },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderrTail: string[] = [];
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      for (const line of chunk
        .toString()
        .split('\n')
        .filter((text) => text.trim().length > 0)) {
        print(`  [loader] ${line.trim()}`);
        stderrTail = [...stderrTail.slice(-20), line];
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const line = stdout.split('\n').find((text) => text.startsWith(RESULT_PREFIX));
      if (code !== 0 || line === undefined) {
        reject(new Error(`The loader exited with code ${code} without a result:\n${stderrTail.join('\n')}`));
        return;
      }
      resolve(JSON.parse(line.slice(RESULT_PREFIX.length)) as LoaderMeasurement);
    });
  });
}

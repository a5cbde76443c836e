import { spawn } from 'node:child_process';
import path from 'node:path';
import { TEST_ENVIRONMENT } from './test-environment';

const ROOT = path.resolve(__dirname, '../..');

/** What a command printed and how it ended. */
export interface CliOutcome {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs one of the project's TypeScript entry points (`seed/cli.ts`, `extract/cli.ts`) as a child
 * process from the checkout's root, as its npm script does, with the test environment plus
 * `environment`, and resolves with its output once it exits.
 */
export function runScript(
  script: string,
  args: readonly string[],
  environment: NodeJS.ProcessEnv = {},
): Promise<CliOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', script, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...TEST_ENVIRONMENT, ...environment },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

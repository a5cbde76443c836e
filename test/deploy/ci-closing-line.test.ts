import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// CI decides whether a run tested anything from the closing lines of its output; these tests pin
// what our output says there.
const root = path.resolve(__dirname, '..', '..');

/** Runs Jest, with only our closing-line reporter added, over one generated test file. */
function runJestOver(testSource: string): { status: number | null; lines: string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-closing-line-'));
  writeFileSync(path.join(dir, 'sample.test.js'), testSource);
  const config = {
    rootDir: dir,
    testMatch: ['**/sample.test.js'],
    reporters: ['default', path.join(root, 'test', 'support', 'closing-line-reporter.js')],
  };
  // stdout and stderr into one file, in the order they were written, as CI's log has them.
  const logPath = path.join(dir, 'output.log');
  const log = openSync(logPath, 'w');
  const result = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), '--config', JSON.stringify(config)], {
    cwd: dir,
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  const lines = readFileSync(logPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  return { status: result.status, lines };
}

describe('the output CI reads', () => {
  it('ends a passing run with the plain "N passed, N failed" line', () => {
    const run = runJestOver("test('a', () => {}); test('b', () => {}); test.todo('c');");
    expect(run.status).toBe(0);
    expect(run.lines.at(-1)).toBe('Tests: 2 passed, 0 failed, 1 skipped');
  });

  it('ends a failing run with its failures counted', () => {
    const run = runJestOver("test('a', () => { throw new Error('no'); }); test('b', () => {});");
    expect(run.status).toBe(1);
    expect(run.lines.at(-1)).toBe('Tests: 1 passed, 1 failed, 0 skipped');
  });

  it('builds the Neo4j launcher without a Surefire line that would read as "no tests ran"', () => {
    // `validate`..`package` of the launcher's pom, offline (the jars are already resolved by the
    // global setup), so the test sees exactly the lines the launcher build adds to npm test.
    const result = spawnSync('mvn', ['-B', '-o', '-f', path.join(root, 'db', 'launcher', 'pom.xml'), 'package'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('BUILD SUCCESS');
    expect(result.stdout).not.toMatch(/surefire|No tests to run|Tests run:/i);
  });
});

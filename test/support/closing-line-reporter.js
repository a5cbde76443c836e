// Ends the run with one plain line, "Tests: N passed, N failed, N skipped", after Jest's own summary.
// CI reads the closing line of a test run to tell a run that tested nothing from one that passed;
// Jest's "Tests: 322 passed, 322 total" is not a form it reads, and other tools' lines (Maven's
// "No tests to run." when the Neo4j launcher builds) must not be taken for this run's verdict.

/** @implements {import('@jest/reporters').Reporter} */
class ClosingLineReporter {
  /** @param {unknown} _contexts @param {import('@jest/test-result').AggregatedResult} results */
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `Tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`;
    // Written at exit, so it follows Jest's summary and the global teardown's output too.
    process.once('exit', () => process.stdout.write(line));
  }

  getLastError() {
    return undefined;
  }
}

module.exports = ClosingLineReporter;

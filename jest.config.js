/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/src', '<rootDir>/seed'],
  testMatch: ['**/*.test.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  setupFiles: ['<rootDir>/test/support/test-environment.ts'],
  // Test files share one Neo4j; running them one at a time keeps their data apart and the
  // two-core machine responsive.
  maxWorkers: 1,
  testTimeout: 60_000,
  // The closing line after Jest's summary is the plain "N passed, N failed" that CI reads.
  reporters: ['default', '<rootDir>/test/support/closing-line-reporter.js'],
  transform: { '^.+\\.ts$': 'ts-jest' },
};

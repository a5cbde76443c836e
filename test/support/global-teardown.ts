import { existsSync, readFileSync, rmSync } from 'node:fs';
import { loadConfig } from '../../src/config/load-config';
import { stopLocalNeo4j } from '../../db/local-neo4j';
import { TEST_ENVIRONMENT } from './test-environment';
import { STARTED_MARKER } from './started-marker';

/** Stops the test Neo4j only if global setup started it; a reused one keeps running. */
export default async function globalTeardown(): Promise<void> {
  const startedHere = existsSync(STARTED_MARKER) && readFileSync(STARTED_MARKER, 'utf8') === 'started';
  rmSync(STARTED_MARKER, { force: true });
  const local = loadConfig(TEST_ENVIRONMENT).neo4j.local;
  if (startedHere && local !== null) await stopLocalNeo4j(local, (line) => console.log(`[test neo4j] ${line}`));
}

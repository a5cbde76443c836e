import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../src/config/load-config';
import { startLocalNeo4j } from '../../db/local-neo4j';
import { TEST_ENVIRONMENT } from './test-environment';
import { STARTED_MARKER } from './started-marker';

/** Starts (or reuses) the test Neo4j; remembers whether it started it, for teardown. */
export default async function globalSetup(): Promise<void> {
  const local = loadConfig(TEST_ENVIRONMENT).neo4j.local;
  if (local === null) throw new Error('The test NEO4J_URI must be a local bolt:// address');
  const outcome = await startLocalNeo4j(local, (line) => console.log(`[test neo4j] ${line}`));
  // A reused Neo4j may not have created the data folder's parent here.
  mkdirSync(path.dirname(STARTED_MARKER), { recursive: true });
  writeFileSync(STARTED_MARKER, outcome);
}

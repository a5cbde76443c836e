import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../src/config/load-config';
import { startLocalNeo4j } from '../../db/local-neo4j';
import { startLocalCoreNlp } from '../../nlp/local-corenlp';
import { TEST_ENVIRONMENT } from './test-environment';
import { CORENLP_STARTED_MARKER, STARTED_MARKER } from './started-marker';

/** Starts (or reuses) the test Neo4j and the test CoreNLP; remembers which it started, for teardown. */
export default async function globalSetup(): Promise<void> {
  const config = loadConfig(TEST_ENVIRONMENT);
  const local = config.neo4j.local;
  if (local === null) throw new Error('The test NEO4J_URI must be a local bolt:// address');
  const outcome = await startLocalNeo4j(local, (line) => console.log(`[test neo4j] ${line}`));
  // A reused Neo4j may not have created the data folder's parent here.
  mkdirSync(path.dirname(STARTED_MARKER), { recursive: true });
  writeFileSync(STARTED_MARKER, outcome);
  // The engine's models load on its first request, so starting it here costs only its JVM's start.
  const engine = config.coreNlp.local;
  if (engine === null) throw new Error('The test CORENLP_URLS must be a local http:// address');
  const engineOutcome = await startLocalCoreNlp(engine, (line) => console.log(`[test corenlp] ${line}`));
  mkdirSync(path.dirname(CORENLP_STARTED_MARKER), { recursive: true });
  writeFileSync(CORENLP_STARTED_MARKER, engineOutcome);
}

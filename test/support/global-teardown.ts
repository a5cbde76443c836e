import { existsSync, readFileSync, rmSync } from 'node:fs';
import { loadConfig } from '../../src/config/load-config';
import { stopLocalNeo4j } from '../../db/local-neo4j';
import { stopLocalCoreNlp } from '../../nlp/local-corenlp';
import { TEST_ENVIRONMENT } from './test-environment';
import { CORENLP_STARTED_MARKER, STARTED_MARKER } from './started-marker';

/** Stops the test Neo4j and CoreNLP only if global setup started them; reused ones keep running. */
export default async function globalTeardown(): Promise<void> {
  const engineStartedHere =
    existsSync(CORENLP_STARTED_MARKER) && readFileSync(CORENLP_STARTED_MARKER, 'utf8') === 'started';
  rmSync(CORENLP_STARTED_MARKER, { force: true });
  const engine = loadConfig(TEST_ENVIRONMENT).coreNlp.local;
  if (engineStartedHere && engine !== null)
    await stopLocalCoreNlp(engine, (line) => console.log(`[test corenlp] ${line}`));
  const startedHere = existsSync(STARTED_MARKER) && readFileSync(STARTED_MARKER, 'utf8') === 'started';
  rmSync(STARTED_MARKER, { force: true });
  const local = loadConfig(TEST_ENVIRONMENT).neo4j.local;
  if (startedHere && local !== null) await stopLocalNeo4j(local, (line) => console.log(`[test neo4j] ${line}`));
}

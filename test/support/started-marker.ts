import path from 'node:path';
import { TEST_ENVIRONMENT } from './test-environment';

/** Where global setup records whether it started the test Neo4j (and teardown must stop it). */
export const STARTED_MARKER = path.resolve(__dirname, '../..', `${TEST_ENVIRONMENT.NEO4J_LOCAL_DATA}.started-by-jest`);

/** Where global setup records whether it started the test CoreNLP (and teardown must stop it). */
export const CORENLP_STARTED_MARKER = path.resolve(
  __dirname,
  '../..',
  `${TEST_ENVIRONMENT.CORENLP_LOCAL_DATA}.started-by-jest`,
);

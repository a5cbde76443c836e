import { rmSync } from 'node:fs';
import path from 'node:path';
import { localNeo4jState, startLocalNeo4j, stopLocalNeo4j } from '../db/local-neo4j';
import type { LocalNeo4jConfig } from '../src/config/load-config';

/**
 * Starts the benchmark's Neo4j on an empty data folder (stopping and deleting an earlier one
 * first), so a run never starts from a graph of an earlier run. Refuses a port where a Neo4j
 * it did not start answers: that one is someone else's.
 */
export async function startFreshNeo4j(local: LocalNeo4jConfig, print: (line: string) => void): Promise<void> {
  const state = await localNeo4jState(local);
  if (state.kind === 'foreign') {
    throw new Error(
      `A Neo4j this project did not start answers at ${state.uri}; the benchmark needs that port for a Neo4j of its own.`,
    );
  }
  if (state.kind === 'running') await stopLocalNeo4j(local, print);
  const dataDir = path.resolve(local.dataDir);
  if (!dataDir.includes(`${path.sep}.neo4j${path.sep}`))
    throw new Error(`Refusing to delete ${dataDir}: the benchmark's data folder must be under .neo4j/`);
  rmSync(dataDir, { recursive: true, force: true });
  const outcome = await startLocalNeo4j(local, print);
  if (outcome !== 'started')
    throw new Error(`Expected to start a fresh Neo4j at port ${local.port}, but it was ${outcome}`);
}

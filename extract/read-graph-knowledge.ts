import type { Config } from '../src/config/load-config';
import type { GraphKnowledge } from '../src/extract/batch/batch-types';
import { GraphDatabase } from '../src/graph/graph-database';
import { DatabaseUnavailableError } from '../src/graph/database-unavailable-error';
import { findReviewedIds } from '../src/graph/read/find-reviewed-ids';
import { listKnownEntities } from '../src/graph/read/list-known-entities';
import { readSeedEntities } from '../src/extract/link/read-seed-entities';
import type { EntityType } from '../src/extract/extracted-article';
import type { KnownEntity } from '../src/extract/link/known-entity';
import { DEFAULT_SEED_DIR } from '../seed/read-seed-inputs';

const TYPE_OF_LABEL: Readonly<Record<string, EntityType>> = {
  Person: 'PERSON',
  Organization: 'ORGANIZATION',
  Place: 'PLACE',
};

/** The people, organizations and places of the database, with their names and aliases, for linking. */
export async function knownEntitiesIn(database: GraphDatabase): Promise<KnownEntity[]> {
  const rows = await listKnownEntities(database);
  return rows.map((row) => ({ ...row, type: TYPE_OF_LABEL[row.label] as EntityType }));
}

/**
 * What the graph knows, from the running database when it answers, else from the seed files in
 * `seed/data` (what `npm run seed` would load). `close` ends the database connection, if any.
 */
export async function readGraphKnowledge(
  config: Config,
): Promise<{ knowledge: GraphKnowledge; close: () => Promise<void> }> {
  // A short connection timeout: a database that is not running should cost a second, not ten.
  const database = new GraphDatabase({ ...config.neo4j, connectionTimeoutMs: 1_000, maxRetryTimeMs: 0 });
  try {
    const entities = await knownEntitiesIn(database);
    return {
      knowledge: {
        from: `the database at ${config.neo4j.uri}`,
        entities,
        reviewedIds: (ids) => findReviewedIds(database, ids),
      },
      close: () => database.close(),
    };
  } catch (error: unknown) {
    await database.close();
    if (!(error instanceof DatabaseUnavailableError)) throw error;
  }
  const seed = readSeedEntities(DEFAULT_SEED_DIR);
  return {
    knowledge: { from: 'the seed files in seed/data', entities: seed.entities, reviewedIds: async () => new Set() },
    close: async () => undefined,
  };
}

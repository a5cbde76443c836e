import neo4j from 'neo4j-driver';
import type { RunningServer } from '../../src/start-server';
import { TEST_ENVIRONMENT } from '../support/test-environment';
import { bearer, graphState, startCurationServer, startSecondInstance, type CurationServer } from './curation-fixtures';

let api: CurationServer;
let impatient: RunningServer;

beforeAll(async () => {
  api = await startCurationServer();
  // A second instance whose transactions may last one second.
  impatient = await startSecondInstance({ NEO4J_TRANSACTION_TIMEOUT_MS: '1000' });
});
afterAll(async () => {
  await impatient?.stop();
  await api?.close();
});

describe('a write that waits too long for the change log', () => {
  it('is refused as SERVICE_UNAVAILABLE (retry later), not as an internal error, and writes nothing', async () => {
    const driver = neo4j.driver(TEST_ENVIRONMENT.NEO4J_URI as string);
    const session = driver.session();
    // Another writer holds the change log's counter, as a long write would.
    const holder = await session.beginTransaction();
    try {
      await holder.run(`MERGE (log:ChangeLog {id: 'changes'}) ON CREATE SET log.sequence = 0 SET log.lock = true`);
      const before = await graphState(api.database);
      const response = await fetch(`${impatient.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await bearer('erin')) },
        body: JSON.stringify({
          query: `mutation { createEntity(input: {type: PERSON, name: "Waiting Writer"}) { entity { id } } }`,
        }),
      });
      const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
      expect(body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(body.errors?.[0]?.message).toBe('The graph database is unavailable; try again shortly.');
      await holder.rollback();
      expect(await graphState(api.database)).toEqual(before);
    } finally {
      if (holder.isOpen()) await holder.rollback();
      await session.close();
      await driver.close();
    }
  });
});

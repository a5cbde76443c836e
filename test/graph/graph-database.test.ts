import neo4j from 'neo4j-driver';
import { GraphDatabase } from '../../src/graph/graph-database';
import { DatabaseUnavailableError } from '../../src/graph/database-unavailable-error';
import { toPlainValue } from '../../src/graph/to-plain-value';
import { openEmptyTestDatabase, testConfig } from '../support/test-database';

describe('GraphDatabase against the real Neo4j', () => {
  let database: GraphDatabase;
  beforeAll(async () => {
    database = await openEmptyTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it('writes a node and reads it back through the driver', async () => {
    await database.write('CREATE (:Probe {id: $id, count: $count, tags: $tags})', {
      id: 'probe:1',
      count: neo4j.int(42),
      tags: ['a', 'b'],
    });
    const result = await database.read('MATCH (p:Probe {id: $id}) RETURN p', { id: 'probe:1' });
    expect(result.records).toHaveLength(1);
    expect(toPlainValue(result.records[0]?.get('p'))).toEqual({ id: 'probe:1', count: 42, tags: ['a', 'b'] });
  });

  it('commits everything a write transaction wrote, or nothing when it fails', async () => {
    await expect(
      database.writeTransaction(async (run) => {
        await run('CREATE (:Probe {id: "probe:doomed"})');
        await run('RETURN 1/0');
      }),
    ).rejects.toThrow();
    const result = await database.read('MATCH (p:Probe {id: "probe:doomed"}) RETURN count(p) AS n');
    expect(toPlainValue(result.records[0]?.get('n'))).toBe(0);
  });

  it('counts every query it sends', async () => {
    const modes: string[] = [];
    const counted = new GraphDatabase(testConfig().neo4j, (mode) => modes.push(mode));
    try {
      await counted.read('RETURN 1');
      await counted.write('RETURN 1');
      expect(modes).toEqual(['READ', 'WRITE']);
    } finally {
      await counted.close();
    }
  });

  it('answers ping when the database is up', async () => {
    await expect(database.ping(1_000)).resolves.toBeUndefined();
  });

  it('fails fast with DatabaseUnavailableError when nothing listens', async () => {
    const nowhere = new GraphDatabase(
      testConfig({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_MAX_RETRY_TIME_MS: '0' }).neo4j,
    );
    const started = Date.now();
    try {
      await expect(nowhere.read('RETURN 1')).rejects.toBeInstanceOf(DatabaseUnavailableError);
      await expect(nowhere.ping(500)).rejects.toBeInstanceOf(DatabaseUnavailableError);
    } finally {
      await nowhere.close();
    }
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('toPlainValue', () => {
  it('turns Neo4j integers into numbers, or strings beyond the safe range', () => {
    expect(toPlainValue(neo4j.int(7))).toBe(7);
    expect(toPlainValue(neo4j.int('9223372036854775807'))).toBe('9223372036854775807');
  });

  it('turns temporals into ISO strings, inside lists and maps too', () => {
    expect(toPlainValue({ when: [new neo4j.types.Date(2025, 8, 1)] })).toEqual({ when: ['2025-08-01'] });
  });

  it('keeps null as null and turns undefined into null', () => {
    expect(toPlainValue(null)).toBeNull();
    expect(toPlainValue(undefined)).toBeNull();
  });
});

import type { GraphDatabase } from '../../src/graph/graph-database';
import { loadSeed } from '../../seed/load-seed';
import { openEmptyTestDatabase } from '../support/test-database';
import { inputOf, miniInput } from '../seed/seed-test-inputs';

/** A second article about the mini fixture's people: it defines nothing, it only adds facts. */
const SECOND_TEXT = 'Alice Example hosted the meeting. Bob Sample now leads the Exampletown Council.';

const hostedBySecond = {
  id: 'event:test-meeting',
  forms: ['the meeting'],
  participants: [{ id: 'person:test-alice', evidence: ['Alice Example hosted the meeting'] }],
};
const bobLeadsCouncil = {
  id: 'person:test-bob',
  forms: ['Bob Sample'],
  leads: [{ id: 'organization:test-council', evidence: ['Bob Sample now leads the Exampletown Council'] }],
};

function second(facts: Record<string, unknown>) {
  return inputOf(
    'second.json',
    {
      source: { id: 'source:second-test', title: 'A second test article', textFile: 'second.txt' },
      facts,
      mentions: [{ id: 'organization:test-council', forms: ['Exampletown Council'] }],
    },
    { 'second.txt': SECOND_TEXT },
  );
}

interface StoredFact {
  readonly evidenceSources: string[];
  readonly evidenceTexts: string[];
  readonly basis: string;
}

describe('facts stated by several sources', () => {
  let database: GraphDatabase;

  beforeEach(async () => {
    database = await openEmptyTestDatabase();
  });

  afterEach(async () => {
    await database.close();
  });

  async function load(...inputs: Parameters<typeof loadSeed>[1]) {
    const result = await loadSeed(database, inputs);
    if (result.kind !== 'loaded') throw new Error(`expected a load, but got ${JSON.stringify(result)}`);
  }

  async function factsBetween(type: string, from: string, to: string): Promise<StoredFact[]> {
    const result = await database.runAutoCommit(
      `MATCH (:Node {id: $from})-[r]->(:Node {id: $to}) WHERE type(r) = $type
       RETURN r.evidenceSources AS evidenceSources, r.evidenceTexts AS evidenceTexts, r.basis AS basis`,
      { type, from, to },
    );
    return result.records.map((record) => record.toObject() as unknown as StoredFact);
  }

  async function orphanEvidence(): Promise<number> {
    const result = await database.runAutoCommit(
      `MATCH ()-[r]->() WHERE r.evidenceSources IS NOT NULL
       UNWIND r.evidenceSources AS source
       WITH source WHERE NOT EXISTS { MATCH (:Source {id: source}) }
       RETURN count(*) AS orphans`,
    );
    return Number(result.records[0]?.get('orphans'));
  }

  it('keeps a fact of file A evidenced again in file B as one relationship with both spans', async () => {
    await load(miniInput(), second({ events: [hostedBySecond] }));
    expect(await factsBetween('PARTICIPATED_IN', 'person:test-alice', 'event:test-meeting')).toEqual([
      {
        evidenceSources: ['source:mini-test', 'source:second-test'],
        evidenceTexts: ['Alice Example met Bob Sample', 'Alice Example hosted the meeting'],
        basis: 'SOURCE',
      },
    ]);
  });

  it('gives the same relationship when B is loaded after A, in a load of its own', async () => {
    await load(miniInput());
    await load(second({ events: [hostedBySecond] }));
    const [fact] = await factsBetween('PARTICIPATED_IN', 'person:test-alice', 'event:test-meeting');
    expect(fact?.evidenceSources).toEqual(['source:mini-test', 'source:second-test']);
  });

  it('removes only B’s span when B is reloaded without the fact', async () => {
    await load(miniInput(), second({ events: [hostedBySecond] }));
    await load(second({ people: [bobLeadsCouncil] }));
    expect(await factsBetween('PARTICIPATED_IN', 'person:test-alice', 'event:test-meeting')).toEqual([
      { evidenceSources: ['source:mini-test'], evidenceTexts: ['Alice Example met Bob Sample'], basis: 'SOURCE' },
    ]);
  });

  it('deletes a fact whose only source stops stating it, leaving no evidence behind', async () => {
    await load(miniInput(), second({ people: [bobLeadsCouncil] }));
    expect(await factsBetween('LEADS', 'person:test-bob', 'organization:test-council')).toHaveLength(1);
    await load(second({ events: [hostedBySecond] }));
    expect(await factsBetween('LEADS', 'person:test-bob', 'organization:test-council')).toEqual([]);
    expect(await orphanEvidence()).toBe(0);
  });

  it('changes nothing when both files are loaded again unchanged', async () => {
    await load(miniInput(), second({ events: [hostedBySecond], people: [bobLeadsCouncil] }));
    const before = await factsBetween('PARTICIPATED_IN', 'person:test-alice', 'event:test-meeting');
    const result = await loadSeed(database, [
      miniInput(),
      second({ events: [hostedBySecond], people: [bobLeadsCouncil] }),
    ]);
    expect(result.kind === 'loaded' && result.relationshipsDeleted).toBe(0);
    expect(await factsBetween('PARTICIPATED_IN', 'person:test-alice', 'event:test-meeting')).toEqual(before);
  });
});

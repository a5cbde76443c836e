import type { GraphDatabase } from '../../src/graph/graph-database';
import { toPlainValue } from '../../src/graph/to-plain-value';
import { loadSeed } from '../../seed/load-seed';
import { DEFAULT_SEED_DIR, readSeedInputs } from '../../seed/read-seed-inputs';
import { openEmptyTestDatabase } from '../support/test-database';

const VALAAM = 'source:valaam-lukashenko-putin-2025-08-01';

/**
 * What a careful reader's audit of valaam.json against valaam.txt found wrong (issue 22), pinned
 * so it stays corrected: words put in the wrong mouth, narration passed off as a statement and
 * back, facts whose passages do not show them, kinds and descriptions the text does not give,
 * and entities the text speaks of that had no mention.
 */
describe('the seeded Valaam graph, as the audit corrected it', () => {
  let database: GraphDatabase;

  beforeAll(async () => {
    database = await openEmptyTestDatabase();
    const result = await loadSeed(database, readSeedInputs([DEFAULT_SEED_DIR]).inputs);
    if (result.kind !== 'loaded') throw new Error(`seed/data must load, but got ${JSON.stringify(result)}`);
  });

  afterAll(async () => {
    await database.close();
  });

  async function rows<Row>(cypher: string, parameters: Record<string, unknown> = {}): Promise<Row[]> {
    const result = await database.read(cypher, parameters);
    return result.records.map((record) => toPlainValue(record.toObject()) as Row);
  }

  async function claim(id: string): Promise<{ kind: string; text: string; speakers: string[]; about: string[] }> {
    const [found] = await rows<{ kind: string; text: string; speakers: string[]; about: string[] }>(
      `MATCH (c:Claim {id: $id})
       RETURN c.kind AS kind, c.text AS text,
              COLLECT { MATCH (s)-[:STATED]->(c) RETURN s.id ORDER BY s.id } AS speakers,
              COLLECT { MATCH (c)-[:ABOUT]->(n) RETURN n.id ORDER BY n.id } AS about`,
      { id },
    );
    if (found === undefined) throw new Error(`no claim ${id}`);
    return found;
  }

  describe('claims', () => {
    it('says Putin "added" his shared-history line, as the text does, not that he replied', async () => {
      expect((await claim('claim:putin-this-is-our-shared-history')).text).toMatch(/^Putin added/);
    });

    it('keeps Lukashenko’s "We are all doing exchanges" in his words, not as "all the exchanges"', async () => {
      const { text } = await claim('claim:lukashenko-exchanges-at-the-border');
      expect(text).toContain('We are all doing exchanges at the border');
      expect(text).not.toMatch(/all the exchanges/);
    });

    it('reads the mention of Trump’s statements about deadlines as narration, since it gives none of his words', async () => {
      expect(await claim('claim:trump-statements-about-deadlines')).toMatchObject({ kind: 'NARRATION', speakers: [] });
    });

    it('attributes "Both sides claim" to the two sides, Minsk and Moscow, one claim each', async () => {
      const claims = await rows<{ kind: string; speakers: string[] }>(
        `MATCH (c:Claim)-[:APPEARS_IN]->(:Source {id: $source})
         WHERE c.text CONTAINS 'will soon appear in Belarus' OR c.id CONTAINS 'oreshnik-soon'
         RETURN c.kind AS kind, COLLECT { MATCH (s)-[:STATED]->(c) RETURN s.id } AS speakers ORDER BY c.id`,
        { source: VALAAM },
      );
      expect(claims).toEqual([
        { kind: 'PARAPHRASE', speakers: ['organization:government-of-belarus'] },
        { kind: 'PARAPHRASE', speakers: ['organization:government-of-russia'] },
      ]);
    });

    it('gives the journalists’ questions the passage and subjects of everything its text covers', async () => {
      const [evidence] = await rows<{ text: string }>(
        `MATCH (:Claim {id: 'claim:journalists-asked-current-questions'})-[e:APPEARS_IN]->() RETURN e.text AS text`,
      );
      const { about } = await claim('claim:journalists-asked-current-questions');
      expect(evidence?.text).toMatch(/Western sanctions, which Europe is issuing in packages\.$/);
      expect(about).toEqual(expect.arrayContaining(['event:western-sanctions', 'organization:union-state']));
    });

    it('does not make Putin’s "many projects" about the Union State, which his passage does not show', async () => {
      expect((await claim('claim:putin-many-projects-questions-to-address')).about).not.toContain(
        'organization:union-state',
      );
    });
  });

  describe('facts', () => {
    const stated = async (type: string, from: string, to: string): Promise<string[] | null> => {
      const [fact] = await rows<{ basis: string; texts: string[] }>(
        `MATCH (:Node {id: $from})-[r]->(:Node {id: $to}) WHERE type(r) = $type
         RETURN r.basis AS basis, r.evidenceTexts AS texts`,
        { type, from, to },
      );
      return fact === undefined || fact.basis !== 'SOURCE' ? null : fact.texts;
    };

    it('rests Putin’s leading Russia on a passage that names him', async () => {
      const texts = await stated('LEADS', 'person:vladimir-putin', 'place:russia');
      expect(texts?.some((text) => text.includes('Putin') && text.includes('presidents of Belarus and Russia'))).toBe(
        true,
      );
    });

    it.each([
      ['the Smolensk Skit lying on Valaam', { type: 'PART_OF', from: 'place:smolensk-skit', to: 'place:valaam' }],
      [
        'where the journalists asked',
        { type: 'OCCURRED_AT', from: 'event:valaam-press-approach-2025', to: 'place:valaam' },
      ],
      [
        'Putin answering the journalists',
        { type: 'PARTICIPATED_IN', from: 'person:vladimir-putin', to: 'event:valaam-press-approach-2025' },
      ],
      [
        'Belarus’s armed forces in Zapad-2025',
        { type: 'PARTICIPATED_IN', from: 'organization:armed-forces-of-belarus', to: 'event:zapad-2025' },
      ],
      [
        'Russia’s armed forces in Zapad-2025',
        { type: 'PARTICIPATED_IN', from: 'organization:armed-forces-of-russia', to: 'event:zapad-2025' },
      ],
      [
        'the Government of Belarus hosting the 2022 talks',
        {
          type: 'PARTICIPATED_IN',
          from: 'organization:government-of-belarus',
          to: 'event:ukraine-negotiations-in-belarus-2022',
        },
      ],
    ])('does not present %s as stated by the article', async (_, { type, from, to }) => {
      expect(await stated(type, from, to)).toBeNull();
    });

    it('rests the Oreshnik deployment’s participants on passages that speak of the military', async () => {
      for (const force of ['organization:armed-forces-of-belarus', 'organization:armed-forces-of-russia'])
        expect(await stated('PARTICIPATED_IN', force, 'event:oreshnik-deployment-in-belarus')).toEqual(
          expect.arrayContaining([
            expect.stringMatching(/^Military personnel/),
            expect.stringMatching(/military specialists/),
          ]),
        );
    });

    it('has the diplomats Lukashenko met take part in his meeting as themselves, not as a ministry', async () => {
      const participants = await rows<{ id: string; texts: string[] }>(
        `MATCH (n)-[r:PARTICIPATED_IN]->(:Event {id: 'event:lukashenko-meeting-belarusian-diplomats'})
         RETURN n.id AS id, r.evidenceTexts AS texts ORDER BY id`,
      );
      expect(participants.map(({ id }) => id)).toEqual([
        'organization:belarusian-diplomats',
        'person:alexander-lukashenko',
      ]);
      expect(await rows('MATCH (n:Node) WHERE n.id CONTAINS "ministry" RETURN n.id')).toEqual([]);
    });
  });

  describe('entities', () => {
    it('gives a place a kind only where the text gives it', async () => {
      const kinds = await rows<{ id: string; kind: string }>(
        'MATCH (p:Place) WHERE p.kind IS NOT NULL RETURN p.id AS id, p.kind AS kind ORDER BY id',
      );
      // "their countries" (of the presidents of Belarus and Russia), "Ladoga Lake", "Smolensk
      // Skit", "Church of ...", "Russia-Ukraine border": nothing in the text calls Saint
      // Petersburg a city, the West a region or the Moon a celestial body.
      expect(Object.fromEntries(kinds.map(({ id, kind }) => [id, kind]))).toEqual({
        'place:belarus': 'country',
        'place:church-of-the-smolensk-icon': 'church',
        'place:lake-ladoga': 'lake',
        'place:russia': 'country',
        'place:russia-ukraine-border': 'border',
        'place:smolensk-skit': 'skit',
      });
    });

    it('quotes in descriptions only words the source text uses', async () => {
      const nodes = await rows<{ id: string; description: string; texts: string[] }>(
        `MATCH (n:Node) WHERE n.description IS NOT NULL
         RETURN n.id AS id, n.description AS description,
                COLLECT { MATCH (n)-[:MENTIONED_IN]->(s:Source) RETURN toLower(s.text) } AS texts`,
      );
      const misquoted = nodes.flatMap(({ id, description, texts }) =>
        [...description.matchAll(/"([^"]+)"/g)]
          .map((match) => match[1] as string)
          .filter((words) => !texts.some((text) => text.includes(words.toLowerCase())))
          .map((words) => `${id}: "${words}"`),
      );
      expect(nodes.length).toBeGreaterThan(50);
      expect(misquoted).toEqual([]);
    });

    it('says Lukashenko set off early on 1 August, not that he landed early', async () => {
      const [visit] = await rows<{ description: string }>(
        `MATCH (e:Event {id: 'event:lukashenko-working-visit-to-russia-2025'}) RETURN e.description AS description`,
      );
      expect(visit?.description).toMatch(/set off early on 1 August 2025/);
      expect(visit?.description).not.toMatch(/early on 1 August 2025 his plane landed/);
    });

    it('reads both uses of "Washington" as the US government, not the city', async () => {
      const owners = await rows<{ id: string }>(
        `MATCH (n)-[m:MENTIONED_IN]->(:Source {id: $source}) WHERE 'Washington' IN m.texts RETURN n.id AS id`,
        { source: VALAAM },
      );
      const [spans] = await rows<{ count: number }>(
        `MATCH (:Organization {id: 'organization:us-government'})-[m:MENTIONED_IN]->(:Source {id: $source})
         RETURN size([text IN m.texts WHERE text = 'Washington']) AS count`,
        { source: VALAAM },
      );
      expect(owners).toEqual([{ id: 'organization:us-government' }]);
      expect(spans?.count).toBe(2);
    });

    it.each([
      ['organization:us-government', 'Americans'],
      ['organization:us-government', 'US representatives'],
      ['organization:government-of-belarus', 'the leadership'],
      ['organization:government-of-russia', 'Russians'],
      ['organization:armed-forces-of-belarus', 'Belarusian and Russian military specialists'],
      ['organization:armed-forces-of-russia', 'Russian military specialists'],
      ['organization:russian-human-rights-officials', 'Russian and Ukrainian human rights officials'],
    ])('finds %s where the text calls it "%s"', async (id, form) => {
      const [mention] = await rows<{ texts: string[] }>(
        `MATCH (:Node {id: $id})-[m:MENTIONED_IN]->(:Source {id: $source}) RETURN m.texts AS texts`,
        { id, source: VALAAM },
      );
      expect(mention?.texts).toContain(form);
    });
  });
});

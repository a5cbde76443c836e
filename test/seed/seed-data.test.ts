import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { GraphDatabase } from '../../src/graph/graph-database';
import { ID_PREFIX_OF_LABEL, NODE_LABELS, type NodeLabel } from '../../src/graph/graph-model';
import { toPlainValue } from '../../src/graph/to-plain-value';
import { BOOKKEEPING_LABELS } from '../../src/graph/change-log-statements';
import { loadSeed } from '../../seed/load-seed';
import { DEFAULT_SEED_DIR, readSeedInputs } from '../../seed/read-seed-inputs';
import { openEmptyTestDatabase } from '../support/test-database';

const VALAAM = 'source:valaam-lukashenko-putin-2025-08-01';
/** Every claim seed/data declares: no file carries a quote another file has too. */
const CLAIMS = readSeedInputs([DEFAULT_SEED_DIR]).inputs.flatMap(
  (input) => (JSON.parse(input.json) as { claims: unknown[] }).claims,
);

/**
 * The real article, loaded from seed/data as `npm run seed` would, checked for the mistakes an
 * extraction can make: evidence that points at the wrong text, entities nobody mentions, one
 * person entered twice, quotes without a speaker, and words put in the wrong mouth.
 */
describe('the seeded Valaam graph', () => {
  let database: GraphDatabase;

  beforeAll(async () => {
    database = await openEmptyTestDatabase();
    const { inputs, problems } = readSeedInputs([DEFAULT_SEED_DIR]);
    expect(problems).toEqual([]);
    const result = await loadSeed(database, inputs);
    if (result.kind !== 'loaded') throw new Error(`seed/data must load, but got ${JSON.stringify(result)}`);
  });

  afterAll(async () => {
    await database.close();
  });

  async function rows<Row>(cypher: string, parameters: Record<string, unknown> = {}): Promise<Row[]> {
    const result = await database.read(cypher, parameters);
    return result.records.map((record) => toPlainValue(record.toObject()) as Row);
  }

  describe('evidence', () => {
    it('gives every claim exactly one passage, whose offsets in code points select its stored text and which contains its quote', async () => {
      const sources = new Map(
        (await rows<{ id: string; text: string }>('MATCH (s:Source) RETURN s.id AS id, s.text AS text')).map(
          ({ id, text }) => [id, Array.from(text)],
        ),
      );
      const claims = await rows<{
        id: string;
        quote: string | null;
        evidence: { source: string; start: number; end: number; text: string }[];
      }>(
        `MATCH (c:Claim)
         OPTIONAL MATCH (c)-[r:APPEARS_IN]->(s:Source)
         RETURN c.id AS id, c.quote AS quote,
                [e IN collect({source: s.id, start: r.start, end: r.end, text: r.text}) WHERE e.source IS NOT NULL] AS evidence`,
      );
      expect(claims).toHaveLength(CLAIMS.length);

      const wrong = claims.flatMap(({ id, quote, evidence }) => {
        if (evidence.length !== 1) return [`${id}: ${evidence.length} passages`];
        const [{ source, start, end, text }] = evidence as [(typeof evidence)[number]];
        const sliced = sources.get(source)?.slice(start, end).join('');
        if (sliced !== text)
          return [`${id}: [${start}, ${end}) selects ${JSON.stringify(sliced)}, not ${JSON.stringify(text)}`];
        // A split quote is its pieces joined with " … " (Claim.quote): each piece is in the passage.
        if (quote !== null && quote.split(' … ').some((piece) => !text.includes(piece)))
          return [`${id}: the quote is not in the passage`];
        return [];
      });
      expect(wrong).toEqual([]);
    });

    it('stores the article text without the exchange-rate lines of the scraped page', async () => {
      const [source] = await rows<{ text: string }>('MATCH (s:Source {id: $id}) RETURN s.text AS text', {
        id: VALAAM,
      });
      expect(source?.text).toBe(readFileSync(path.join(DEFAULT_SEED_DIR, 'valaam.txt'), 'utf8'));
      expect(source?.text).not.toMatch(/BYN/);
      expect(source?.text.startsWith('Bilateral Cooperation and Ukraine')).toBe(true);
    });
  });

  describe('entities', () => {
    it('ties every person, organization, place and event to a source that mentions it', async () => {
      const unmentioned = await rows<{ id: string }>(
        `MATCH (n) WHERE (n:Person OR n:Organization OR n:Place OR n:Event) AND NOT (n)-[:MENTIONED_IN]->(:Source)
         RETURN n.id AS id`,
      );
      const mentioned = await rows<{ count: number }>(
        'MATCH (n)-[:MENTIONED_IN]->(:Source) RETURN count(DISTINCT n) AS count',
      );
      expect(unmentioned).toEqual([]);
      expect(mentioned[0]?.count).toBeGreaterThan(60);
    });

    it('gives every MENTIONED_IN, of every type, at least one span of the source text', async () => {
      const empty = await rows<{ id: string; source: string }>(
        `MATCH (n)-[m:MENTIONED_IN]->(s:Source) WHERE size(coalesce(m.starts, [])) = 0
         RETURN n.id AS id, s.id AS source`,
      );
      const [events] = await rows<{ count: number }>(
        'MATCH (e:Event)-[:MENTIONED_IN]->(:Source) RETURN count(DISTINCT e) AS count',
      );
      expect(empty).toEqual([]);
      expect(events?.count).toBeGreaterThan(30);
    });

    it.each(['Person', 'Organization', 'Place'] as const)(
      'gives no two %s nodes a shared name or alias, ignoring case',
      async (label: NodeLabel) => {
        const entities = await rows<{ id: string; forms: string[] }>(
          `MATCH (n:${label}) RETURN n.id AS id, [n.name] + n.aliases AS forms`,
        );
        const owners = new Map<string, Set<string>>();
        for (const { id, forms } of entities) {
          for (const form of forms)
            owners.set(form.toLowerCase(), (owners.get(form.toLowerCase()) ?? new Set()).add(id));
        }
        const shared = [...owners]
          .filter(([, ids]) => ids.size > 1)
          .map(([form, ids]) => `${form}: ${[...ids].join(', ')}`);
        expect(entities.length).toBeGreaterThan(5);
        expect(shared).toEqual([]);
      },
    );

    it('gives every node one label of the model and a unique id with that label’s prefix', async () => {
      // The change log's nodes (one change per load) are not graph nodes.
      const nodes = await rows<{ labels: string[]; id: unknown }>(
        'MATCH (n) WHERE none(label IN labels(n) WHERE label IN $bookkeeping) RETURN labels(n) AS labels, n.id AS id',
        { bookkeeping: BOOKKEEPING_LABELS },
      );
      const wrong = nodes.flatMap(({ labels, id }) => {
        const modelLabels = labels.filter((label): label is NodeLabel =>
          (NODE_LABELS as readonly string[]).includes(label),
        );
        const [label] = modelLabels;
        if (modelLabels.length !== 1 || label === undefined) return [`${String(id)}: labels ${labels.join(', ')}`];
        if (typeof id !== 'string' || !id.startsWith(`${ID_PREFIX_OF_LABEL[label]}:`))
          return [`${label} with id ${JSON.stringify(id)}`];
        return [];
      });
      const ids = nodes.map(({ id }) => id);
      // 196 from the Valaam article, 23 the second article defines (its source, a person, an
      // organization, two places, four events and 14 claims).
      expect(nodes).toHaveLength(219);
      expect(wrong).toEqual([]);
      expect(new Set(ids).size).toBe(ids.length);
    });
  });

  describe('speakers', () => {
    it('gives every quote and paraphrase exactly one speaker, and every narration none', async () => {
      const claims = await rows<{ id: string; kind: string; speakers: number }>(
        'MATCH (c:Claim) RETURN c.id AS id, c.kind AS kind, COUNT { (c)<-[:STATED]-() } AS speakers',
      );
      const wrong = claims
        .filter(({ kind, speakers }) => speakers !== (kind === 'NARRATION' ? 0 : 1))
        .map(({ id, kind, speakers }) => `${id} (${kind}): ${speakers} speakers`);
      expect(new Set(claims.map(({ kind }) => kind))).toEqual(new Set(['QUOTE', 'PARAPHRASE', 'NARRATION']));
      expect(wrong).toEqual([]);
    });

    it.each([
      ['We exchanged three or four children', 'person:alexander-lukashenko'],
      ['When we asked for lists during negotiations in Istanbul', 'person:vladimir-putin'],
      ['We are meeting on Valaam, Alexander Grigorievich', 'person:vladimir-putin'],
      ['The negotiation process began in 2022 there', 'person:vladimir-putin'],
      ['There are no lists. Therefore', 'person:alexander-lukashenko'],
      ['a drone with 59 kg of explosives', 'person:alexander-lukashenko'],
      ['Vladimir Vladimirovich said that by this year', 'person:alexander-lukashenko'],
      // Paragraph 8 is Lukashenko's: he is the visitor ("I came here"), and "the head of state" of
      // a Belarusian outlet is Belarus's; Putin's answer follows ("This is our shared history").
      ['We will devote the weekend to discussion.', 'person:alexander-lukashenko'],
      ['I came here and noted that we have established a good tradition', 'person:alexander-lukashenko'],
      ['And this temple already feels like home.', 'person:alexander-lukashenko'],
      ['there’s no Belarusian skit', 'person:alexander-lukashenko'],
      ['This is our shared history', 'person:vladimir-putin'],
    ])('attributes the words "%s" to %s', async (words, speaker) => {
      const claims = await rows<{ speakers: string[] }>(
        'MATCH (c:Claim) WHERE c.quote CONTAINS $words OPTIONAL MATCH (c)<-[:STATED]-(s) RETURN collect(s.id) AS speakers',
        { words },
      );
      expect(claims).toEqual([{ speakers: [speaker] }]);
    });
  });

  describe('dates', () => {
    it.each([
      [
        'event:valaam-meeting-2025',
        { date: '2025-08-01', datePrecision: 'DAY', startsOn: '2025-08-01', endsOn: '2025-08-01' },
      ],
      ['event:zapad-2025', { date: '2025-09', datePrecision: 'MONTH', startsOn: '2025-09-01', endsOn: '2025-09-30' }],
      // "Over the weekend" names no weekend, and "by the end of 2025" is a deadline, not a start.
      ['event:weekend-meetings-before-valaam', { date: null, datePrecision: null, startsOn: null, endsOn: null }],
      ['event:oreshnik-positions-preparation', { date: null, datePrecision: null, startsOn: null, endsOn: null }],
      [
        'event:oreshnik-deployment-in-belarus',
        { date: '2026', datePrecision: 'YEAR', startsOn: '2026-01-01', endsOn: '2026-12-31' },
      ],
    ])('dates %s as the article does', async (id, expected) => {
      const [event] = await rows<Record<string, unknown>>(
        'MATCH (e:Event {id: $id}) RETURN e.date AS date, e.datePrecision AS datePrecision, e.startsOn AS startsOn, e.endsOn AS endsOn',
        { id },
      );
      expect(event).toEqual(expected);
    });
  });
});

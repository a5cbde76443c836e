import type { GraphDatabase } from '../../src/graph/graph-database';
import { FACT_TYPES } from '../../src/graph/graph-model';
import { toPlainValue } from '../../src/graph/to-plain-value';
import { loadSeed } from '../../seed/load-seed';
import { DEFAULT_SEED_DIR, readSeedInputs } from '../../seed/read-seed-inputs';
import { openEmptyTestDatabase } from '../support/test-database';

interface Fact {
  type: string;
  from: string;
  to: string;
  basis: string | null;
  note: string | null;
  sources: string[] | null;
  starts: number[] | null;
  ends: number[] | null;
  texts: string[] | null;
  backgroundSources: string[] | null;
}

const VALAAM = 'source:valaam-lukashenko-putin-2025-08-01';

/**
 * The real article's facts, checked as a fact-checker would: every fact says what it rests on,
 * every passage it cites is where it says, every alias is a form the article uses, and what the
 * article does not say (offices, capitals, elections, named agencies) is not passed off as its.
 */
describe('the provenance of the seeded Valaam graph', () => {
  let database: GraphDatabase;
  let article: string[];
  let sourceTexts: Map<string, string[]>;
  let facts: Fact[];

  beforeAll(async () => {
    database = await openEmptyTestDatabase();
    const { inputs } = readSeedInputs([DEFAULT_SEED_DIR]);
    const result = await loadSeed(database, inputs);
    if (result.kind !== 'loaded') throw new Error(`seed/data must load, but got ${JSON.stringify(result)}`);
    const sources = await rows<{ id: string; text: string }>('MATCH (s:Source) RETURN s.id AS id, s.text AS text');
    sourceTexts = new Map(sources.map(({ id, text }) => [id, Array.from(text)]));
    article = sourceTexts.get(VALAAM) ?? [];
    facts = await rows<Fact>(
      `MATCH (a)-[r]->(b) WHERE type(r) IN $types
       RETURN type(r) AS type, a.id AS from, b.id AS to, r.basis AS basis, r.note AS note,
              r.evidenceSources AS sources, r.evidenceStarts AS starts, r.evidenceEnds AS ends, r.evidenceTexts AS texts,
              r.backgroundSources AS backgroundSources`,
      { types: FACT_TYPES },
    );
  });

  afterAll(async () => {
    await database.close();
  });

  async function rows<Row>(cypher: string, parameters: Record<string, unknown> = {}): Promise<Row[]> {
    const result = await database.read(cypher, parameters);
    return result.records.map((record) => toPlainValue(record.toObject()) as Row);
  }

  const describeFact = (fact: Fact) => `${fact.type} ${fact.from} -> ${fact.to}`;

  it('gives every fact a basis: evidence from the source, or a note on the background knowledge', () => {
    const wrong = facts.flatMap((fact) => {
      // A fact one source states and another knows only as background keeps that note too.
      const noted = (fact.backgroundSources?.length ?? 0) > 0;
      if (fact.basis === 'SOURCE' && (fact.texts?.length ?? 0) > 0 && (fact.note === null) !== noted) return [];
      if (fact.basis === 'BACKGROUND' && (fact.note ?? '').length > 10 && fact.texts?.length === 0) return [];
      return [`${describeFact(fact)}: basis ${fact.basis}, ${fact.texts?.length} spans, note ${fact.note}`];
    });
    expect(facts.length).toBeGreaterThan(400);
    expect(new Set(FACT_TYPES.filter((type) => facts.some((fact) => fact.type === type)))).toEqual(new Set(FACT_TYPES));
    expect(wrong).toEqual([]);
  });

  it('finds the text of every evidence span in the article at its code-point offsets', () => {
    const wrong = facts.flatMap((fact) =>
      (fact.texts ?? []).flatMap((text, i) => {
        const sliced = (sourceTexts.get(fact.sources?.[i] ?? '') ?? [])
          .slice(fact.starts?.[i], fact.ends?.[i])
          .join('');
        const sameLength = fact.sources?.length === fact.texts?.length && fact.starts?.length === fact.ends?.length;
        return sliced === text && sameLength ? [] : [`${describeFact(fact)} [${i}]: ${JSON.stringify(sliced)}`];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('uses as aliases only forms the article uses, and records each mention as a span of one of them in any case', async () => {
    const entities = await rows<{ id: string; forms: string[]; starts: number[]; ends: number[] }>(
      `MATCH (n:Entity)-[m:MENTIONED_IN]->(:Source {id: $source})
       RETURN n.id AS id, [n.name] + n.aliases AS forms, m.starts AS starts, m.ends AS ends`,
      { source: VALAAM },
    );
    const text = article.join('');
    const absent = entities.flatMap(({ id, forms }) =>
      forms.slice(1).flatMap((alias) => (text.includes(alias) ? [] : [`${id}: ${alias}`])),
    );
    const strayMentions = entities.flatMap(({ id, forms, starts, ends }) =>
      starts.flatMap((start, i) => {
        const mention = article.slice(start, ends[i]).join('');
        // Forms are found in any case: the sentence-initial "The West" is the form "the West".
        return forms.some((form) => form.toLowerCase() === mention.toLowerCase()) ? [] : [`${id}: ${mention}`];
      }),
    );
    const putin = entities.find(({ id }) => id === 'person:vladimir-putin');
    expect(absent).toEqual([]);
    expect(strayMentions).toEqual([]);
    // "Putin" 10x, "Vladimir Putin" 2x, "Vladimir Vladimirovich" 3x, "President Putin", "Vladimir".
    expect(putin?.starts.length).toBeGreaterThanOrEqual(16);
  });

  it('keeps the names the article never uses out of the aliases', async () => {
    const [lukashenko] = await rows<{ aliases: string[]; otherNames: string[] }>(
      `MATCH (p:Person {id: 'person:alexander-lukashenko'}) RETURN p.aliases AS aliases, p.otherNames AS otherNames`,
    );
    expect(lukashenko?.aliases).not.toContain('Aliaksandr Lukashenka');
    expect(lukashenko?.otherNames).toContain('Aliaksandr Lukashenka');
  });

  it.each([
    ['Macron leading anything', (fact: Fact) => fact.type === 'LEADS' && fact.from === 'person:emmanuel-macron'],
    ['Starmer leading anything', (fact: Fact) => fact.type === 'LEADS' && fact.from === 'person:keir-starmer'],
    ['an election', (fact: Fact) => /election/.test(fact.from + fact.to)],
    ['NABU or SAPO', (fact: Fact) => /nabu|sapo/.test(fact.from + fact.to)],
    ['an ombudsman office', (fact: Fact) => /commissioner/.test(fact.from + fact.to)],
    ['where a government sits', (fact: Fact) => fact.type === 'BASED_IN'],
    [
      'capitals lying in their countries',
      (fact: Fact) => fact.type === 'PART_OF' && /minsk|moscow|kyiv|washington/.test(fact.from),
    ],
    ['Lake Ladoga lying in Russia', (fact: Fact) => fact.type === 'PART_OF' && fact.from === 'place:lake-ladoga'],
    ['where the war is fought', (fact: Fact) => fact.type === 'OCCURRED_AT' && fact.from === 'event:war-in-ukraine'],
  ])('presents no fact about %s as stated by the article', (_, matches) => {
    // Another source may state it (the second article says where the war is): not this one.
    const stated = facts
      .filter((fact) => matches(fact) && fact.basis === 'SOURCE' && fact.sources?.includes(VALAAM))
      .map(describeFact);
    expect(stated).toEqual([]);
  });

  it('adds no kind the article does not give, and no start date where it gives only a deadline', async () => {
    const [valaam] = await rows<{ kind: string | null }>(`MATCH (p:Place {id: 'place:valaam'}) RETURN p.kind AS kind`);
    const [preparation] = await rows<{ date: string | null; dateText: string }>(
      `MATCH (e:Event {id: 'event:oreshnik-positions-preparation'}) RETURN e.date AS date, e.dateText AS dateText`,
    );
    expect(valaam).toEqual({ kind: null });
    expect(preparation).toEqual({ date: null, dateText: 'by the end of 2025' });
  });

  it('gives every dispute and support a reason, and never links a claim to one from the same passage', async () => {
    const links = await rows<{ from: string; to: string; reason: string | null; same: boolean }>(
      `MATCH (a:Claim)-[r:DISPUTES|SUPPORTS]->(b:Claim)
       MATCH (a)-[ea:APPEARS_IN]->(:Source), (b)-[eb:APPEARS_IN]->(:Source)
       RETURN a.id AS from, b.id AS to, r.reason AS reason, ea.start = eb.start AS same`,
    );
    const wrong = links.filter(({ reason, same }) => reason === null || reason.includes('\n') || same);
    expect(links.length).toBeGreaterThan(20);
    expect(wrong).toEqual([]);
  });

  it('does not read the rhetorical "there are no sanctions" as denying that sanctions are issued', async () => {
    const disputes = await rows<{ to: string }>(
      `MATCH (:Claim {id: 'claim:lukashenko-there-are-no-sanctions'})-[:DISPUTES]-(c:Claim) RETURN c.id AS to`,
    );
    expect(disputes).toEqual([]);
  });
});

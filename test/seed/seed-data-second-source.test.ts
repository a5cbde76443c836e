import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { GraphDatabase } from '../../src/graph/graph-database';
import { toPlainValue } from '../../src/graph/to-plain-value';
import { loadSeed } from '../../seed/load-seed';
import { DEFAULT_SEED_DIR, readSeedInputs } from '../../seed/read-seed-inputs';
import { openEmptyTestDatabase } from '../support/test-database';
import { readSeedJson } from './seed-test-inputs';

const VALAAM = 'source:valaam-lukashenko-putin-2025-08-01';
const MOSCOW_TIMES = 'source:moscow-times-lukashenko-peace-talks-2025-03-05';
const MOSCOW_TIMES_FILE = path.join(DEFAULT_SEED_DIR, 'moscow-times-lukashenko-peace-talks.json');
const SECOND = readSeedJson(MOSCOW_TIMES_FILE) as {
  claims: { id: string; kind: string; quote?: string | string[] }[];
  people: { id: string }[];
};

interface Fact {
  readonly basis: string;
  readonly sources: string[];
  readonly texts: string[];
}

/**
 * The second article (The Moscow Times, 5 March 2025), loaded with the first from seed/data as
 * `npm run seed` does: its quotes attributed, and what it says about the people and countries
 * the first article defined recorded on those entities' facts, with its own passages beside the
 * first article's.
 */
describe('the seeded graph with its second source', () => {
  let database: GraphDatabase;
  let text: string[];

  beforeAll(async () => {
    database = await openEmptyTestDatabase();
    const result = await loadSeed(database, readSeedInputs([DEFAULT_SEED_DIR]).inputs);
    if (result.kind !== 'loaded') throw new Error(`seed/data must load, but got ${JSON.stringify(result)}`);
    const [source] = await rows<{ text: string }>('MATCH (s:Source {id: $id}) RETURN s.text AS text', {
      id: MOSCOW_TIMES,
    });
    text = Array.from(source?.text ?? '');
  });

  afterAll(async () => {
    await database.close();
  });

  async function rows<Row>(cypher: string, parameters: Record<string, unknown> = {}): Promise<Row[]> {
    const result = await database.read(cypher, parameters);
    return result.records.map((record) => toPlainValue(record.toObject()) as Row);
  }

  async function fact(type: string, from: string, to: string): Promise<Fact | undefined> {
    const [found] = await rows<Fact>(
      `MATCH (:Node {id: $from})-[r]->(:Node {id: $to}) WHERE type(r) = $type
       RETURN r.basis AS basis, r.evidenceSources AS sources, r.evidenceTexts AS texts`,
      { type, from, to },
    );
    return found;
  }

  it('stores the article text exactly as its text file holds it', async () => {
    const shared = readFileSync(path.join(DEFAULT_SEED_DIR, 'moscow-times-lukashenko-peace-talks.txt'), 'utf8');
    expect(text.join('')).toBe(shared);
    expect(text.join('')).toMatch(/^Belarusian President Alexander Lukashenko has offered to host peace talks/);
  });

  it('defines none of the people the first article defined again', () => {
    expect(SECOND.people.map(({ id }) => id)).toEqual(['person:mario-nawfal']);
  });

  it.each([
    ['person:alexander-lukashenko', 'place:belarus', 'Belarusian President Alexander Lukashenko'],
    ['person:volodymyr-zelensky', 'place:ukraine', 'Ukrainian President Volodymyr Zelensky'],
    ['person:donald-trump', 'place:united-states', 'with the U.S. president'],
  ])('adds the second article’s passage to the existing fact that %s leads %s', async (leader, country, words) => {
    const leads = await fact('LEADS', leader, country);
    expect(leads?.basis).toBe('SOURCE');
    expect(new Set(leads?.sources)).toEqual(new Set([VALAAM, MOSCOW_TIMES]));
    const second = (leads?.texts ?? []).filter((_, i) => leads?.sources[i] === MOSCOW_TIMES);
    expect(second.some((passage) => passage.includes(words))).toBe(true);
  });

  it('states where the war in Ukraine is fought from the second article, where the first gave only background', async () => {
    const where = await fact('OCCURRED_AT', 'event:war-in-ukraine', 'place:ukraine');
    expect(where?.basis).toBe('SOURCE');
    expect(where?.sources).toEqual([MOSCOW_TIMES]);
    expect(where?.texts).toEqual([expect.stringContaining('the war in Ukraine')]);
  });

  it('attributes the article’s eight quoted passages: five to Lukashenko, one to Trump, two pieces of one post to Zelensky', async () => {
    const quotes = await rows<{ speaker: string; quote: string }>(
      `MATCH (speaker)-[:STATED]->(c:Claim)-[:APPEARS_IN]->(:Source {id: $source})
       WHERE c.kind = 'QUOTE' RETURN speaker.id AS speaker, c.quote AS quote ORDER BY speaker, quote`,
      { source: MOSCOW_TIMES },
    );
    const pieces = SECOND.claims.flatMap(({ quote }) => (quote === undefined ? [] : [quote].flat()));
    expect(pieces).toHaveLength(8);
    expect(quotes.map(({ speaker }) => speaker)).toEqual([
      'person:alexander-lukashenko',
      'person:alexander-lukashenko',
      'person:alexander-lukashenko',
      'person:alexander-lukashenko',
      'person:alexander-lukashenko',
      'person:donald-trump',
      'person:volodymyr-zelensky',
    ]);
    expect(quotes.find(({ speaker }) => speaker === 'person:volodymyr-zelensky')?.quote).toBe(
      'regrettable … to make things right',
    );
  });

  it('finds every quote inside its passage, and every passage at its offsets in the article', async () => {
    const claims = await rows<{ id: string; quote: string | null; start: number; end: number; passage: string }>(
      `MATCH (c:Claim)-[e:APPEARS_IN]->(:Source {id: $source})
       RETURN c.id AS id, c.quote AS quote, e.start AS start, e.end AS end, e.text AS passage`,
      { source: MOSCOW_TIMES },
    );
    const wrong = claims.flatMap(({ id, quote, start, end, passage }) => {
      const pieces = quote === null ? [] : quote.split(' … ');
      if (text.slice(start, end).join('') !== passage) return [`${id}: offsets`];
      return pieces.filter((piece) => !passage.includes(piece)).map((piece) => `${id}: "${piece}"`);
    });
    expect(claims).toHaveLength(SECOND.claims.length);
    expect(wrong).toEqual([]);
  });

  it('links its claims to the first article’s where the two sources agree', async () => {
    const links = await rows<{ from: string; to: string }>(
      `MATCH (a:Claim)-[:APPEARS_IN]->(:Source {id: $second}), (b:Claim)-[:APPEARS_IN]->(:Source {id: $first}),
             (a)-[:SUPPORTS]->(b)
       RETURN a.id AS from, b.id AS to ORDER BY from`,
      { first: VALAAM, second: MOSCOW_TIMES },
    );
    expect(links).toContainEqual({
      from: 'claim:belarus-close-ally-of-russia',
      to: 'claim:russia-ally-neighbor-trading-partner',
    });
  });

  it('gives every entity and event it links a mention span in its own text', async () => {
    const links = await rows<{ id: string; spans: number; forms: string[] }>(
      `MATCH (n)-[m:MENTIONED_IN]->(:Source {id: $source})
       RETURN n.id AS id, size(coalesce(m.starts, [])) AS spans, m.texts AS forms`,
      { source: MOSCOW_TIMES },
    );
    const ids = links.map(({ id }) => id);
    expect(links.filter(({ spans }) => spans === 0)).toEqual([]);
    expect(ids).toEqual(
      expect.arrayContaining([
        'person:alexander-lukashenko',
        'person:vladimir-putin',
        'person:donald-trump',
        'person:volodymyr-zelensky',
        'place:belarus',
        'place:russia',
        'place:ukraine',
        'place:united-states',
      ]),
    );
  });
});

import path from 'node:path';
import type { GraphDatabase } from '../../src/graph/graph-database';
import { startServer, type RunningServer } from '../../src/start-server';
import { loadSeed } from '../../seed/load-seed';
import { seedInputOf } from '../../seed/read-seed-inputs';
import { openEmptyTestDatabase, testConfig } from '../support/test-database';
import { inputOf } from '../seed/seed-test-inputs';

/**
 * Two small articles about one summit (test/fixtures/sources): the first defines the people,
 * places and event; the second defines nothing of them, adds its own evidence to the first's
 * leadership fact, reports the first's quote again (split by its attribution, with other
 * punctuation), says explicitly that one of its entries is the first's paraphrase (`sameAs`),
 * and brings a split quote of its own. Read through the real server, so every field comes from
 * the compiled engine.
 */
const FIXTURES = path.resolve(__dirname, '../fixtures/sources');
const FIRST = 'source:sources-first';
const SECOND = 'source:sources-second';
const ANA = 'person:test-ana-quill';
const READY = 'claim:first-ana-ready-to-host';
const SUMMIT_ENDS = 'claim:first-bo-summit-ends-soon';
const TALKS_GOOD = 'claim:second-bo-talks-good';

const first = () => seedInputOf(path.join(FIXTURES, 'first.json'));
const second = () => seedInputOf(path.join(FIXTURES, 'second.json'));
/** The second file with nothing but its source: as if its facts, mentions and claims were unloaded. */
const emptiedSecond = () =>
  inputOf(
    'second.json',
    { source: { ...(JSON.parse(second().json) as { source: object }).source } },
    { 'second.txt': second().readRelative('second.txt') ?? '' },
  );

interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly source: { readonly id: string };
}

describe('claims and facts from two sources', () => {
  let database: GraphDatabase;
  let server: RunningServer;

  // The first writes into a freshly started Neo4j on a busy machine take their time.
  beforeAll(async () => {
    database = await openEmptyTestDatabase();
    server = await startServer(testConfig({ PORT: '0' }));
  }, 180_000);

  afterAll(async () => {
    await server.stop();
    await database.close();
  });

  async function load(...inputs: Parameters<typeof loadSeed>[1]) {
    const result = await loadSeed(database, inputs);
    if (result.kind !== 'loaded') throw new Error(`expected a load, but got ${JSON.stringify(result)}`);
    return result;
  }

  async function data<Data>(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Data; errors?: unknown[] };
    if (body.errors !== undefined) throw new Error(JSON.stringify(body.errors));
    return body.data as Data;
  }

  const SPAN = 'start end text source { id }';

  interface Appearances {
    readonly node: {
      readonly text: string;
      readonly quote: string | null;
      readonly firstSeen: string | null;
      readonly quoteParts: Span[];
      readonly appearances: {
        readonly totalCount: number;
        readonly edges: {
          readonly node: { source: { id: string }; text: string; evidence: Span[]; quoteParts: Span[] };
        }[];
      };
    } | null;
  }

  async function appearancesOf(id: string): Promise<Appearances['node']> {
    const answer = await data<Appearances>(
      `query($id: ID!) { node(id: $id) { ... on Claim { text quote firstSeen quoteParts { ${SPAN} }
         appearances(first: 10) { totalCount edges { node { source { id } text evidence { ${SPAN} } quoteParts { ${SPAN} } } } } } } }`,
      { id },
    );
    return answer.node;
  }

  async function sourceText(id: string): Promise<string[]> {
    const answer = await data<{ node: { text: string } }>(
      `query($id: ID!) { node(id: $id) { ... on Source { text } } }`,
      {
        id,
      },
    );
    return Array.from(answer.node.text);
  }

  describe('loaded together', () => {
    beforeAll(async () => {
      await openEmptyTestDatabase().then((emptied) => emptied.close());
      await load(first(), second());
    }, 180_000);

    it('shows a fact of file A evidenced again in file B with the spans of both', async () => {
      const answer = await data<{ node: { leads: { title: string; basis: string; evidence: Span[] }[] } }>(
        `{ node(id: "${ANA}") { ... on Person { leads { title basis evidence { ${SPAN} } } } } }`,
      );
      expect(answer.node.leads).toEqual([
        {
          title: 'President',
          basis: 'SOURCE',
          evidence: [
            { start: 0, end: 36, text: 'Ana Quill, the President of Freeland', source: { id: FIRST } },
            { start: 0, end: 31, text: "Freeland's president, Ana Quill", source: { id: SECOND } },
          ],
        },
      ]);
    });

    it('makes the same quote in two files one claim with two appearances, oldest source first', async () => {
      const claim = await appearancesOf(READY);
      expect(claim?.text).toBe('Ana Quill said Freeland was ready to host the talks.');
      expect(claim?.firstSeen).toBe('2024-05-02');
      expect(claim?.appearances.totalCount).toBe(2);
      expect(claim?.appearances.edges.map(({ node }) => [node.source.id, node.text])).toEqual([
        [FIRST, 'Ana Quill said Freeland was ready to host the talks.'],
        [SECOND, 'Ana Quill said again that Freeland was ready to host talks.'],
      ]);
      // The second source splits the quote with its attribution: its appearance keeps both pieces.
      expect(claim?.appearances.edges[1]?.node.quoteParts.map(({ text }) => text)).toEqual([
        'We are ready,',
        'to host the talks!',
      ]);
    });

    it('leads the id of an appearance, found by its quote or given by sameAs, to the claim it is', async () => {
      const answer = await data<{ a: { id: string }; b: { id: string } }>(
        `{ a: node(id: "claim:second-ana-ready-to-host") { id } b: node(id: "claim:second-bo-summit-ends-soon") { id } }`,
      );
      expect(answer).toEqual({ a: { id: READY }, b: { id: SUMMIT_ENDS } });
      const sameAs = await appearancesOf(SUMMIT_ENDS);
      expect(sameAs?.appearances.edges.map(({ node }) => node.evidence[0]?.text)).toEqual([
        'Bo Reed said the summit would end soon.',
        'who said the summit would end soon',
      ]);
    });

    it('rests the subjects of a claim on the passage of every source that reports it', async () => {
      const answer = await data<{ node: { subjects: { node: { id: string }; evidence: Span[] }[] } }>(
        `{ node(id: "${READY}") { ... on Claim { subjects { node { id } evidence { ${SPAN} } } } } }`,
      );
      expect(answer.node.subjects.map(({ evidence }) => evidence.map((span) => span.source.id))).toEqual([
        [FIRST, SECOND],
      ]);
    });

    it('counts a claim of two sources once in claim groups and in the claim network', async () => {
      const answer = await data<{
        claimGroups: { key: string; count: number }[];
        claimNetwork: { edges: { source: string; target: string; properties: { weight: number } }[] };
        claims: { totalCount: number };
      }>(
        `{ claimGroups(by: SPEAKER) { key count }
           claimNetwork { edges { source target properties } }
           claims { totalCount } }`,
      );
      expect(answer.claims.totalCount).toBe(3);
      expect(answer.claimGroups).toEqual([
        { key: 'person:test-bo-reed', count: 2 },
        { key: ANA, count: 1 },
      ]);
      expect(
        answer.claimNetwork.edges.map(({ source, target, properties }) => [source, target, properties.weight]),
      ).toEqual([
        ['person:test-bo-reed', 'event:test-summit', 2],
        [ANA, 'event:test-summit', 1],
      ]);
    });

    it('keeps the claims two or more sources report with appearances: {count: {gte: 2}}', async () => {
      const answer = await data<{ claims: { edges: { node: { id: string } }[] } }>(
        '{ claims(where: {appearances: {count: {gte: 2}}}) { edges { node { id } } } }',
      );
      expect(answer.claims.edges.map(({ node }) => node.id)).toEqual([READY, SUMMIT_ENDS]);
    });

    it('round-trips a split quote: the pieces joined with an ellipsis, each with its span in the text', async () => {
      const claim = await appearancesOf(TALKS_GOOD);
      const text = await sourceText(SECOND);
      expect(claim?.quote).toBe('Talks are good, … for everyone.');
      expect(claim?.quoteParts.map(({ text: piece, source }) => [piece, source.id])).toEqual([
        ['Talks are good,', SECOND],
        ['for everyone.', SECOND],
      ]);
      for (const part of claim?.quoteParts ?? []) expect(text.slice(part.start, part.end).join('')).toBe(part.text);
    });

    it('gives the claim the quote parts of the source whose entry defines it', async () => {
      const claim = await appearancesOf(READY);
      expect(claim?.quoteParts).toEqual([
        { start: 84, end: 114, text: 'We are ready to host the talks', source: { id: FIRST } },
      ]);
    });

    it('lists an event’s surface forms and where each source uses them', async () => {
      const answer = await data<{
        node: { aliases: string[]; occurrences: { totalCount: number; edges: { node: Span }[] } };
      }>(
        `{ node(id: "event:test-summit") { ... on Event { aliases occurrences(first: 10) { totalCount edges { node { ${SPAN} } } } } } }`,
      );
      expect(answer.node.aliases).toEqual(['the summit']);
      expect(answer.node.occurrences.totalCount).toBe(3);
      expect(answer.node.occurrences.edges.map(({ node }) => [node.source.id, node.text])).toEqual([
        [FIRST, 'the summit'],
        [FIRST, 'the summit'],
        [SECOND, 'the summit'],
      ]);
    });

    it('lists the facts a source states, each with that source’s share of the evidence', async () => {
      const answer = await data<{
        node: { facts: { type: string; from: { id: string }; to: { id: string }; basis: string; evidence: Span[] }[] };
      }>(
        `{ node(id: "${SECOND}") { ... on Source { facts { type from { id } to { id } basis evidence { ${SPAN} } } } } }`,
      );
      expect(answer.node.facts.map(({ type, from, to }) => [type, from.id, to.id])).toEqual([
        ['ABOUT', READY, 'event:test-summit'],
        ['ABOUT', SUMMIT_ENDS, 'event:test-summit'],
        ['ABOUT', TALKS_GOOD, 'event:test-summit'],
        ['LEADS', ANA, 'place:test-freeland'],
      ]);
      const leads = answer.node.facts.find(({ type }) => type === 'LEADS');
      expect(leads?.basis).toBe('SOURCE');
      expect(leads?.evidence.map(({ text, source }) => [text, source.id])).toEqual([
        ["Freeland's president, Ana Quill", SECOND],
      ]);
    });
  });

  describe('loaded one after the other', () => {
    beforeEach(async () => {
      await openEmptyTestDatabase().then((emptied) => emptied.close());
      await load(first());
    });

    it('finds the stored claim a later file’s quote repeats, and changes nothing when that file is loaded again', async () => {
      await load(second());
      expect((await appearancesOf(READY))?.appearances.totalCount).toBe(2);
      const again = await load(second());
      expect(again.relationshipsDeleted).toBe(0);
      expect(again.nodesCreated).toBe(0);
      expect((await appearancesOf(READY))?.appearances.totalCount).toBe(2);
    });

    it('takes only the unloaded file’s appearances, evidence and mentions away, leaving no orphan evidence', async () => {
      await load(second());
      await load(emptiedSecond());
      const claim = await appearancesOf(READY);
      expect(claim?.appearances.edges.map(({ node }) => node.source.id)).toEqual([FIRST]);
      const left = await database.read(
        `MATCH ()-[r]->() WHERE $second IN coalesce(r.evidenceSources, []) OR $second IN coalesce(r.backgroundSources, [])
            OR (type(r) IN ['APPEARS_IN', 'MENTIONED_IN'] AND endNode(r).id = $second)
         RETURN count(r) AS count`,
        { second: SECOND },
      );
      const orphans = await database.read(
        `MATCH ()-[r]->() UNWIND coalesce(r.evidenceSources, []) AS source
         WITH source WHERE NOT EXISTS { MATCH (:Source {id: source}) } RETURN count(*) AS count`,
      );
      expect(Number(left.records[0]?.get('count'))).toBe(0);
      expect(Number(orphans.records[0]?.get('count'))).toBe(0);
      const leads = await data<{ node: { leads: { evidence: Span[] }[] } }>(
        `{ node(id: "${ANA}") { ... on Person { leads { evidence { ${SPAN} } } } } }`,
      );
      expect(leads.node.leads[0]?.evidence.map(({ source }) => source.id)).toEqual([FIRST]);
    });

    it('refuses a sameAs to a claim that exists nowhere, naming the file and path, and writes nothing', async () => {
      const json = JSON.parse(second().json) as { claims: Record<string, unknown>[] };
      const [, entry] = json.claims;
      if (entry !== undefined) entry.sameAs = 'claim:first-bo-summit-ends-later';
      const bad = inputOf('second.json', json, { 'second.txt': second().readRelative('second.txt') ?? '' });
      const result = await loadSeed(database, [bad]);
      expect(result.kind === 'invalid' && result.problems).toEqual([
        expect.stringMatching(/^second\.json: claims\[1\]\.sameAs: no claim "claim:first-bo-summit-ends-later"/),
      ]);
      expect((await appearancesOf(READY))?.appearances.totalCount).toBe(1);
    });
  });
});

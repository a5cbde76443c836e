import type { GraphDatabase } from '../../src/graph/graph-database';
import type { GraphCounts } from '../../src/graph/read/count-graph';
import { loadSeed, type LoadSeedResult } from '../../seed/load-seed';
import { openEmptyTestDatabase } from '../support/test-database';
import {
  countNodesAndRelationships,
  inputOf,
  miniInput,
  MINI_JSON_FILE,
  MINI_TEXT,
  readSeedJson,
  realInput,
  remove,
  REAL_JSON_FILE,
} from './seed-test-inputs';

const REAL = readSeedJson(REAL_JSON_FILE) as { claims: { id: string; about: string[] }[] };

/** What the real article declares, counted by hand from valaam.json. */
const REAL_NODES = { Source: 1, Person: 6, Organization: 13, Place: 19, Event: 31, Claim: 126 };

/** A second article that mentions Alice of the mini fixture without defining her. */
const SECOND_TEXT = 'Alice Example spoke again. “Nothing changed,” she said.';
const second = () =>
  inputOf(
    'second.json',
    {
      source: { id: 'source:second-test', title: 'A second test article', textFile: 'second.txt' },
      claims: [
        {
          id: 'claim:test-alice-nothing-changed',
          kind: 'quote',
          speaker: 'person:test-alice',
          text: 'Alice said nothing changed.',
          evidence: '“Nothing changed,” she said.',
          quote: 'Nothing changed',
          about: ['person:test-alice'],
        },
      ],
    },
    { 'second.txt': SECOND_TEXT },
  );

function expectLoaded(result: LoadSeedResult): Extract<LoadSeedResult, { kind: 'loaded' }> {
  if (result.kind !== 'loaded') throw new Error(`expected a load, but got ${JSON.stringify(result)}`);
  return result;
}

function sum(counts: Readonly<Record<string, number>>): number {
  return Object.values(counts).reduce((total, count) => total + count, 0);
}

describe('loadSeed', () => {
  let database: GraphDatabase;

  beforeEach(async () => {
    database = await openEmptyTestDatabase();
  });

  afterEach(async () => {
    await database.close();
  });

  describe('loading', () => {
    it('loads the whole article into an empty database and reports what it created', async () => {
      const result = expectLoaded(await loadSeed(database, [realInput()]));
      expect(result.counts.nodes).toEqual(REAL_NODES);
      expect(result.nodesCreated).toBe(sum(REAL_NODES));
      expect(result.relationshipsCreated).toBe(sum(result.counts.relationships));
      expect(result.relationshipsDeleted).toBe(0);
      expect(result.rowCount).toBe(sum(result.counts.nodes) + sum(result.counts.relationships));
      expect(await countNodesAndRelationships(database)).toEqual({
        nodes: sum(REAL_NODES),
        relationships: result.relationshipsCreated,
      });
    });

    it('stores evidence offsets in code points when the text has characters outside the Basic Multilingual Plane', async () => {
      // "🕊" is one code point but two UTF-16 units: offsets counted in units would be one too far.
      const text = `🕊 ${MINI_TEXT}`;
      expectLoaded(
        await loadSeed(database, [inputOf('mini.json', readSeedJson(MINI_JSON_FILE), { 'mini.txt': text })]),
      );
      const [span] = (
        await database.read(
          `MATCH (:Claim {id: 'claim:test-meeting-hour'})-[r:APPEARS_IN]->() RETURN r.start AS start, r.end AS end`,
        )
      ).records.map((record) => ({ start: Number(record.get('start')), end: Number(record.get('end')) }));
      const start = MINI_TEXT.indexOf('The meeting lasted an hour.') + 2;
      expect(span).toEqual({ start, end: start + 'The meeting lasted an hour.'.length });
      expect(Array.from(text).slice(span?.start, span?.end).join('')).toBe('The meeting lasted an hour.');
    });

    it('accepts references to ids an earlier load put in the database', async () => {
      expectLoaded(await loadSeed(database, [miniInput()]));
      expectLoaded(await loadSeed(database, [second()]));
      const stated = await database.read(
        `MATCH (:Person {id: 'person:test-alice'})-[:STATED]->(c:Claim)-[:APPEARS_IN]->(:Source {id: 'source:second-test'})
         MATCH (:Person {id: 'person:test-alice'})-[:MENTIONED_IN]->(s:Source) RETURN c.id AS claim, collect(s.id) AS sources`,
      );
      expect(stated.records.map((record) => record.toObject())).toEqual([
        {
          claim: 'claim:test-alice-nothing-changed',
          sources: expect.arrayContaining(['source:mini-test', 'source:second-test']) as unknown,
        },
      ]);
    });

    it('rejects a reference to an id the database holds under another label', async () => {
      await database.write(`CREATE (:Node:Place {id: 'person:test-alice'})`);
      const result = await loadSeed(database, [second()]);
      expect(result).toEqual({
        kind: 'invalid',
        problems: [
          'second.json: claims[0].speaker: "person:test-alice" is a Place in the database',
          'second.json: claims[0].about[0]: "person:test-alice" is a Place in the database',
        ],
      });
    });
  });

  describe('idempotence', () => {
    it('creates and deletes nothing when the same files are loaded twice', async () => {
      const first = expectLoaded(await loadSeed(database, [realInput()]));
      const again = expectLoaded(await loadSeed(database, [realInput()]));
      expect({
        nodes: again.nodesCreated,
        relationships: again.relationshipsCreated,
        deleted: again.relationshipsDeleted,
      }).toEqual({
        nodes: 0,
        relationships: 0,
        deleted: 0,
      });
      expect(again.counts).toEqual(first.counts);
    });

    it('removes exactly the ABOUT relationship a claim no longer declares', async () => {
      const index = REAL.claims.findIndex(
        (claim) => claim.id === 'claim:putin-meeting-on-valaam-to-discuss-current-issues',
      );
      const claim = REAL.claims[index];
      if (claim === undefined || claim.about.length < 2)
        throw new Error('the chosen claim must exist and be about several subjects');
      const dropped = claim.about[1] as string;

      const first = expectLoaded(await loadSeed(database, [realInput()]));
      const edited = expectLoaded(await loadSeed(database, [realInput(remove(`claims[${index}].about[1]`))]));

      expect({
        nodes: edited.nodesCreated,
        relationships: edited.relationshipsCreated,
        deleted: edited.relationshipsDeleted,
      }).toEqual({
        nodes: 0,
        relationships: 0,
        deleted: 1,
      });
      const expected: GraphCounts = {
        nodes: first.counts.nodes,
        relationships: { ...first.counts.relationships, ABOUT: first.counts.relationships.ABOUT - 1 },
      };
      expect(edited.counts).toEqual(expected);
      const about = await database.read(
        'MATCH (:Claim {id: $id})-[:ABOUT]->(subject) RETURN subject.id AS id ORDER BY id',
        { id: claim.id },
      );
      expect(about.records.map((record) => record.get('id') as string)).toEqual(
        claim.about.filter((id) => id !== dropped).sort(),
      );
    });
  });

  describe('reset', () => {
    it('deletes everything else in the graph before loading', async () => {
      const fresh = expectLoaded(await loadSeed(database, [realInput()]));
      await database.write(
        `CREATE (:Stray {id: 'stray:1'})-[:LINKED]->(:Node:Person {id: 'person:stray', name: 'Stray Person'})`,
      );
      await database.write(`MATCH (p:Person {id: 'person:vladimir-putin'}), (s:Stray) CREATE (p)-[:LINKED]->(s)`);

      const reset = expectLoaded(await loadSeed(database, [realInput()], { reset: true }));

      expect(reset.counts).toEqual(fresh.counts);
      expect(reset.nodesCreated).toBe(sum(REAL_NODES));
      expect(await countNodesAndRelationships(database)).toEqual({
        nodes: sum(REAL_NODES),
        relationships: sum(fresh.counts.relationships),
      });
    });

    it('rejects references to ids only the database holds, since the reset deletes them', async () => {
      expectLoaded(await loadSeed(database, [miniInput()]));
      const before = await countNodesAndRelationships(database);
      const result = await loadSeed(database, [second()], { reset: true });
      expect(result).toEqual({
        kind: 'invalid',
        problems: [
          'second.json: claims[0].speaker: no person "person:test-alice"',
          'second.json: claims[0].about[0]: no person "person:test-alice"',
        ],
      });
      expect(await countNodesAndRelationships(database)).toEqual(before);
    });

    it('accepts the same references when the files that define them are loaded with it', async () => {
      const result = expectLoaded(await loadSeed(database, [miniInput(), second()], { reset: true }));
      expect(result.counts.nodes.Source).toBe(2);
    });
  });

  describe('dry run', () => {
    it('validates and counts the rows but writes nothing', async () => {
      const dry = await loadSeed(database, [realInput()], { dryRun: true });
      expect(await countNodesAndRelationships(database)).toEqual({ nodes: 0, relationships: 0 });
      const loaded = expectLoaded(await loadSeed(database, [realInput()]));
      expect(dry).toEqual({ kind: 'validated', files: 1, rowCount: loaded.rowCount, contextFiles: 0 });
    });

    it('neither resets nor changes a loaded graph', async () => {
      expectLoaded(await loadSeed(database, [miniInput()]));
      const before = await countNodesAndRelationships(database);
      const dry = await loadSeed(database, [miniInput(remove('claims[0].about[1]'))], { dryRun: true, reset: true });
      expect(dry.kind).toBe('validated');
      expect(await countNodesAndRelationships(database)).toEqual(before);
    });
  });
});

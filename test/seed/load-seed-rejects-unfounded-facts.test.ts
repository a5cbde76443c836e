import type { GraphDatabase } from '../../src/graph/graph-database';
import { findExistingIds } from '../../src/graph/read/find-existing-ids';
import { loadSeed } from '../../seed/load-seed';
import { validateSeedFiles, type SeedInput } from '../../seed/validate-seed-files';
import { openEmptyTestDatabase } from '../support/test-database';
import { countNodesAndRelationships, miniInput, remove, set } from './seed-test-inputs';

const NO_BASIS =
  'states a fact without a basis: give "evidence" (the passages of mini.txt that state it) or "background" (a note saying where the knowledge comes from)';

/**
 * The provenance rules: every fact rests on passages of its source or on declared background
 * knowledge, every alias is a form the text uses, and claim links say why. Each rejection is
 * reported with file and path and leaves the graph (which holds the mini fixture) as it was.
 */
describe('loadSeed with facts that do not say what they rest on', () => {
  let database: GraphDatabase;

  beforeAll(async () => {
    database = await openEmptyTestDatabase();
    const result = await loadSeed(database, [miniInput()]);
    expect(result.kind).toBe('loaded');
  });

  afterAll(async () => {
    await database.close();
  });

  async function expectRejected(input: SeedInput, problems: readonly string[]): Promise<void> {
    const before = await countNodesAndRelationships(database);
    const result = await loadSeed(database, [input]);
    expect(result).toEqual({ kind: 'invalid', problems });
    expect(await countNodesAndRelationships(database)).toEqual(before);
  }

  async function validate(input: SeedInput) {
    const result = await validateSeedFiles([input], (ids) => findExistingIds(database, ids));
    if (!result.ok) throw new Error(`expected the input to validate, but got: ${result.problems.join('; ')}`);
    return result.rows;
  }

  describe('basis', () => {
    it('rejects a fact of every kind that gives neither evidence nor background, naming file and path', async () => {
      await expectRejected(
        miniInput(
          remove('people[0].leads[0].background'),
          remove('organizations[0].basedIn[0].background'),
          remove('events[0].participants[2].evidence'),
          remove('events[0].places[0].evidence'),
          set('claims[0].about[0]', { id: 'event:test-meeting' }),
          remove('claims[1].disputes[0].evidence'),
        ),
        [
          `mini.json: people[0].leads[0]: ${NO_BASIS}`,
          `mini.json: organizations[0].basedIn[0]: ${NO_BASIS}`,
          `mini.json: events[0].participants[2]: ${NO_BASIS}`,
          `mini.json: events[0].places[0]: ${NO_BASIS}`,
          `mini.json: claims[0].about[0]: ${NO_BASIS}`,
          `mini.json: claims[1].disputes[0]: ${NO_BASIS}`,
        ],
      );
    });

    it('rejects a fact that gives both evidence and background', async () => {
      await expectRejected(miniInput(set('events[0].participants[0].background', 'Known anyway.')), [
        'mini.json: events[0].participants[0]: a fact rests either on "evidence" from the source or on "background" knowledge, not both',
      ]);
    });

    it('rejects an empty evidence list and an empty background note', async () => {
      await expectRejected(
        miniInput(set('events[0].participants[0].evidence', []), set('people[0].leads[0].background', ' ')),
        [
          'mini.json: people[0].leads[0].background: must not be empty',
          'mini.json: events[0].participants[0].evidence: must list at least one passage',
        ],
      );
    });

    it('stores evidence as parallel lists of code-point spans, and background as a note', async () => {
      const rows = await validate(miniInput());
      const zoe = rows.relationships.PARTICIPATED_IN.find((row) => row.from === 'person:test-zoe');
      // Each row is its source's share of the fact (docs/sources.md); a role not given is not written.
      expect(zoe).toMatchObject({
        properties: {},
        contributions: [
          {
            source: 'source:mini-test',
            evidenceStarts: [161],
            evidenceEnds: [179],
            evidenceTexts: ['Zoë Café attended.'],
            backgroundNote: null,
          },
        ],
      });
      expect(rows.relationships.LEADS[0]?.contributions).toEqual([
        {
          source: 'source:mini-test',
          evidenceStarts: [],
          evidenceEnds: [],
          evidenceTexts: [],
          backgroundNote: 'Test fixture: the article does not say who leads Exampletown.',
        },
      ]);
    });

    it('rests a bare claim subject on the claim’s own passage', async () => {
      const rows = await validate(miniInput());
      const about = rows.relationships.ABOUT.find((row) => row.from === 'claim:test-meeting-hour');
      expect(about?.contributions?.[0]).toMatchObject({
        evidenceStarts: [133],
        evidenceTexts: ['The meeting lasted an hour.'],
      });
    });
  });

  describe('evidence passages', () => {
    it('rejects a passage that is not in the source text', async () => {
      await expectRejected(miniInput(set('events[0].participants[0].evidence', ['Alice met nobody'])), [
        'mini.json: events[0].participants[0].evidence[0]: not found in mini.txt: "Alice met nobody"; the closest words there are "Alice. Bob"',
      ]);
    });

    it('rejects a passage that occurs twice, giving both offsets and the fix', async () => {
      await expectRejected(miniInput(set('claims[1].disputes[0].evidence', ['agreed on'])), [
        'mini.json: claims[1].disputes[0].evidence[0]: occurs 2 times in mini.txt (at 65, 114); write it as { "passage": ..., "occurrence": n } to say which',
      ]);
    });

    it('takes the occurrence a repeated passage names, and rejects one beyond the last', async () => {
      const rows = await validate(
        miniInput(set('claims[1].disputes[0].evidence', [{ passage: 'agreed on', occurrence: 2 }])),
      );
      expect(rows.relationships.DISPUTES[0]?.contributions?.[0]).toMatchObject({
        evidenceStarts: [114],
        evidenceEnds: [123],
      });
      await expectRejected(
        miniInput(set('claims[1].disputes[0].evidence', [{ passage: 'agreed on', occurrence: 3 }])),
        [
          'mini.json: claims[1].disputes[0].evidence[0].occurrence: asks for occurrence 3, but the passage occurs 2 time(s)',
        ],
      );
    });
  });

  describe('names', () => {
    it('rejects an alias the text never uses, naming it and where other names go', async () => {
      await expectRejected(miniInput(set('people[1].aliases', ['Bob', 'Robert Sample'])), [
        'mini.json: people[1].aliases[1]: "Robert Sample" does not occur in mini.txt; aliases are the forms the text uses, put other names in "otherNames"',
      ]);
    });

    it('does not count a form found only inside a longer word', async () => {
      await expectRejected(miniInput(set('places[0].aliases', ['Exampletow'])), [
        'mini.json: places[0].aliases[0]: "Exampletow" does not occur in mini.txt; aliases are the forms the text uses, put other names in "otherNames"',
      ]);
    });

    it('rejects a form given for an entity of another file that the text does not use', async () => {
      await expectRejected(miniInput(set('mentions', [{ id: 'person:test-alice', forms: ['Alice', 'Ally'] }])), [
        'mini.json: mentions[0].forms[1]: "Ally" does not occur in mini.txt',
      ]);
    });

    it('records every mention of an entity as a span, the longest form winning where forms overlap', async () => {
      const rows = await validate(miniInput());
      const alice = rows.relationships.MENTIONED_IN.find((row) => row.from === 'person:test-alice');
      // "Alice Example" at 0 (not also "Alice" at 0), then "Alice" at 93.
      expect(alice?.properties).toEqual({ starts: [0, 93], ends: [13, 98], texts: ['Alice Example', 'Alice'] });
    });
  });

  describe('claim links', () => {
    it('rejects a dispute without a reason and a reason of more than one line', async () => {
      await expectRejected(miniInput(remove('claims[1].disputes[0].reason')), [
        'mini.json: claims[1].disputes[0].reason: is required (string)',
      ]);
      await expectRejected(miniInput(set('claims[1].disputes[0].reason', 'One.\nTwo.')), [
        'mini.json: claims[1].disputes[0].reason: must be one line',
      ]);
    });

    it('rejects a claim supporting a claim drawn from the very same passage', async () => {
      await expectRejected(
        miniInput(
          set('claims[2].evidence', 'Bob said they agreed on nothing.'),
          set('claims[2].supports', [
            { id: 'claim:test-bob-disagreed', reason: 'Same words.', evidence: ['Bob said they agreed on nothing.'] },
          ]),
        ),
        [
          'mini.json: claims[2].supports[0]: "claim:test-meeting-hour" and "claim:test-bob-disagreed" come from the same passage; a sentence cannot support itself',
        ],
      );
    });
  });
});

import type { GraphDatabase } from '../../src/graph/graph-database';
import { findExistingIds } from '../../src/graph/read/find-existing-ids';
import { loadSeed } from '../../seed/load-seed';
import { validateSeedFiles, type SeedInput } from '../../seed/validate-seed-files';
import { openEmptyTestDatabase } from '../support/test-database';
import {
  countNodesAndRelationships,
  inputOf,
  miniInput,
  miniJsonWith,
  MINI_TEXT,
  rawInputOf,
  remove,
  set,
} from './seed-test-inputs';

/**
 * Every kind of bad input is reported as `file: path: what is wrong`, and leaves the graph as
 * it was. The graph already holds the mini fixture, so "as it was" is not just "empty".
 */
describe('loadSeed with bad input', () => {
  let database: GraphDatabase;

  beforeAll(async () => {
    database = await openEmptyTestDatabase();
    const result = await loadSeed(database, [miniInput()]);
    expect(result.kind).toBe('loaded');
    expect(await countNodesAndRelationships(database)).toEqual({ nodes: 10, relationships: 22 });
  });

  afterAll(async () => {
    await database.close();
  });

  /** Loads `inputs`, expects exactly `problems`, and checks that nothing was written. */
  async function expectRejected(
    inputs: SeedInput | readonly SeedInput[],
    problems: readonly string[],
    reset = false,
  ): Promise<void> {
    const before = await countNodesAndRelationships(database);
    const result = await loadSeed(database, [inputs].flat(), { reset });
    expect(result).toEqual({ kind: 'invalid', problems });
    expect(await countNodesAndRelationships(database)).toEqual(before);
  }

  /** Validates `input` against the database without writing, for inputs that must pass. */
  async function validate(input: SeedInput) {
    return validateSeedFiles([input], (ids) => findExistingIds(database, ids));
  }

  describe('schema errors', () => {
    it('rejects a value of the wrong type', async () => {
      await expectRejected(miniInput(set('people[0].name', 42)), [
        'mini.json: people[0].name: Expected string, received number',
      ]);
    });

    it('rejects a missing required field', async () => {
      await expectRejected(miniInput(remove('claims[1].text')), ['mini.json: claims[1].text: is required (string)']);
    });

    it('rejects an unknown field, naming it', async () => {
      await expectRejected(miniInput(set('people[1].nickname', 'Bobby')), [
        'mini.json: people[1]: unknown field(s) "nickname"',
      ]);
    });

    it('rejects an id that is not lowercase <type>:<slug>', async () => {
      await expectRejected(miniInput(set('people[0].id', 'person:Alice Example')), [
        'mini.json: people[0].id: must be an id like "person:some-name" (lowercase, digits, - . _)',
      ]);
    });

    it('rejects an id whose prefix is not the type of its entry', async () => {
      await expectRejected(miniInput(set('places[0].id', 'person:exampletown')), [
        'mini.json: places[0].id: must be an id like "place:some-name" (lowercase, digits, - . _)',
      ]);
    });

    it('names every type a reference may have when it has another', async () => {
      await expectRejected(
        miniInput(
          set('people[0].leads[0].id', 'person:test-bob'),
          set('claims[0].speaker', 'place:test-exampletown'),
          set('claims[0].about[1]', 'claim:test-bob-disagreed'),
        ),
        [
          'mini.json: people[0].leads[0].id: must be a place or organization id',
          'mini.json: claims[0].speaker: must be a person or organization id',
          'mini.json: claims[0].about[1]: must be a person, organization, place or event id',
        ],
      );
    });

    it('lists the allowed values of an enumeration', async () => {
      await expectRejected(miniInput(set('claims[0].kind', 'rumour')), [
        "mini.json: claims[0].kind: Invalid enum value. Expected 'quote' | 'paraphrase' | 'narration', received 'rumour'",
      ]);
    });

    it('rejects blank text and a claim about nothing', async () => {
      await expectRejected(miniInput(set('people[1].name', '   '), set('claims[2].about', [])), [
        'mini.json: people[1].name: must not be empty',
        'mini.json: claims[2].about: must name at least one subject',
      ]);
    });
  });

  describe('dangling references', () => {
    it('rejects a speaker that is defined nowhere', async () => {
      await expectRejected(miniInput(set('claims[0].speaker', 'person:putn')), [
        'mini.json: claims[0].speaker: no person "person:putn"',
      ]);
    });

    it('names the expected type of each dangling reference', async () => {
      await expectRejected(
        miniInput(
          set('organizations[0].basedIn[0].id', 'place:atlantis'),
          set('events[0].participants[2].id', 'organization:nobody'),
          set('events[0].places[1]', { id: 'place:nowhere', background: 'Made up.' }),
          set('claims[1].disputes[0].id', 'claim:never-made'),
          set('claims[2].about[0]', 'event:never-held'),
        ),
        [
          'mini.json: organizations[0].basedIn[0].id: no place "place:atlantis"',
          'mini.json: events[0].participants[2].id: no organization "organization:nobody"',
          'mini.json: events[0].places[1].id: no place "place:nowhere"',
          'mini.json: claims[1].disputes[0].id: no claim "claim:never-made"',
          'mini.json: claims[2].about[0]: no event "event:never-held"',
        ],
      );
    });
  });

  describe('duplicate ids', () => {
    it('rejects an id defined twice in one file, naming both places', async () => {
      await expectRejected(miniInput(set('claims[2].id', 'claim:test-bob-disagreed')), [
        'mini.json: claims[2].id: duplicate id "claim:test-bob-disagreed", already defined at mini.json: claims[1].id',
      ]);
    });

    it('rejects an id defined in two files', async () => {
      const second = inputOf(
        'second.json',
        {
          source: { id: 'source:second-test', title: 'A second test article', textFile: 'second.txt' },
          people: [{ id: 'person:test-zoe', name: 'Zoe Other' }],
        },
        { 'second.txt': 'Zoe Other spoke.' },
      );
      await expectRejected(
        [miniInput(), second],
        ['second.json: people[0].id: duplicate id "person:test-zoe", already defined at mini.json: people[2].id'],
      );
    });

    it('rejects two files with the same source id', async () => {
      const second = inputOf(
        'second.json',
        { source: { id: 'source:mini-test', title: 'A copy', textFile: 'mini.txt' } },
        { 'mini.txt': MINI_TEXT },
      );
      await expectRejected(
        [miniInput(), second],
        ['second.json: source.id: duplicate id "source:mini-test", already defined at mini.json: source.id'],
      );
    });
  });

  describe('evidence and quotes', () => {
    it('rejects evidence that is not in the source text', async () => {
      await expectRejected(miniInput(set('claims[2].evidence', 'The meeting lasted two hours.')), [
        'mini.json: claims[2].evidence: not found in mini.txt: "The meeting lasted two hours."; the closest words there are "The meeting lasted an hour."',
      ]);
    });

    it('shortens a long missing passage to 80 characters in the message', async () => {
      const passage = `The meeting lasted an hour${', and then another'.repeat(5)}.`;
      await expectRejected(miniInput(set('claims[2].evidence', passage)), [
        `mini.json: claims[2].evidence: not found in mini.txt: "${passage.slice(0, 77)}..."; the closest words there are "The meeting lasted an hour. Zoë Café attended."`,
      ]);
    });

    it('rejects evidence that occurs twice, giving both offsets and the fix', async () => {
      await expectRejected(miniInput(set('claims[1].evidence', 'agreed on')), [
        'mini.json: claims[1].evidence: occurs 2 times in mini.txt (at 65, 114); add "evidenceOccurrence" to say which',
      ]);
    });

    it('accepts ambiguous evidence once evidenceOccurrence picks one, and points at that occurrence', async () => {
      const result = await validate(
        miniInput(set('claims[1].evidence', 'agreed on'), set('claims[1].evidenceOccurrence', 2)),
      );
      if (!result.ok) throw new Error(`expected the input to validate, but got: ${result.problems.join('; ')}`);
      expect(result.rows.relationships.APPEARS_IN.find((row) => row.from === 'claim:test-bob-disagreed')).toEqual({
        from: 'claim:test-bob-disagreed',
        to: 'source:mini-test',
        properties: {
          start: 114,
          end: 123,
          text: 'agreed on',
          claimText: 'Bob said they agreed on nothing.',
          quoteStarts: [],
          quoteEnds: [],
          quoteTexts: [],
        },
      });
    });

    it('rejects an evidenceOccurrence beyond the last occurrence', async () => {
      await expectRejected(miniInput(set('claims[1].evidence', 'agreed on'), set('claims[1].evidenceOccurrence', 3)), [
        'mini.json: claims[1].evidenceOccurrence: asks for occurrence 3, but the passage occurs 2 time(s)',
      ]);
    });

    it('rejects an evidenceOccurrence below 1', async () => {
      await expectRejected(miniInput(set('claims[1].evidenceOccurrence', 0)), [
        'mini.json: claims[1].evidenceOccurrence: Number must be greater than or equal to 1',
      ]);
    });

    it('rejects a quote that appears nowhere in the source text', async () => {
      await expectRejected(miniInput(set('claims[0].quote', 'We agreed on nothing at all')), [
        'mini.json: claims[0].quote: the quote is not part of the evidence passage: "We agreed on nothing at all"; the closest words there are "“We agreed on everything,” said"',
      ]);
    });

    it('rejects a quote that is in the source text but outside its evidence', async () => {
      await expectRejected(miniInput(set('claims[0].quote', 'they agreed on nothing')), [
        'mini.json: claims[0].quote: the quote is not part of the evidence passage: "they agreed on nothing"; the closest words there are "“We agreed on everything,”"',
      ]);
    });
  });

  describe('dates', () => {
    it('rejects a day the month does not have', async () => {
      await expectRejected(miniInput(set('events[0].date', '2025-02-30')), [
        'mini.json: events[0].date: "2025-02-30" is not a calendar date',
      ]);
    });

    it('rejects month 13, and does not also call the end date early', async () => {
      await expectRejected(miniInput(set('events[0].date', '2025-13'), set('events[0].endDate', '2025-12')), [
        'mini.json: events[0].date: "2025-13" is not a calendar date',
      ]);
    });

    it('rejects an end date that is not a calendar date', async () => {
      await expectRejected(miniInput(set('events[0].endDate', '2024-02-30')), [
        'mini.json: events[0].endDate: "2024-02-30" is not a calendar date',
      ]);
    });

    it('rejects an end date before the date', async () => {
      await expectRejected(miniInput(set('events[0].endDate', '2024-03-02')), [
        'mini.json: events[0].endDate: "2024-03-02" is before date "2024-03-03"',
      ]);
    });

    it('rejects an end month that is over before the date', async () => {
      await expectRejected(miniInput(set('events[0].endDate', '2024-02')), [
        'mini.json: events[0].endDate: "2024-02" is before date "2024-03-03"',
      ]);
    });

    it('accepts an end date in the same month as a more precise date', async () => {
      const result = await validate(miniInput(set('events[0].endDate', '2024-03')));
      expect(result.ok).toBe(true);
    });

    it('rejects an end date without a date', async () => {
      await expectRejected(miniInput(remove('events[0].date'), set('events[0].endDate', '2024-03-05')), [
        'mini.json: events[0].endDate: an end date needs a "date" to start from',
      ]);
    });

    it('rejects dates not written as YYYY, YYYY-MM or YYYY-MM-DD', async () => {
      await expectRejected(miniInput(set('events[0].date', '3 March 2024'), set('events[0].endDate', '2024-3-4')), [
        'mini.json: events[0].date: must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD',
        'mini.json: events[0].endDate: must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD',
      ]);
    });

    it('rejects a publication date that is not a calendar date', async () => {
      await expectRejected(miniInput(set('source.published', '2023-02-29')), [
        'mini.json: source.published: "2023-02-29" is not a calendar date',
      ]);
    });
  });

  describe('names and aliases', () => {
    it('rejects two people sharing an alias that differs only in case', async () => {
      await expectRejected(miniInput(set('people[1].aliases', ['Bob', 'alice'])), [
        'mini.json: people[1].aliases[1]: "alice" is also a name or alias of "person:test-alice" (mini.json: people[0].aliases[0])',
      ]);
    });

    it('rejects two people sharing a name that differs only in accents and case', async () => {
      await expectRejected(miniInput(set('people[1].aliases', ['ZOE CAFE'])), [
        'mini.json: people[2].name: "Zoë Café" is also a name or alias of "person:test-bob" (mini.json: people[1].aliases[0])',
        'mini.json: people[1].aliases[0]: "ZOE CAFE" does not occur in mini.txt; aliases are the forms the text uses, put other names in "otherNames"',
      ]);
    });

    it('rejects two entities of one type sharing a name across files', async () => {
      const second = inputOf(
        'second.json',
        {
          source: { id: 'source:second-test', title: 'A second test article', textFile: 'second.txt' },
          places: [{ id: 'place:other-town', name: 'exampletown', kind: 'city' }],
        },
        { 'second.txt': 'Another exampletown.' },
      );
      await expectRejected(
        [miniInput(), second],
        [
          'second.json: places[0].name: "exampletown" is also a name or alias of "place:test-exampletown" (mini.json: places[0].name)',
        ],
      );
    });

    it('accepts entities of different types sharing a name, and an entity repeating its own name', async () => {
      const result = await validate(
        miniInput(set('places[0].aliases', ['Alice']), set('people[0].aliases', ['Alice Example', 'Alice'])),
      );
      expect(result.ok).toBe(true);
    });
  });

  describe('claim kinds', () => {
    it('rejects a narration with a speaker', async () => {
      await expectRejected(miniInput(set('claims[2].speaker', 'person:test-bob')), [
        `mini.json: claims[2].speaker: a narration is the source's own voice and has no speaker, but got "person:test-bob"`,
      ]);
    });

    it('rejects a quote without the quoted words', async () => {
      await expectRejected(miniInput(remove('claims[0].quote')), [
        'mini.json: claims[0].quote: a claim of kind "quote" needs the quoted words',
      ]);
    });

    it('rejects a quote or paraphrase without a speaker', async () => {
      await expectRejected(miniInput(remove('claims[0].speaker'), remove('claims[1].speaker')), [
        'mini.json: claims[0].speaker: a quote needs a speaker',
        'mini.json: claims[1].speaker: a paraphrase needs a speaker',
      ]);
    });

    it('rejects a claim that disputes or supports itself', async () => {
      await expectRejected(
        miniInput(
          set('claims[1].disputes[0].id', 'claim:test-bob-disagreed'),
          set('claims[2].supports', [{ id: 'claim:test-meeting-hour', reason: 'Itself.', background: 'None.' }]),
        ),
        [
          'mini.json: claims[1].disputes[0]: a claim cannot dispute itself',
          'mini.json: claims[2].supports[0]: a claim cannot support itself',
        ],
      );
    });
  });

  describe('unreadable files', () => {
    it('rejects a source whose text file does not exist', async () => {
      await expectRejected(miniInput(set('source.textFile', 'missing.txt')), [
        'mini.json: source.textFile: no file "missing.txt" next to mini.json',
      ]);
    });

    it('gives the line and column of a missing comma', async () => {
      await expectRejected(
        rawInputOf('mini.json', miniJsonWith('"kind": "city",', '"kind": "city"'), { 'mini.txt': MINI_TEXT }),
        [
          "mini.json: malformed JSON: Expected ',' or '}' after property value in JSON at position 940 (line 11, column 102)",
        ],
      );
    });

    it('gives the line and column of an unquoted value', async () => {
      await expectRejected(
        rawInputOf('mini.json', miniJsonWith('"kind": "city"', '"kind": city'), { 'mini.txt': MINI_TEXT }),
        [
          `mini.json: malformed JSON: Unexpected token 'c', ...", "kind": city, "lat"... is not valid JSON (line 11, column 95)`,
        ],
      );
    });

    it('gives the line and column of an unexpected token near either end of the text, or in a short text', async () => {
      await expectRejected(
        [
          rawInputOf('start.json', `{ "id": 'x', "people": [] }`),
          rawInputOf('end.json', `{ "people": [], "source": 'x' }`),
          rawInputOf('short.json', `{"a": 'x'}`),
          rawInputOf('lines.json', `{\n  "a": 1,\n  "b": 'x'\n}`),
        ],
        [
          `start.json: malformed JSON: Unexpected token ''', "{ "id": 'x', "peop"... is not valid JSON (line 1, column 9)`,
          `end.json: malformed JSON: Unexpected token ''', ...""source": 'x' }" is not valid JSON (line 1, column 27)`,
          `short.json: malformed JSON: Unexpected token ''', "{"a": 'x'}" is not valid JSON (line 1, column 7)`,
          `lines.json: malformed JSON: Unexpected token ''', ..."1,\n  "b": 'x'\n}" is not valid JSON (line 3, column 8)`,
        ],
      );
    });

    it('gives the line and column where a cut-off file ends', async () => {
      await expectRejected(rawInputOf('mini.json', '{\n  "source": {\n    "id":'), [
        'mini.json: malformed JSON: Unexpected end of JSON input (line 3, column 10)',
      ]);
    });
  });

  describe('reporting', () => {
    it('lists every problem of every file in one load, each with its file and path', async () => {
      const second = inputOf(
        'second.json',
        { source: { id: 'source:second-test', title: 'A second test article', textFile: 'second.txt', pages: 3 } },
        { 'second.txt': 'Text.' },
      );
      await expectRejected(
        [
          miniInput(
            set('claims[0].speaker', 'person:putn'),
            set('people[1].aliases', ['ALICE']),
            set('events[0].date', '2024-02-30'),
            set('claims[2].evidence', 'The meeting lasted two hours.'),
            set('claims[2].speaker', 'person:test-bob'),
          ),
          second,
        ],
        [
          'second.json: source: unknown field(s) "pages"',
          'mini.json: claims[0].speaker: no person "person:putn"',
          'mini.json: people[1].aliases[0]: "ALICE" is also a name or alias of "person:test-alice" (mini.json: people[0].aliases[0])',
          'mini.json: people[1].aliases[0]: "ALICE" does not occur in mini.txt; aliases are the forms the text uses, put other names in "otherNames"',
          'mini.json: events[0].date: "2024-02-30" is not a calendar date',
          `mini.json: claims[2].speaker: a narration is the source's own voice and has no speaker, but got "person:test-bob"`,
          'mini.json: claims[2].evidence: not found in mini.txt: "The meeting lasted two hours."; the closest words there are "The meeting lasted an hour."',
        ],
      );
    });

    it('does not reset the graph when the input is invalid', async () => {
      await expectRejected(
        miniInput(set('claims[0].speaker', 'person:putn')),
        ['mini.json: claims[0].speaker: no person "person:putn"'],
        true,
      );
    });
  });
});

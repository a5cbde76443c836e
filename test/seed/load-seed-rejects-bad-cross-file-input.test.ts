import type { GraphDatabase } from '../../src/graph/graph-database';
import { loadSeed } from '../../seed/load-seed';
import type { SeedInput } from '../../seed/validate-seed-files';
import { openEmptyTestDatabase } from '../support/test-database';
import { countNodesAndRelationships, inputOf, miniInput } from './seed-test-inputs';

const SECOND_TEXT = 'Bob Sample said: “We will meet again, and soon.” The mayor, Alice Example, agreed.';

/** A second file that refers to the mini fixture's ids, with `changes` to its top-level sections. */
function secondInput(changes: Record<string, unknown>): SeedInput {
  return inputOf(
    'second.json',
    { source: { id: 'source:cross-file-second', title: 'A second article', textFile: 'second.txt' }, ...changes },
    { 'second.txt': SECOND_TEXT },
  );
}

const BOB_SAID = {
  id: 'claim:cross-file-bob-meet-again',
  kind: 'quote',
  speaker: 'person:test-bob',
  text: 'Bob said they will meet again soon.',
  evidence: 'Bob Sample said: “We will meet again, and soon.”',
  quote: ['We will meet again,', 'and soon.'],
  about: ['person:test-alice'],
};

/**
 * The bad input of a second file about the first one's nodes: each refused with a clear
 * error naming the second file and the path, and nothing written (the graph holds the mini
 * fixture, so "nothing" is "as it was").
 */
describe('loadSeed with bad input about another file', () => {
  let database: GraphDatabase;

  beforeAll(async () => {
    database = await openEmptyTestDatabase();
    expect((await loadSeed(database, [miniInput()])).kind).toBe('loaded');
  });

  afterAll(async () => {
    await database.close();
  });

  async function expectRejected(second: SeedInput, problems: readonly string[]): Promise<void> {
    const before = await countNodesAndRelationships(database);
    expect(await loadSeed(database, [miniInput(), second])).toEqual({ kind: 'invalid', problems });
    expect(await countNodesAndRelationships(database)).toEqual(before);
  }

  it('loads the second file when it is sound, so each refusal below is its one mistake', async () => {
    const result = await loadSeed(database, [miniInput(), secondInput({ claims: [BOB_SAID] })], { dryRun: true });
    expect(result.kind).toBe('validated');
  });

  it("refuses a fact about another file's node whose evidence is not in this file's text", async () => {
    await expectRejected(
      secondInput({
        facts: {
          people: [
            {
              id: 'person:test-alice',
              forms: ['Alice Example'],
              leads: [{ id: 'place:test-exampletown', title: 'Mayor', evidence: ['The mayor, Alice Sample, agreed.'] }],
            },
          ],
        },
      }),
      [
        'second.json: facts.people[0].leads[0].evidence[0]: not found in second.txt: "The mayor, Alice Sample, agreed."; the closest words there are "The mayor, Alice Example, agreed."',
      ],
    );
  });

  it('refuses sameAs naming a claim that no file defines, with the closest claim ids', async () => {
    await expectRejected(secondInput({ claims: [{ ...BOB_SAID, sameAs: 'claim:test-alice-agred' }] }), [
      'second.json: claims[0].sameAs: no claim "claim:test-alice-agred"; did you mean claim:test-alice-agreed (Alice said they agreed on everything.)?',
    ]);
  });

  it('refuses a piece of a split quote that lies outside the evidence', async () => {
    await expectRejected(secondInput({ claims: [{ ...BOB_SAID, quote: ['We will meet again,', 'and very soon.'] }] }), [
      'second.json: claims[0].quote[1]: this piece of the quote is not part of the evidence passage: "and very soon."; the closest words there are "and soon.”"',
    ]);
  });

  it("refuses a form of another file's node that the text does not use", async () => {
    await expectRejected(secondInput({ facts: { people: [{ id: 'person:test-alice', forms: ['Mayor Alice'] }] } }), [
      'second.json: facts.people[0].forms[0]: "Mayor Alice" does not occur in second.txt',
    ]);
  });

  it('accepts a form in another case than the text has it, as a sentence-initial word would be', async () => {
    const result = await loadSeed(
      database,
      [miniInput(), secondInput({ facts: { people: [{ id: 'person:test-alice', forms: ['the Mayor'] }] } })],
      { dryRun: true },
    );
    expect(result.kind).toBe('validated');
  });
});

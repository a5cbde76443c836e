import { loadConfig } from '../../src/config/load-config';
import { createEngineClient } from '../../src/extract/engine/create-engine-client';
import { extractArticle } from '../../src/extract/extract-article';
import type { ExtractedArticle, ExtractedQuote } from '../../src/extract/extracted-article';
import { TEST_ENVIRONMENT } from '../support/test-environment';

// Invented names and events, so that no rule can have been tuned to them; each paragraph holds
// one attribution a rule must get right.
const TEXT = [
  'Shipyard jobs under threat',
  'The Dunsby Shipbuilding Company is to cut 400 jobs. The company has built ships in the town since 1890.',
  '"This is a dark day for the town and for everyone who works at the yard," according to Dr Ellen Park, the regional secretary of the Metalworkers Union.',
  '"Will the government step in to save these jobs?" asked local MP Peter Olsen.',
  'The Conservative MP for Dunsby North, Helen Ward, said the news was devastating. "Families here have built ships for five generations," the Conservative MP said.',
  'Union official Sam Bell said: "We will fight this all the way to the courts if we have to."',
  'Ms Ward was defiant: "We will not give up on this yard without a fight."',
  'Mr Olsen went on to list what he called the failures of the company. "So now we have a choice between a proper plan and a rushed one," he concluded.',
  'He said shipyard staff at the Dunsby Shipbuilding Company wanted "a fair deal and nothing more".',
  'The Regional Development Agency said it would help. "We will offer every affected worker a generous package," the firm said in a statement.',
].join('\n\n');
let article: ExtractedArticle;

beforeAll(async () => {
  article = await extractArticle(createEngineClient(loadConfig(TEST_ENVIRONMENT).coreNlp), TEXT);
}, 180_000);

function speakerOf(words: string): ExtractedQuote['speaker'] {
  const quote = article.quotes.find((q) => q.parts[0]?.text.startsWith(words));
  if (quote === undefined)
    throw new Error(
      `expected a quote starting "${words}", but got: ${article.quotes.map((q) => q.parts[0]?.text).join(' | ')}`,
    );
  return quote.speaker;
}

describe('speaker rules on the real engine', () => {
  it('takes the speaker after "according to"', () => {
    expect(speakerOf('This is a dark day')).toMatchObject({ name: 'Ellen Park', rule: 'according-to/named-person' });
  });

  it('reads an attribution after a question mark that the engine split into a sentence of its own', () => {
    expect(speakerOf('Will the government step in').name).toBe('Peter Olsen');
  });

  it('takes the name set off by commas before the verb, not the description before it', () => {
    expect(speakerOf('Families here have built ships').name).toBe('Helen Ward');
    expect(article.entities.find((e) => e.name === 'Dunsby North')?.type).toBe('PLACE');
  });

  it('takes the subject of a clause ending in a colon as the speaker, even without a verb of saying', () => {
    expect(speakerOf('We will not give up')).toMatchObject({
      name: 'Helen Ward',
      rule: 'subject-before-colon/named-person',
    });
  });

  it('moves the current speaker to the person a sentence between quotes is about', () => {
    expect(speakerOf('So now we have a choice').name).toBe('Peter Olsen');
  });

  it('gives a fragment after "He said X wanted" to him, not to X\'s organisation', () => {
    expect(speakerOf('a fair deal and nothing more').name).toBe('Peter Olsen');
  });

  it("gives a description of an organisation to the story's main organisation", () => {
    expect(speakerOf('We will offer every affected worker').name).toBe('Dunsby Shipbuilding Company');
  });
});

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

// A second invented story for rules found on articles the rules were not tuned on; each
// paragraph again holds one attribution, and the speaker before it is someone else, so a rule
// that does not fire leaves the quote with the wrong speaker.
const TOWN_HALL_TEXT = [
  'Hall plans divide the town',
  'Mayor Kate Dunn opened the meeting. "We have waited ten years for this hall," she said.',
  '"We will build the new hall by the spring," said managing director Nora Quist.',
  'Councillor Mia Stroud called the plan a "reckless gamble", saying: "Nobody asked the people who live here."',
  'Her colleague, Omar Falk, left the meeting early and added: "We will take this fight to the courts."',
  'The cost must be met by someone, observed Ivo Brandt, an adviser to the council. "Nobody can expect the town to pay for it alone," he said.',
  'As Ms Stroud\'s report noted: "The hall will cost twice what was promised to the voters."',
  'On this question, Lena Hart appears unmoved. "The plan stays as it is and the vote goes ahead." Ms Hart has chaired the board since 2001.',
  'For Paul Eddy, chairman of the trust, the plan is a good one. He has worked with architect Ruth Lowe and engineer Sean Marsh. "Nobody has built a better scheme in this town," he told reporters.',
  'Chancellor Ann Vale and shadow chancellor Tim Roe spoke at the dinner. "Growth will return to every region next year," the chancellor said.',
  'Union leader Gail Munro on Monday called the offer "an insult to every worker in the town".',
  'Councillor Tom Pike claimed the hall was cheap, but his auditor, Rhys Pell, walked out and added: "These figures do not add up at all."',
].join('\n\n');

describe('speaker rules found on articles the rules were not tuned on', () => {
  let townHall: ExtractedArticle;
  beforeAll(async () => {
    townHall = await extractArticle(createEngineClient(loadConfig(TEST_ENVIRONMENT).coreNlp), TOWN_HALL_TEXT);
  }, 180_000);
  const speakerIn = (words: string) => townHall.quotes.find((q) => q.parts[0]?.text.startsWith(words))?.speaker;

  // Each row: what the rule does, the first words of its quote, and the speaker (with the rule) it must get.
  it.each([
    [
      'reads a participle before the title in a speaker after the verb ("said managing director X")',
      'We will build the new hall',
      { name: 'Nora Quist', rule: 'verb-before-speaker/named-person' },
    ],
    [
      'gives a quote after "…", saying:" to the subject of the sentence\'s first verb, past an earlier quote',
      'Nobody asked the people',
      { name: 'Mia Stroud', rule: 'subject-of-first-verb/named-person' },
    ],
    [
      'gives a quote after "…and added:" to the subject the verbs share, a name in commas after its description',
      'We will take this fight',
      { name: 'Omar Falk', rule: 'subject-of-first-verb/named-person' },
    ],
    [
      'moves the current speaker to the name after an inverted verb of saying in reported speech ("…, observed X")',
      'Nobody can expect the town',
      { name: 'Ivo Brandt' },
    ],
    [
      'gives a document\'s words to its owner ("Ms X\'s report noted:")',
      'The hall will cost twice',
      { name: 'Mia Stroud', rule: 'subject-of-frame/author-of-document' },
    ],
    [
      'moves the current speaker to a named subject after an opening adverbial ("On this question, X appears…")',
      'The plan stays as it is',
      { name: 'Lena Hart', rule: 'follow-on' },
    ],
    [
      'resolves a pronoun subject where it is written, not to a person named after it',
      'Nobody has built a better scheme',
      { name: 'Paul Eddy' },
    ],
    [
      'does not give "the chancellor" to the shadow chancellor',
      'Growth will return',
      { name: 'Ann Vale', rule: 'speaker-before-verb/description-title' },
    ],
    [
      'steps back over a date between the subject and its verb ("X on Monday called…")',
      'an insult to every worker',
      { name: 'Gail Munro', rule: 'subject-of-frame/named-person' },
    ],
    [
      'gives a quote to the verb of saying nearest it, in the clause after "but" ("X claimed…, but Y… added:")',
      'These figures do not add up',
      { name: 'Rhys Pell', rule: 'subject-of-first-verb/named-person' },
    ],
  ])('%s', (_rule, words, speaker) => {
    expect(speakerIn(words)).toMatchObject(speaker);
  });
});

import { loadConfig } from '../../src/config/load-config';
import { createEngineClient } from '../../src/extract/engine/create-engine-client';
import { extractArticle } from '../../src/extract/extract-article';
import type { ExtractedArticle } from '../../src/extract/extracted-article';
import { TEST_ENVIRONMENT } from '../support/test-environment';

// Invented names, so that no rule can have been tuned to them; each sentence holds one case a
// rule must handle or must leave alone.
const TEXT = [
  'Green MEP Anna Berg said the plan was flawed.',
  'The Progressives said they would vote against it.',
  'Muslims and Christians in the town held a joint meeting.',
  'Council leader Peter Grant disagreed.',
  'Later Ms Berg met officials of the Northport Harbour Board in Upper Dale Valley.',
  'Both Plaid Albania and the council objected to the plan.',
  'Internet service provider (ISP) Skyline.net backed it.',
  'Ray Cole, managing director of ISP Fastwave, said prices would fall.',
  'Tom Reed, director of campaign group Say No, said it was wrong.',
  'Fred Hale, the AM for Kilbury, disagreed.',
  'The rules will be read by the GP and the MP, and the firm rang TPZ subscribers.',
].join(' ');
let article: ExtractedArticle;

beforeAll(async () => {
  article = await extractArticle(createEngineClient(loadConfig(TEST_ENVIRONMENT).coreNlp), TEXT);
}, 180_000);

const keys = () => article.entities.map((e) => e.key);

describe('entity rules on the real engine', () => {
  it('takes a capitalised modifier of a political role as an organisation, marked adjectival', () => {
    const green = article.entities.find((e) => e.key === 'organization:green');
    expect(green?.mentions.map((m) => [m.text, m.adjectival])).toEqual([['Green', true]]);
  });

  it('takes a plural proper noun after "the" as an organisation', () => {
    expect(keys()).toContain('organization:progressives');
  });

  it('leaves out plurals of religion and nationality words, and a capitalised common noun opening a sentence', () => {
    expect(keys()).not.toContain('organization:muslims');
    expect(keys()).not.toContain('organization:council');
  });

  it('groups a surname with honorific under the full name', () => {
    expect(article.entities.find((e) => e.key === 'person:anna-berg')?.mentions.map((m) => m.text)).toEqual([
      'Anna Berg',
      'Berg',
    ]);
  });

  it('joins a place the engine split in two, and takes the seat after "AM for" as a place', () => {
    expect(article.entities.filter((e) => e.type === 'PLACE').map((e) => e.name)).toEqual([
      'Upper Dale Valley',
      'Kilbury',
    ]);
  });

  it('takes an untagged name before a country as an organisation, not the country', () => {
    expect(keys()).toContain('organization:plaid-albania');
    expect(keys()).not.toContain('place:albania');
  });

  it('takes a company the engine tags as a web address as an organisation', () => {
    expect(keys()).toContain('organization:skyline-net');
  });

  it('leaves an acronym the text defines for a common noun out of the name after it', () => {
    expect(article.entities.find((e) => e.key === 'organization:fastwave')?.mentions.map((m) => m.text)).toEqual([
      'Fastwave',
    ]);
  });

  it('takes the capitalised name after a common noun for an organisation as that organisation', () => {
    expect(keys()).toContain('organization:say-no');
  });

  it('takes an untagged acronym as an organisation, but not a role noun such as GP or MP', () => {
    expect(keys()).toContain('organization:tpz');
    expect(keys()).not.toContain('organization:gp');
    expect(keys()).not.toContain('organization:mp');
  });
});

// Invented again: cases found on articles the rules were not tuned on, each one the engine alone gets wrong.
const OFFICES_TEXT =
  'The Scottish Office disagreed. But the Irish Executive has insisted Mr Dale was right, and the Irish government agreed. The Liberal Unionists disagreed, and Ms Dorset agreed.';

describe('entity rules found on articles the rules were not tuned on', () => {
  let offices: ExtractedArticle;
  beforeAll(async () => {
    offices = await extractArticle(createEngineClient(loadConfig(TEST_ENVIRONMENT).coreNlp), OFFICES_TEXT);
  }, 180_000);
  const typeOf = (name: string) => offices.entities.find((e) => e.name === name)?.type;

  it('takes "the" + nationality + a capitalised noun for an organisation as an organisation, not a lower-case one', () => {
    expect(typeOf('Scottish Office')).toBe('ORGANIZATION');
    expect(typeOf('Irish Executive')).toBe('ORGANIZATION');
    expect(offices.entities.map((e) => e.name)).not.toContain('Irish government');
  });

  it('keeps a capitalised adjective the engine tags as an ideology in a plural party name', () => {
    expect(typeOf('Liberal Unionists')).toBe('ORGANIZATION');
  });

  it('takes a name after "Ms" or "Mr" as a person, whatever type the engine gave it', () => {
    expect(typeOf('Dorset')).toBe('PERSON');
    expect(offices.entities.filter((e) => e.name === 'Dorset').map((e) => e.type)).toEqual(['PERSON']);
  });
});

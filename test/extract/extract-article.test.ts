import { loadConfig } from '../../src/config/load-config';
import { createEngineClient } from '../../src/extract/engine/create-engine-client';
import { extractArticle } from '../../src/extract/extract-article';
import type { ExtractedArticle, ExtractedQuote } from '../../src/extract/extracted-article';
import { TEST_ENVIRONMENT } from '../support/test-environment';
import { HARBOUR_ARTICLE } from './harbour-article';

// The real engine of global setup; its first request loads the models, which can take a minute.
const client = createEngineClient(loadConfig(TEST_ENVIRONMENT).coreNlp);
let article: ExtractedArticle;

beforeAll(async () => {
  article = await extractArticle(client, HARBOUR_ARTICLE);
}, 180_000);

function quoteStarting(words: string): ExtractedQuote {
  const quote = article.quotes.find((q) => q.parts[0]?.text.startsWith(words));
  if (quote === undefined)
    throw new Error(
      `expected a quote starting "${words}", but got: ${article.quotes.map((q) => q.parts[0]?.text).join(' | ')}`,
    );
  return quote;
}

describe('extractArticle: quotes', () => {
  it('attributes a quote to the speaker named after its verb of saying', () => {
    expect(quoteStarting('This scheme will cost').speaker).toMatchObject({ name: 'Maria Lopez', kind: 'PERSON' });
  });

  it('gives a quote with no verb of its own to the speaker before it', () => {
    expect(quoteStarting('We have asked').speaker).toMatchObject({ name: 'Maria Lopez', rule: 'follow-on' });
  });

  it("marks a fragment inside the reporter's sentence partial and takes that sentence's subject", () => {
    const quote = quoteStarting('left completely in the dark');
    expect(quote.partial).toBe(true);
    expect(quote.speaker.name).toBe('Maria Lopez');
  });

  it("gives an unnamed spokeswoman's quote to her organisation", () => {
    expect(quoteStarting('Our members depend').speaker).toMatchObject({
      name: 'Northport Chamber of Commerce',
      kind: 'ORGANIZATION',
    });
  });

  it('gives both parts of a quote split by its attribution to the same speaker, neither partial', () => {
    const first = quoteStarting('The harbour has been neglected');
    const second = quoteStarting('and this is our chance');
    expect([first.speaker.name, second.speaker.name]).toEqual(['Peter Grant', 'Peter Grant']);
    expect([first.partial, second.partial]).toEqual([false, false]);
  });

  it('ends a quote left open at its paragraph there, and the next paragraph goes on with the same speaker', () => {
    expect(quoteStarting('Nobody pretends').parts[0]?.text).toBe('Nobody pretends it will be cheap.');
    expect(quoteStarting('But doing nothing').speaker.name).toBe('Peter Grant');
  });

  it('leaves out single-quoted headline phrases and two-word terms', () => {
    const texts = article.quotes.map((q) => q.parts[0]?.text);
    expect(texts).not.toContain('too costly');
    expect(texts).not.toContain('vanity project');
    expect(article.quotes).toHaveLength(8);
  });
});

describe('extractArticle: entities and spans', () => {
  it('lists a person once with every form the text uses, and the title written before the name', () => {
    const lopez = article.entities.find((e) => e.key === 'person:maria-lopez');
    expect(lopez?.mentions.map((m) => m.text)).toEqual(['Maria Lopez', 'Lopez']);
    expect(article.entities.find((e) => e.key === 'person:peter-grant')?.roles.map((r) => r.title)).toEqual([
      'Council leader',
    ]);
  });

  it("links a quote's speaker to the entity it is", () => {
    expect(quoteStarting('This scheme will cost').speaker.entityKey).toBe('person:maria-lopez');
  });

  it("keeps every span's text equal to the article's text at its offsets", () => {
    const spans = [
      ...article.quotes.flatMap((q) => [...q.parts, ...(q.speaker.evidence === null ? [] : [q.speaker.evidence])]),
      ...article.entities.flatMap((e) => e.mentions),
    ];
    for (const span of spans) expect(HARBOUR_ARTICLE.slice(span.start, span.end)).toBe(span.text);
  });

  it('names the engine and rules version, and reads the first line as the headline', () => {
    expect(article.engine).toMatch(/^corenlp-4\.5\.10\+rules-\d+$/);
    expect(article.headline?.text).toBe("Harbour plan 'too costly'");
  });

  it('refuses a text without words before asking the engine', async () => {
    await expect(extractArticle(client, ' \n\t ')).rejects.toThrow('needs a text with words');
  });
});

import { readArticleTokens } from './article-tokens';
import { attributeQuotes, type QuoteToAttribute } from './attribute-quotes';
import { buildEntities } from './build-entities';
import { classifyQuoteSpan } from './classify-quote-span';
import type { EngineDocument } from './engine/engine-document';
import { ENGINE_NAME } from './engine/engine-properties';
import type { ExtractedArticle, ExtractedQuote, TextSpan } from './extracted-article';
import { findAffiliationMentions } from './find-affiliation-mentions';
import { findAcronymOrganisations } from './find-acronym-organisations';
import { findAppositiveOrganisations } from './find-appositive-organisations';
import { findConstituencyMentions } from './find-constituency-mentions';
import { findEntityMentions } from './find-entity-mentions';
import { findNationalOrganisations } from './find-national-organisations';
import { findPluralNameMentions } from './find-plural-name-mentions';
import { findQuoteSpans } from './find-quote-spans';
import { findSameFormMentions } from './find-same-form-mentions';
import { groupEntityMentions } from './group-entity-mentions';
import { joinNameBeforeCountry } from './join-name-before-country';
import { mergeAdjacentMentions } from './merge-adjacent-mentions';
import { settleMentionTypes } from './settle-mention-types';
import { findQuoteWindows } from './quote-windows';
import { createSpeakerContext } from './speaker-context';

/** The version of the rules in `src/extract/`, cited in every article's `engine`; raise it when a rule changes what it finds. */
export const RULES_VERSION = 'rules-3';

/**
 * The rule stages over the engine's annotations of `text`: entity mentions (the engine's, forms it
 * tagged elsewhere, party and group names it missed), entities, quotation spans, which of them are
 * quotations, and their speakers. Pure: the same text and annotations give the same article.
 */
export function extractFromEngineDocument(text: string, document: EngineDocument): ExtractedArticle {
  const { tokens, sentences } = readArticleTokens(document);
  // A constituency wins over what the engine made of its words ("MP for Dunsby North" is no person).
  const seats = findConstituencyMentions(tokens);
  const seatTokens = new Set(seats.flatMap((m) => range(m.tokenStart, m.tokenEnd)));
  const engineMentions = [
    ...seats,
    ...joinNameBeforeCountry(tokens, findEntityMentions(document, { text, tokens })).filter(
      (m) => !range(m.tokenStart, m.tokenEnd).some((i) => seatTokens.has(i)),
    ),
  ];
  const withForms = [...engineMentions, ...findSameFormMentions(tokens, engineMentions)];
  const taken = new Set(withForms.flatMap((m) => range(m.tokenStart, m.tokenEnd)));
  const affiliations = [
    ...findAffiliationMentions(tokens, taken),
    ...findAppositiveOrganisations(tokens, taken),
    ...findAcronymOrganisations(tokens, taken),
    ...findNationalOrganisations(tokens, taken),
  ];
  const organisations = [...withForms, ...affiliations].filter((m) => m.type === 'ORGANIZATION');
  const plurals = findPluralNameMentions(tokens, organisations).filter((m) => !taken.has(m.tokenStart));
  const firstPass = [...withForms, ...affiliations, ...plurals];
  const found = [...firstPass, ...findSameFormMentions(tokens, firstPass)];
  // Types settle before joining: a place beside a place that is really a party is no longer joined.
  const mentions = mergeAdjacentMentions(text, { tokens, mentions: settleMentionTypes(found) });
  const entities = buildEntities(text, { tokens, groups: groupEntityMentions(mentions) });

  const spans = findQuoteSpans(text, sentences);
  const windows = findQuoteWindows(tokens, { sentences, spans });
  const toAttribute: QuoteToAttribute[] = [];
  spans.forEach((span, i) => {
    const verdict = classifyQuoteSpan(text, span);
    const quoteWindows = windows[i];
    if (verdict.kind === 'quote' && quoteWindows !== undefined)
      toAttribute.push({ span, windows: quoteWindows, partial: verdict.partial });
  });
  const context = createSpeakerContext({ text, tokens, sentences, entities, quoteSpans: spans });
  return {
    text,
    engine: `${ENGINE_NAME}+${RULES_VERSION}`,
    headline: headlineOf(text),
    quotes: withoutRepeats(attributeQuotes(context, toAttribute)),
    entities,
  };
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, i) => start + i);
}

/** The first line, when a blank line follows it (the dataset's and most feeds' layout). */
function headlineOf(text: string): TextSpan | null {
  const match = /^([^\n]+)\n\s*\n/.exec(text);
  if (match === null || match[1] === undefined) return null;
  const line = match[1].trimEnd();
  return { text: line, start: 0, end: line.length };
}

/** A span the same speaker repeats word for word is listed once (the annotation rules do so too). */
function withoutRepeats(quotes: readonly ExtractedQuote[]): ExtractedQuote[] {
  const seen = new Set<string>();
  return quotes.filter((quote) => {
    const key = `${quote.parts.map((p) => p.text).join(' ')}\u0000${quote.speaker.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

import type { ExtractedArticle } from '../../src/extract/extracted-article';

/** One article in the development set scorer's prediction format (`../shared/extract-dev/README.md`). */
export interface ScorerPrediction {
  readonly quotes: ReadonlyArray<{ readonly quote: string; readonly speaker: string; readonly speakerKind: string }>;
  readonly people: readonly string[];
  readonly organizations: readonly string[];
  readonly places: readonly string[];
}

/** An extracted article as the scorer reads it: each quote's parts joined, each entity by its name. */
export function toScorerPrediction(article: ExtractedArticle): ScorerPrediction {
  const namesOf = (type: string) => article.entities.filter((e) => e.type === type).map((e) => e.name);
  return {
    quotes: article.quotes.map((quote) => ({
      quote: quote.parts.map((part) => part.text).join(' '),
      speaker: quote.speaker.kind === 'UNKNOWN' ? 'UNKNOWN' : quote.speaker.name,
      speakerKind: quote.speaker.kind,
    })),
    people: namesOf('PERSON'),
    organizations: namesOf('ORGANIZATION'),
    places: namesOf('PLACE'),
  };
}

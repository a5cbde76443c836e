import type { EngineDocument } from '../../src/extract/engine/engine-document';
import { ENTITY_TYPE_OF_TAG } from '../../src/extract/entity-mention';
import type { ScorerPrediction } from './to-scorer-prediction';

/**
 * CoreNLP's out-of-the-box answer in the scorer's format: every span its quote annotator returns,
 * with its own speaker (`canonicalSpeaker`, else `speaker`; "Unknown" counts as none), and the
 * distinct texts of its PERSON, ORGANIZATION and place mentions. Pronoun mentions (which coref
 * adds as PERSON) are the only thing left out, so the baseline is not penalised for "he".
 */
export function baselinePrediction(document: EngineDocument): ScorerPrediction {
  const names: Record<string, Set<string>> = { PERSON: new Set(), ORGANIZATION: new Set(), PLACE: new Set() };
  for (const sentence of document.sentences) {
    for (const mention of sentence.entitymentions ?? []) {
      const type = ENTITY_TYPE_OF_TAG[mention.ner];
      if (type !== undefined && /\p{Lu}/u.test(mention.text) && !/^(He|She|It|They|His|Her)$/.test(mention.text))
        names[type]?.add(mention.text);
    }
  }
  const speakerOf = (value: string | undefined) => (value === undefined || value === 'Unknown' ? '' : value);
  return {
    quotes: (document.quotes ?? []).map((quote) => ({
      quote: quote.text,
      speaker: speakerOf(quote.canonicalSpeaker) || speakerOf(quote.speaker),
      speakerKind: '',
    })),
    people: [...(names.PERSON ?? [])],
    organizations: [...(names.ORGANIZATION ?? [])],
    places: [...(names.PLACE ?? [])],
  };
}

import type { EntityType } from './extracted-article';

/** A surface form found in the text, before mentions are grouped into entities. */
export interface FoundMention {
  readonly type: EntityType;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Token range in the article's token list, end exclusive. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly adjectival: boolean;
  /** Which rule found it: `ner` (the engine), `same-form` (a form the engine tagged elsewhere), `affiliation`, `plural-name`. */
  readonly rule: string;
}

/** The engine's fine-grained NER tags that name each entity type here; anything else is not an entity. */
export const ENTITY_TYPE_OF_TAG: Readonly<Record<string, EntityType>> = {
  PERSON: 'PERSON',
  ORGANIZATION: 'ORGANIZATION',
  LOCATION: 'PLACE',
  CITY: 'PLACE',
  COUNTRY: 'PLACE',
  STATE_OR_PROVINCE: 'PLACE',
};

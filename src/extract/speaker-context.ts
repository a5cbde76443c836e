import type { ArticleSentence, ArticleToken } from './article-tokens';
import type { ExtractedEntity } from './extracted-article';
import { FEMALE_HONORIFICS, MALE_HONORIFICS } from './rules/person-words';

export type Gender = 'female' | 'male' | null;

/** A resolved speaker, as the attribution rules carry it from quote to quote. */
export interface Speaker {
  readonly entityKey: string | null;
  readonly name: string;
  readonly kind: 'PERSON' | 'ORGANIZATION' | 'UNKNOWN';
  /** True when the speaker is a human voice (a person, or an organisation's spokesperson): "he" may refer to it. */
  readonly human: boolean;
  readonly gender: Gender;
}

/** A speaker with the name of the rule that chose it. */
export interface ResolvedSpeaker {
  readonly speaker: Speaker;
  readonly rule: string;
  readonly confidence: number;
}

/** What the attribution rules look things up in: tokens, sentences and the entities over them. */
export interface SpeakerContext {
  readonly text: string;
  readonly tokens: readonly ArticleToken[];
  readonly sentences: readonly ArticleSentence[];
  readonly entities: readonly ExtractedEntity[];
  /** The entity a token is part of a mention of, by token index. */
  readonly entityOfToken: ReadonlyMap<number, ExtractedEntity>;
  readonly genderOf: ReadonlyMap<string, Gender>;
  /** Tokens inside quotation marks: a name the speaker says is not a name the reporter points back to. */
  readonly quoted: ReadonlySet<number>;
}

/**
 * Indexes entities by token and reads each person's gender from the honorifics written with their
 * name ("Ms Blears", "Mr Kemp"); null when the text never says.
 */
export function createSpeakerContext(
  article: Pick<SpeakerContext, 'text' | 'tokens' | 'sentences' | 'entities'> & {
    readonly quoteSpans: ReadonlyArray<{ readonly start: number; readonly end: number }>;
  },
): SpeakerContext {
  const quoted = new Set(
    article.tokens
      .filter((token) => article.quoteSpans.some((span) => token.start >= span.start && token.end <= span.end))
      .map((token) => token.index),
  );
  const entityOfToken = new Map<number, ExtractedEntity>();
  const genderOf = new Map<string, Gender>();
  const tokenAt = new Map(article.tokens.map((token) => [token.start, token]));
  for (const entity of article.entities) {
    for (const mention of entity.mentions) {
      let token = tokenAt.get(mention.start);
      while (token !== undefined && token.start < mention.end) {
        entityOfToken.set(token.index, entity);
        token = article.tokens[token.index + 1];
      }
      const first = tokenAt.get(mention.start);
      const honorific = [first, first === undefined ? undefined : article.tokens[first.index - 1]]
        .map((t) => t?.text.toLowerCase().replace(/\.$/, '') ?? '')
        .find((word) => FEMALE_HONORIFICS.has(word) || MALE_HONORIFICS.has(word));
      if (entity.type === 'PERSON' && honorific !== undefined)
        genderOf.set(entity.key, FEMALE_HONORIFICS.has(honorific) ? 'female' : 'male');
    }
  }
  const { text, tokens, sentences, entities } = article;
  return { text, tokens, sentences, entities, entityOfToken, genderOf, quoted };
}

/** The speaker an entity is. */
export function speakerOfEntity(context: SpeakerContext, entity: ExtractedEntity): Speaker {
  const person = entity.type === 'PERSON';
  return {
    entityKey: entity.key,
    name: entity.name,
    kind: person ? 'PERSON' : 'ORGANIZATION',
    human: person,
    gender: context.genderOf.get(entity.key) ?? null,
  };
}

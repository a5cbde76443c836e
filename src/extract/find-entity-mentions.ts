import type { ArticleToken } from './article-tokens';
import type { EngineDocument } from './engine/engine-document';
import { ENTITY_TYPE_OF_TAG, type FoundMention } from './entity-mention';
import { HONORIFICS } from './rules/person-words';

/**
 * The engine's own PERSON, ORGANIZATION and place mentions, with pronouns left out (the engine
 * tags "she" PERSON) and leading honorifics kept in the surface form. A mention is adjectival when a
 * common noun follows it ("Home Office minister", "Labour MP").
 */
export function findEntityMentions(
  document: EngineDocument,
  article: { readonly text: string; readonly tokens: readonly ArticleToken[] },
): FoundMention[] {
  const { text, tokens } = article;
  const mentions: FoundMention[] = [];
  let offset = 0;
  for (const sentence of document.sentences) {
    for (const mention of sentence.entitymentions ?? []) {
      const type = ENTITY_TYPE_OF_TAG[mention.ner];
      if (type === undefined) continue;
      let tokenStart = offset + mention.tokenBegin;
      const tokenEnd = offset + mention.tokenEnd;
      const first = tokens[tokenStart];
      if (first === undefined || first.pos.startsWith('PRP') || !/\p{Lu}/u.test(mention.text)) continue;
      // "Mr" is sometimes inside the engine's PERSON mention; the surface form keeps it, a leading "the" goes.
      if (first.lemma === 'the') tokenStart += 1;
      const from = tokens[tokenStart];
      const to = tokens[tokenEnd - 1];
      if (from === undefined || to === undefined || tokenStart >= tokenEnd) continue;
      if (type === 'PERSON' && tokenEnd - tokenStart === 1 && HONORIFICS.has(from.lemma)) continue;
      mentions.push({
        type,
        text: text.slice(from.start, to.end),
        start: from.start,
        end: to.end,
        tokenStart,
        tokenEnd,
        adjectival: isFollowedByNoun(tokens, tokenEnd),
        rule: 'ner',
      });
    }
    offset += sentence.tokens.length;
  }
  return mentions;
}

/** True when the token after a mention is a common noun it modifies. */
export function isFollowedByNoun(tokens: readonly ArticleToken[], tokenEnd: number): boolean {
  const next = tokens[tokenEnd];
  return next !== undefined && /^NNS?$/.test(next.pos) && next.ner !== 'PERSON';
}

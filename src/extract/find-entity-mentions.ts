import type { ArticleToken } from './article-tokens';
import type { EngineDocument } from './engine/engine-document';
import { ENTITY_TYPE_OF_TAG, type FoundMention } from './entity-mention';
import { HONORIFICS, PERSONAL_HONORIFICS } from './rules/person-words';

/**
 * The engine's own PERSON, ORGANIZATION and place mentions, with pronouns left out (the engine
 * tags "she" PERSON) and leading honorifics kept in the surface form; a company it tags as a web
 * address is an organisation. A mention is adjectival when a
 * common noun follows it ("Home Office minister", "Labour MP").
 */
export function findEntityMentions(
  document: EngineDocument,
  article: { readonly text: string; readonly tokens: readonly ArticleToken[] },
): FoundMention[] {
  const { text, tokens } = article;
  const mentions: FoundMention[] = [];
  const commonAcronyms = findCommonNounAcronyms(text);
  let offset = 0;
  for (const sentence of document.sentences) {
    for (const mention of sentence.entitymentions ?? []) {
      const tagged =
        ENTITY_TYPE_OF_TAG[mention.ner] ??
        (mention.ner === 'URL' && isSiteName(mention.text) ? 'ORGANIZATION' : undefined);
      if (tagged === undefined) continue;
      let tokenStart = offset + mention.tokenBegin;
      const tokenEnd = offset + mention.tokenEnd;
      const type = afterPersonalHonorific(tokens, tokenStart) ? 'PERSON' : tagged;
      const first = tokens[tokenStart];
      if (first === undefined || first.pos.startsWith('PRP') || !/\p{Lu}/u.test(mention.text)) continue;
      // "Mr" is sometimes inside the engine's PERSON mention; the surface form keeps it, a leading "the" goes.
      if (first.lemma === 'the') tokenStart += 1;
      // A common noun before an organisation's name describes it ("ISP Freedom2surf" is Freedom2surf).
      while (type === 'ORGANIZATION' && tokenEnd - tokenStart > 1 && commonAcronyms.has(tokens[tokenStart]?.text ?? ''))
        tokenStart += 1;
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

/** True when a mention starts with, or follows, "Mr", "Ms", "Dr" and the like ("Ms Dorset" tagged a place). */
function afterPersonalHonorific(tokens: readonly ArticleToken[], tokenStart: number): boolean {
  return [tokens[tokenStart], tokens[tokenStart - 1]].some(
    (token) =>
      token !== undefined &&
      /^NNP/.test(token.pos) &&
      PERSONAL_HONORIFICS.has(token.text.toLowerCase().replace(/\.$/, '')),
  );
}

/**
 * Acronyms the text defines for a common noun ("Internet service provider (ISP)"): the words
 * before the brackets give its letters, and one of them is written in lower case, so it names a
 * kind of thing and no organisation.
 */
function findCommonNounAcronyms(text: string): Set<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(/((?:[\p{L}-]+\s+){1,6})\((\p{Lu}{2,6})\)/gu)) {
    const [, before = '', acronym = ''] = match;
    const words = before.trim().split(/\s+/).slice(-acronym.length);
    const initials = words.map((w) => w[0]?.toUpperCase() ?? '').join('');
    if (initials === acronym && words.some((w) => /^\p{Ll}/u.test(w))) found.add(acronym);
  }
  return found;
}

/**
 * A company named by its web address ("Plus.net", "Lastminute.com"), which the engine tags URL:
 * a capitalised name and a domain ending, no scheme, path or "www".
 */
function isSiteName(text: string): boolean {
  return /^\p{Lu}[\p{L}\p{N}-]*\.(com|net|org|co\.uk|tv|biz)$/u.test(text);
}

/** True when the token after a mention is a common noun it modifies. */
export function isFollowedByNoun(tokens: readonly ArticleToken[], tokenEnd: number): boolean {
  const next = tokens[tokenEnd];
  return next !== undefined && /^NNS?$/.test(next.pos) && next.ner !== 'PERSON';
}

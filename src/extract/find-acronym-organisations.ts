import type { ArticleToken } from './article-tokens';
import type { FoundMention } from './entity-mention';
import { isFollowedByNoun } from './find-entity-mentions';
import { AFFILIATION_ROLE_NOUNS } from './rules/organisation-words';
import { HONORIFICS, PERSON_ROLE_NOUNS } from './rules/person-words';

/** Capitals that are no organisation: Roman numerals, and the pronoun-like "I" and "OK". */
const NOT_NAMES = /^([IVXLC]+|OK|TV|PC|PR|IT|CEO)$/;

/**
 * An acronym written as a proper noun that the engine left untagged ("The ERAA's chief", "TPS
 * subscribers") names an organisation: in news, capitals of two to six letters are agencies,
 * companies and parties. Role nouns ("MP", "GP"), honorifics and Roman numerals are not.
 */
export function findAcronymOrganisations(tokens: readonly ArticleToken[], taken: ReadonlySet<number>): FoundMention[] {
  return tokens
    .filter(
      (token) =>
        !taken.has(token.index) &&
        /^NNPS?$/.test(token.pos) &&
        (token.ner === 'O' || token.ner === 'MISC') &&
        /^\p{Lu}{2,6}$/u.test(token.text) &&
        !NOT_NAMES.test(token.text) &&
        !PERSON_ROLE_NOUNS.has(token.text.toLowerCase()) &&
        !AFFILIATION_ROLE_NOUNS.has(token.text.toLowerCase()) &&
        !HONORIFICS.has(token.text.toLowerCase()),
    )
    .map((token) => ({
      type: 'ORGANIZATION' as const,
      text: token.text,
      start: token.start,
      end: token.end,
      tokenStart: token.index,
      tokenEnd: token.index + 1,
      adjectival: isFollowedByNoun(tokens, token.index + 1),
      rule: 'acronym',
    }));
}

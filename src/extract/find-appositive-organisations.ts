import type { ArticleToken } from './article-tokens';
import type { FoundMention } from './entity-mention';
import { isFollowedByNoun } from './find-entity-mentions';
import { ORGANISATION_NOUNS } from './rules/organisation-words';
import { HONORIFICS, PERSON_ROLE_NOUNS } from './rules/person-words';

/** Tags a name the engine did not know may carry. */
const UNTYPED_TAGS: ReadonlySet<string> = new Set(['O', 'MISC']);

/**
 * Names written right after a common noun for an organisation ("anti-constitution group Vote No",
 * "the airline Skyways", "pressure group Liberty"): the noun in lower case and the capitalised
 * words after it, which the engine left untagged, are that organisation's name.
 */
export function findAppositiveOrganisations(
  tokens: readonly ArticleToken[],
  taken: ReadonlySet<number>,
): FoundMention[] {
  const found: FoundMention[] = [];
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const noun = tokens[i] as ArticleToken;
    if (!/^NNS?$/.test(noun.pos) || !ORGANISATION_NOUNS.has(noun.text) || taken.has(noun.index)) continue;
    let end = i + 1;
    while (end < tokens.length && isNameWord(tokens[end] as ArticleToken, { noun, taken })) end += 1;
    if (end === i + 1) continue;
    const from = tokens[i + 1] as ArticleToken;
    const to = tokens[end - 1] as ArticleToken;
    found.push({
      type: 'ORGANIZATION',
      text: tokens
        .slice(i + 1, end)
        .map((t) => t.text)
        .join(' '),
      start: from.start,
      end: to.end,
      tokenStart: i + 1,
      tokenEnd: end,
      adjectival: isFollowedByNoun(tokens, end),
      rule: 'appositive-organisation',
    });
  }
  return found;
}

function isNameWord(token: ArticleToken, at: { noun: ArticleToken; taken: ReadonlySet<number> }): boolean {
  const lower = token.text.toLowerCase();
  return (
    token.sentence === at.noun.sentence &&
    !at.taken.has(token.index) &&
    UNTYPED_TAGS.has(token.ner) &&
    /^\p{Lu}/u.test(token.text) &&
    token.pos !== 'PRP' &&
    !HONORIFICS.has(lower) &&
    !PERSON_ROLE_NOUNS.has(lower)
  );
}

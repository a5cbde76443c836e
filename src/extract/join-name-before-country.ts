import type { ArticleToken } from './article-tokens';
import type { FoundMention } from './entity-mention';
import { HONORIFICS } from './rules/person-words';

/**
 * An untagged proper noun right before a country the engine found makes a name of its own, and
 * not a place: the engine knows every compound place name with a country in it ("South Africa",
 * "Northern Ireland") and tags it whole, so "Plaid" + "Cymru" is something else, in news most
 * often a party or other organisation ("Plaid Cymru", "Team GB"). The country mention becomes that
 * organisation. A sentence's first word, an honorific or a title is never such a name.
 */
export function joinNameBeforeCountry(
  tokens: readonly ArticleToken[],
  mentions: readonly FoundMention[],
): FoundMention[] {
  const covered = new Set(mentions.flatMap((m) => [m.tokenStart, m.tokenEnd - 1]));
  return mentions.map((mention) => {
    const country = tokens[mention.tokenStart];
    const before = tokens[mention.tokenStart - 1];
    if (mention.type !== 'PLACE' || country?.ner !== 'COUNTRY' || before === undefined) return mention;
    const opensSentence = tokens[before.index - 1]?.sentence !== before.sentence;
    if (
      opensSentence ||
      covered.has(before.index) ||
      before.sentence !== country.sentence ||
      before.pos !== 'NNP' ||
      before.ner !== 'O' ||
      !/^\p{Lu}\p{Ll}/u.test(before.text) ||
      HONORIFICS.has(before.text.toLowerCase())
    )
      return mention;
    return {
      ...mention,
      type: 'ORGANIZATION',
      text: `${before.text} ${mention.text}`,
      start: before.start,
      tokenStart: before.index,
      rule: 'name-before-country',
    };
  });
}

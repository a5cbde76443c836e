import type { ArticleToken } from './article-tokens';
import type { FoundMention } from './entity-mention';
import { isFollowedByNoun } from './find-entity-mentions';

/** Elected representatives whose seat is written "<role> for <place>" ("MP for Aberavon", "AM for Dunsby North"). */
const SEAT_HOLDERS: ReadonlySet<string> = new Set(['mp', 'mps', 'am', 'msp', 'mep', 'mla', 'td', 'councillor']);
/** Tags the engine gives a constituency name it does not know: untagged, MISC, or taken for a person. */
const SEAT_TAGS: ReadonlySet<string> = new Set(['O', 'MISC', 'PERSON', 'LOCATION', 'CITY', 'STATE_OR_PROVINCE']);

/**
 * Constituencies: the capitalised proper nouns after "MP for", "AM for" are a place, whatever the
 * engine made of them ("AM for Aberavon", where it says MISC; "MP for Dunsby North", where it
 * says PERSON). A "Minister for Europe" holds a portfolio, not a seat, so only seat holders count.
 */
export function findConstituencyMentions(tokens: readonly ArticleToken[]): FoundMention[] {
  const found: FoundMention[] = [];
  for (let i = 2; i < tokens.length; i += 1) {
    const role = tokens[i - 2] as ArticleToken;
    if (!SEAT_HOLDERS.has(role.text.toLowerCase()) || tokens[i - 1]?.lemma !== 'for') continue;
    let end = i;
    while (end < tokens.length && isSeatWord(tokens[end] as ArticleToken, role.sentence)) end += 1;
    if (end === i) continue;
    const from = tokens[i] as ArticleToken;
    const to = tokens[end - 1] as ArticleToken;
    found.push({
      type: 'PLACE',
      text: tokens
        .slice(i, end)
        .map((t) => t.text)
        .join(' '),
      start: from.start,
      end: to.end,
      tokenStart: i,
      tokenEnd: end,
      adjectival: isFollowedByNoun(tokens, end),
      rule: 'constituency',
    });
  }
  return found;
}

function isSeatWord(token: ArticleToken, sentence: number): boolean {
  return (
    token.sentence === sentence && /^NNPS?$/.test(token.pos) && /^\p{Lu}/u.test(token.text) && SEAT_TAGS.has(token.ner)
  );
}

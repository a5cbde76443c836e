import type { ArticleToken } from './article-tokens';
import type { FoundMention } from './entity-mention';
import { AFFILIATION_ROLE_NOUNS, ORGANISATION_NOUNS } from './rules/organisation-words';
import { HONORIFICS, PERSON_ROLE_NOUNS } from './rules/person-words';

/** Tags a capitalised modifier may carry and still be an organisation the engine missed. */
const UNTYPED_TAGS: ReadonlySet<string> = new Set(['O', 'MISC', 'IDEOLOGY', 'ORGANIZATION']);

/**
 * Organisations the engine leaves untyped because they are written as modifiers of a political
 * or working role: "Lib Dem chairman", "a Green MEP", "Conservative spokeswoman" (the engine calls
 * these O or IDEOLOGY). A run of capitalised words right before a role noun names an organisation,
 * unless it is a place, a nationality, a person or a title of its own.
 */
export function findAffiliationMentions(tokens: readonly ArticleToken[], taken: ReadonlySet<number>): FoundMention[] {
  const found: FoundMention[] = [];
  for (let i = 1; i < tokens.length; i += 1) {
    const noun = tokens[i] as ArticleToken;
    if (!AFFILIATION_ROLE_NOUNS.has(noun.text.toLowerCase())) continue;
    // "Liberty's director": the name before a possessive of the role is the organisation too.
    const end = tokens[i - 1]?.pos === 'POS' ? i - 1 : i;
    let start = end;
    while (start > 0 && isAffiliationWord(tokens[start - 1] as ArticleToken, taken)) start -= 1;
    // A capitalised sentence opener ("Former minister") is no name.
    const first = tokens[start];
    if (
      first !== undefined &&
      start < end &&
      isSentenceStart(tokens, start) &&
      first.ner === 'O' &&
      !/^NNP/.test(first.pos)
    )
      start += 1;
    // A capitalised common noun ("Council leader" opening a sentence) names no one in particular.
    if (start === end || tokens.slice(start, end).every((t) => ORGANISATION_NOUNS.has(t.text.toLowerCase()))) continue;
    const from = tokens[start] as ArticleToken;
    const to = tokens[end - 1] as ArticleToken;
    found.push({
      type: 'ORGANIZATION',
      text: tokens
        .slice(start, end)
        .map((token) => token.text)
        .join(' '),
      start: from.start,
      end: to.end,
      tokenStart: start,
      tokenEnd: end,
      adjectival: true,
      rule: 'affiliation',
    });
  }
  return found;
}

function isAffiliationWord(token: ArticleToken, taken: ReadonlySet<number>): boolean {
  const lower = token.text.toLowerCase();
  return (
    !taken.has(token.index) &&
    UNTYPED_TAGS.has(token.ner) &&
    /^\p{Lu}/u.test(token.text) &&
    /^(NNP|NNPS|JJ)$/.test(token.pos) &&
    !HONORIFICS.has(lower) &&
    !PERSON_ROLE_NOUNS.has(lower) &&
    !AFFILIATION_ROLE_NOUNS.has(lower)
  );
}

function isSentenceStart(tokens: readonly ArticleToken[], at: number): boolean {
  const previous = tokens[at - 1];
  return previous === undefined || previous.sentence !== (tokens[at] as ArticleToken).sentence;
}

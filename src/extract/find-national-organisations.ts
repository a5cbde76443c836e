import type { ArticleToken } from './article-tokens';
import type { FoundMention } from './entity-mention';
import { isFollowedByNoun } from './find-entity-mentions';
import { ORGANISATION_NOUNS } from './rules/organisation-words';

/** The engine's tags for a nation or place used as a modifier ("Scottish", "French", "Welsh"). */
const NATIONAL_TAGS = /^(NATIONALITY|COUNTRY|STATE_OR_PROVINCE|LOCATION)$/;

/**
 * "the Scottish Executive", "the French Foreign Ministry": after "the", a nationality and a
 * capitalised noun for an organisation (with capitalised words between) name an organisation,
 * which the engine often leaves untagged or tags as a title. Not when a name follows ("the
 * Scottish Executive Secretary Ann Lee" is a person's title) or the noun is lower case ("the
 * Scottish government" is a description, not a name).
 */
export function findNationalOrganisations(tokens: readonly ArticleToken[], taken: ReadonlySet<number>): FoundMention[] {
  const found: FoundMention[] = [];
  for (const article of tokens) {
    if (article.lemma !== 'the') continue;
    let end = article.index + 1;
    while (isNational(tokens[end])) end += 1;
    if (end === article.index + 1) continue;
    while (isUntaggedCapital(tokens[end]) && !isOrganisationNoun(tokens[end])) end += 1;
    const head = tokens[end];
    if (!isOrganisationNoun(head) || head === undefined || taken.has(head.index)) continue;
    const next = tokens[end + 1];
    if (next !== undefined && (/^NNP/.test(next.pos) || next.ner === 'PERSON')) continue;
    const first = tokens[article.index + 1] as ArticleToken;
    found.push({
      type: 'ORGANIZATION',
      text: tokensText(tokens, first.index, end + 1),
      start: first.start,
      end: head.end,
      tokenStart: first.index,
      tokenEnd: end + 1,
      adjectival: isFollowedByNoun(tokens, end + 1),
      rule: 'national-organisation',
    });
  }
  return found;
}

function isNational(token: ArticleToken | undefined): boolean {
  return token !== undefined && /^(NNP|JJ)/.test(token.pos) && NATIONAL_TAGS.test(token.ner);
}

function isUntaggedCapital(token: ArticleToken | undefined): boolean {
  return token !== undefined && token.pos === 'NNP' && /^(O|TITLE|MISC)$/.test(token.ner);
}

function isOrganisationNoun(token: ArticleToken | undefined): boolean {
  return (
    isUntaggedCapital(token) &&
    /^\p{Lu}/u.test(token?.text ?? '') &&
    ORGANISATION_NOUNS.has(token?.text.toLowerCase() ?? '')
  );
}

function tokensText(tokens: readonly ArticleToken[], start: number, end: number): string {
  return tokens
    .slice(start, end)
    .map((t) => t.text)
    .join(' ');
}

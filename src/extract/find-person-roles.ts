import type { ArticleToken } from './article-tokens';
import type { FoundMention } from './entity-mention';
import type { EntityRole } from './extracted-article';

/** Tags a role's modifiers may carry: "Foreign Secretary", "IHRC chairman", "Lib Dem chairman", "shadow health secretary". */
const MODIFIER_TAGS: ReadonlySet<string> = new Set([
  'TITLE',
  'ORGANIZATION',
  'IDEOLOGY',
  'MISC',
  'COUNTRY',
  'NATIONALITY',
]);

/**
 * The title written right before a person's name ("Foreign Secretary Jack Straw", "BT chief
 * executive Ben Verwaayen"): the engine tags the role noun TITLE; the capitalised or tagged words
 * before it belong to the title. A title the engine did not tag is not taken.
 */
export function findPersonRoles(
  text: string,
  article: { readonly tokens: readonly ArticleToken[]; readonly mention: FoundMention },
): EntityRole[] {
  const { tokens, mention } = article;
  let start = mention.tokenStart;
  // Honorifics between the title and the name ("Shadow Europe minister Mr Brady").
  while (start > 0 && /^(mr|mrs|ms|dr|sir)$/i.test((tokens[start - 1] as ArticleToken).text)) start -= 1;
  const end = start;
  if (tokens[end - 1]?.ner !== 'TITLE') return [];
  while (start > 0 && isRoleWord(tokens[start - 1] as ArticleToken, (tokens[end - 1] as ArticleToken).sentence))
    start -= 1;
  const from = tokens[start] as ArticleToken;
  const to = tokens[end - 1] as ArticleToken;
  return [{ title: text.slice(from.start, to.end), start: from.start, end: to.end }];
}

function isRoleWord(token: ArticleToken, sentence: number): boolean {
  if (token.sentence !== sentence) return false;
  if (MODIFIER_TAGS.has(token.ner)) return true;
  return token.ner === 'O' && /^(NN|NNS|NNP|JJ)$/.test(token.pos) && token.lemma !== 'the';
}

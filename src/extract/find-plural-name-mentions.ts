import type { ArticleToken } from './article-tokens';
import type { FoundMention } from './entity-mention';

/** Tags under which the engine leaves plural party and group names ("the Tories", "Lib Dems"). */
const UNTYPED_TAGS: ReadonlySet<string> = new Set(['O', 'MISC', 'IDEOLOGY']);

/**
 * Plural proper nouns that name an organisation by its members ("the Tories", "The Lib Dems are
 * asking", "Labour and the Conservatives"): a plural proper noun, with the proper nouns before it,
 * is an organisation when it follows "the" (a capitalised adjective the engine tags as an ideology
 * is part of the name: "the Liberal Democrats"), stands beside an organisation ("X and the Ys"), or is
 * the plural of an organisation already found ("Lib Dem chairman" → "Lib Dems"). Plurals of
 * nationality or religion words ("Muslims", "Asians") never are: the engine tags their singular
 * NATIONALITY or RELIGION, and such words are listed apart by the annotation rules.
 */
export function findPluralNameMentions(
  tokens: readonly ArticleToken[],
  organisations: readonly FoundMention[],
): FoundMention[] {
  const demonyms = new Set(
    tokens.filter((token) => /^(NATIONALITY|RELIGION)$/.test(token.ner)).map((token) => token.text.toLowerCase()),
  );
  const singulars = new Set(organisations.map((mention) => mention.text.toLowerCase()));
  const found: FoundMention[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as ArticleToken;
    if (token.pos !== 'NNPS' || !UNTYPED_TAGS.has(token.ner) || !/^\p{Lu}/u.test(token.text)) continue;
    const singular = token.text.replace(/ies$/, 'y').replace(/s$/, '').toLowerCase();
    if (demonyms.has(singular) || demonyms.has(token.text.toLowerCase())) continue;
    let start = i;
    while (start > 0 && isNamePart(tokens[start - 1] as ArticleToken)) start -= 1;
    const name = tokens.slice(start, i + 1);
    const singularName = [...name.slice(0, -1).map((t) => t.text.toLowerCase()), singular].join(' ');
    const before = tokens[start - 1];
    const beside = organisations.some((m) => m.tokenEnd === start - 1 || m.tokenEnd === start - 2);
    if (!singulars.has(singularName) && before?.lemma !== 'the' && !beside) continue;
    found.push({
      type: 'ORGANIZATION',
      text: name.map((t) => t.text).join(' '),
      start: (tokens[start] as ArticleToken).start,
      end: token.end,
      tokenStart: start,
      tokenEnd: i + 1,
      adjectival: false,
      rule: 'plural-name',
    });
  }
  return found;
}

/** A proper noun, or a capitalised adjective left untyped ("Liberal" in "the Liberal Democrats"). */
function isNamePart(token: ArticleToken): boolean {
  if (/^NNP/.test(token.pos)) return true;
  return token.pos === 'JJ' && UNTYPED_TAGS.has(token.ner) && /^\p{Lu}/u.test(token.text);
}

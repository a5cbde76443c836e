import type { ArticleToken } from './article-tokens';

/** Words between a subject and its verb of saying ("has now written", "also said"). */
export const BETWEEN_POS = /^(RB|MD|VBZ|VBD|VBP|VBN)$/;
/** Joining words a phrase may hold but not start with. */
const JOINING_WORDS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'from', 'and', "'s", '\u2019s']);

/** The noun phrase that ends right before `verb` (adverbs and auxiliaries in between skipped). */
export function subjectBefore(
  tokens: readonly ArticleToken[],
  at: { verb: number; floor: number },
): { start: number; end: number } | null {
  let end = at.verb;
  while (end > at.floor && BETWEEN_POS.test((tokens[end - 1] as ArticleToken).pos)) end -= 1;
  let start = end;
  while (start > at.floor && isPhraseWord(tokens[start - 1] as ArticleToken)) start -= 1;
  // A phrase cannot start with a joining word ("and the Tories", "of the office").
  while (start < end && JOINING_WORDS.has((tokens[start] as ArticleToken).lemma)) start += 1;
  return end > start ? { start, end } : null;
}

/** Parts of speech a speaker's noun phrase is made of, read backwards from its verb. */
const NOUN_PHRASE_POS = /^(DT|JJ|JJS|JJR|NN|NNS|NNP|NNPS|PRP|POS|CD|HYPH|-LRB-|-RRB-)$/;
/** Words allowed inside a speaker's phrase ("director of telecoms research Tony Lavender", "a spokesman for the office"). */
const INNER_WORDS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'from', "'s", '\u2019s', 'and']);

/** True for a word that can be part of a speaker's noun phrase. */
export function isPhraseWord(token: ArticleToken): boolean {
  return NOUN_PHRASE_POS.test(token.pos) || INNER_WORDS.has(token.lemma) || token.ner === 'PERSON';
}

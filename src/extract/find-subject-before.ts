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
  let end = skipTimeBefore(tokens, { end: at.verb, floor: at.floor });
  while (end > at.floor && BETWEEN_POS.test((tokens[end - 1] as ArticleToken).pos)) end -= 1;
  end = skipTimeBefore(tokens, { end, floor: at.floor });
  const appositive = nameInCommas(tokens, { end, floor: at.floor });
  if (appositive !== null) return appositive;
  end = skipInsertion(tokens, { end, floor: at.floor });
  const last = tokens[end - 1];
  // A pronoun is a whole subject ("told BBC Wales he had agreed" is "he", not "BBC Wales he").
  if (last !== undefined && end > at.floor && /^PRP$/.test(last.pos)) return { start: end - 1, end };
  let start = end;
  while (start > at.floor && isPhraseWordAt(tokens, start - 1)) start -= 1;
  // "Chris Panayis, managing director of X said": the name before the apposition is the subject.
  if (tokens[start - 1]?.text === ',' && tokens[start - 2]?.ner === 'PERSON' && start - 2 >= at.floor) {
    start -= 1;
    while (start > at.floor && isPhraseWordAt(tokens, start - 1)) start -= 1;
  }
  // A phrase cannot start with a joining word ("and the Tories", "of the office").
  while (start < end && JOINING_WORDS.has((tokens[start] as ArticleToken).lemma)) start += 1;
  return end > start ? { start, end } : null;
}

/**
 * Steps back over a date between a subject and its verb ("Ann Lee on Saturday called", "Mr Lee
 * last week said"): words the engine tags DATE, with the "on" or "last" before them.
 */
function skipTimeBefore(tokens: readonly ArticleToken[], at: { end: number; floor: number }): number {
  let end = at.end;
  while (end > at.floor && tokens[end - 1]?.ner === 'DATE') end -= 1;
  if (end === at.end) return end;
  if (end > at.floor && /^(on|in|at)$/.test(tokens[end - 1]?.lemma ?? '')) end -= 1;
  return end;
}

/**
 * A person's name set off by commas right before the verb is the subject, whatever the
 * description before it: "The Conservative MP for Dunsby North, Helen Ward, said".
 */
function nameInCommas(
  tokens: readonly ArticleToken[],
  at: { end: number; floor: number },
): { start: number; end: number } | null {
  if (tokens[at.end - 1]?.text !== ',') return null;
  let start = at.end - 1;
  while (start > at.floor && tokens[start - 1]?.ner === 'PERSON') start -= 1;
  if (start === at.end - 1 || tokens[start - 1]?.text !== ',' || start - 1 <= at.floor) return null;
  return { start, end: at.end - 1 };
}

/**
 * Steps back over an apposition or relative clause between a subject and its verb: "Ieuan Wyn
 * Jones, leader of the group, said", "Jack Straw, who argues…, has said", "Straw, who argues".
 */
function skipInsertion(tokens: readonly ArticleToken[], at: { end: number; floor: number }): number {
  const before = tokens[at.end - 1];
  if (before !== undefined && /^(WP|WDT)$/.test(before.pos) && tokens[at.end - 2]?.text === ',') return at.end - 2;
  if (before?.text !== ',') return at.end;
  // A relative clause ("Dr Gibbons, who was a GP in X, in Y, said") is skipped whole.
  for (let comma = at.end - 2; comma > at.floor && comma > at.end - 30; comma -= 1) {
    if (tokens[comma]?.text === ',' && /^(WP|WDT)$/.test(tokens[comma + 1]?.pos ?? '')) return comma;
  }
  for (let comma = at.end - 2; comma > at.floor && comma > at.end - 30; comma -= 1) {
    if (tokens[comma]?.text !== ',') continue;
    const named = tokens[comma - 1];
    return named !== undefined && /^NNP/.test(named.pos) ? comma : at.end;
  }
  return at.end;
}

/** Parts of speech a speaker's noun phrase is made of, read backwards from its verb. */
const NOUN_PHRASE_POS = /^(DT|JJ|JJS|JJR|NN|NNS|NNP|NNPS|PRP|POS|CD|HYPH|-LRB-|-RRB-)$/;
/** Words allowed inside a speaker's phrase ("director of telecoms research Tony Lavender", "a spokesman for the office"). */
const INNER_WORDS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'from', "'s", '\u2019s', 'and']);

/** True for a word that can be part of a speaker's noun phrase. */
export function isPhraseWord(token: ArticleToken): boolean {
  return NOUN_PHRASE_POS.test(token.pos) || INNER_WORDS.has(token.lemma) || token.ner === 'PERSON';
}

/** As `isPhraseWord`, and a participle used as a modifier ("managing director") counts too. */
export function isPhraseWordAt(tokens: readonly ArticleToken[], at: number): boolean {
  const token = tokens[at] as ArticleToken;
  return isPhraseWord(token) || (token.pos === 'VBG' && /^NNS?$/.test(tokens[at + 1]?.pos ?? ''));
}

import type { ArticleToken } from './article-tokens';
import type { QuoteWindows } from './quote-windows';
import { BETWEEN_POS, isPhraseWord, isPhraseWordAt, subjectBefore } from './find-subject-before';
import { SAYING_VERBS } from './rules/saying-verbs';

/** The words naming who spoke (`the Salford MP`, `he`, `Foreign Secretary Jack Straw`), as a token range. */
export interface SpeakerPhrase {
  readonly start: number;
  readonly end: number;
  /**
   * `speaker-before-verb` ("…," he said), `verb-before-speaker` ("…," said X), `subject-of-frame`
   * (X said: "…"), `subject-of-clause` (X accused her of "…": the subject of another verb).
   */
  readonly rule: string;
}

const isSayingVerb = (token: ArticleToken | undefined) =>
  token !== undefined && token.pos.startsWith('VB') && SAYING_VERBS.has(token.lemma);

/**
 * Finds the attribution of a quote: first in the words right after it (`"…," the Salford MP
 * told…`, `"…," said Foreign Secretary Jack Straw`), then in the clause before it (`He added:
 * "…"`; for a partial quote, the subject of the reporter's sentence: `IHRC chairman Massoud
 * Shadjareh accused Ms Blears of "…"`). Null when neither holds one: a follow-on quote.
 */
export function findSpeakerPhrases(
  tokens: readonly ArticleToken[],
  quote: { readonly windows: QuoteWindows; readonly partial: boolean; readonly text: string },
): SpeakerPhrase[] {
  const after = endsItsSentence(tokens, quote) ? null : findAfter(tokens, quote.windows.after);
  return after === null ? findBefore(tokens, quote) : [after, ...findBefore(tokens, { ...quote, partial: false })];
}

/**
 * A quote ending in a full stop ends its sentence, so the words after its closing mark are a new
 * sentence, whatever the engine's splitter made of the mark; after "?" or "!" an attribution
 * still follows when it starts in lower case (`"...?" he asked`).
 */
function endsItsSentence(tokens: readonly ArticleToken[], quote: { windows: QuoteWindows; text: string }): boolean {
  const last = quote.text.trimEnd().at(-1) ?? '';
  if (last === '.') return true;
  if (last !== '?' && last !== '!') return false;
  const next = tokens[quote.windows.after.start];
  return next === undefined || !/^\p{Ll}/u.test(next.text);
}

function findAfter(tokens: readonly ArticleToken[], window: { start: number; end: number }): SpeakerPhrase | null {
  let start = window.start;
  while (start < window.end && /^[,'"`]+$/.test((tokens[start] as ArticleToken).text)) start += 1;
  if (start >= window.end) return null;
  // "…," according to Dr Ellen Park: the words after "according to" are the speaker.
  if (tokens[start]?.lemma === 'accord' && tokens[start + 1]?.lemma === 'to') {
    let end = start + 2;
    while (end < window.end && isPhraseWord(tokens[end] as ArticleToken)) end += 1;
    return end > start + 2 ? { start: start + 2, end, rule: 'according-to' } : null;
  }
  if (isSayingVerb(tokens[start])) {
    // "…," said managing director Ann Lee: a participle before a noun is part of the phrase.
    let end = start + 1;
    while (end < window.end && isPhraseWordAt(tokens, end)) end += 1;
    return end > start + 1 ? { start: start + 1, end, rule: 'verb-before-speaker' } : null;
  }
  for (let verb = start + 1; verb < Math.min(window.end, start + 12); verb += 1) {
    const token = tokens[verb] as ArticleToken;
    if (isSayingVerb(token)) {
      const phrase = subjectBefore(tokens, { verb, floor: start });
      return phrase === null ? null : { ...phrase, rule: 'speaker-before-verb' };
    }
    if (!isPhraseWord(token) && !BETWEEN_POS.test(token.pos) && token.text !== ',') return null;
  }
  return null;
}

/**
 * Subjects of the clause before a quote: of its verbs of saying first ("saying" counts as its
 * clause's finite verb: "Mr Blair refused…, saying"), then, for a partial quote whose clause is
 * its own (not the rest of a sentence another quote began), of its other verbs.
 */
function findBefore(
  tokens: readonly ArticleToken[],
  quote: { readonly windows: QuoteWindows; readonly partial: boolean },
): SpeakerPhrase[] {
  const { start, end } = quote.windows.before;
  if (end <= start) return [];
  const introduces = /^[:,]$/.test((tokens[end - 1] as ArticleToken).text);
  const ownClause = quote.partial && !quote.windows.beforeFollowsQuote;
  const saying: SpeakerPhrase[] = [];
  const other: SpeakerPhrase[] = [];
  for (let verb = start; verb < end; verb += 1) {
    const token = tokens[verb] as ArticleToken;
    const says = isSayingVerb(token) && (introduces || quote.partial);
    const finite = /^(VBD|VBZ|VBP)$/.test(token.pos);
    if (!says && !(ownClause && finite)) continue;
    const head = says && token.pos === 'VBG' ? firstFiniteVerb(tokens, { start, end: verb }) : verb;
    const phrase = head === null ? null : subjectBefore(tokens, { verb: head, floor: start });
    if (says && (phrase === null || followsConjunction(tokens, { verb, floor: start }))) {
      const shared = subjectOfSentence(tokens, { start, verb });
      if (shared !== null) saying.push({ ...shared, rule: 'subject-of-first-verb' });
      else if (phrase !== null) saying.push({ ...phrase, rule: 'subject-of-frame' });
      continue;
    }
    if (phrase !== null)
      (says ? saying : other).push({ ...phrase, rule: says ? 'subject-of-frame' : 'subject-of-clause' });
  }
  // "Mr Rudd was defiant: "…"": a colon introduces the subject's words even without a verb of saying.
  if (introduces && saying.length === 0 && (tokens[end - 1] as ArticleToken).text === ':') {
    const verb = firstFiniteVerb(tokens, { start, end });
    const phrase = verb === null ? null : subjectBefore(tokens, { verb, floor: start });
    if (phrase !== null && phrase.start === start) saying.push({ ...phrase, rule: 'subject-before-colon' });
  }
  // The verb of saying nearest the quote introduces it ("X claimed…, but Y told… and added:").
  return [...saying.reverse(), ...other];
}

/** True for "…and added:": the verb of saying shares the subject of the clause's first verb. */
function followsConjunction(tokens: readonly ArticleToken[], at: { verb: number; floor: number }): boolean {
  let before = at.verb - 1;
  while (before > at.floor && /^(RB|MD)$/.test((tokens[before] as ArticleToken).pos)) before -= 1;
  return before >= at.floor && (tokens[before] as ArticleToken).pos === 'CC';
}

/**
 * The subject a verb of saying without its own shares with its sentence's first verb, read from
 * the sentence's start even when an earlier quote cut the window short: "X said the plan was a
 * "…", adding: "…"", "X sent Y his "…", saying: "…"", "X told Y it was Z and added: "…"". The
 * first verb must come before any quotation mark (else it is a quoted speaker's), and the subject
 * must open the sentence (after adverbs such as "Earlier", or a description before a name in commas).
 */
function subjectOfSentence(
  tokens: readonly ArticleToken[],
  at: { readonly start: number; readonly verb: number },
): { start: number; end: number } | null {
  const sentence = (tokens[at.verb] as ArticleToken).sentence;
  let first = at.start;
  while (first > 0 && tokens[first - 1]?.sentence === sentence) first -= 1;
  // "X claimed…, but his lawyer, Y, told… and added:": the clause after the last "but" first.
  let but = at.verb - 1;
  while (but > first && (tokens[but] as ArticleToken).lemma !== 'but') but -= 1;
  return (
    (but > first ? subjectOfClause(tokens, { first: but + 1, verb: at.verb }) : null) ??
    subjectOfClause(tokens, { first, verb: at.verb })
  );
}

function subjectOfClause(
  tokens: readonly ArticleToken[],
  at: { readonly first: number; readonly verb: number },
): { start: number; end: number } | null {
  const { first } = at;
  let end = first;
  while (end < at.verb && !/^(``|'')$/.test((tokens[end] as ArticleToken).pos)) end += 1;
  const verb = firstFiniteVerb(tokens, { start: first, end });
  if (verb === null || verb === at.verb) return null;
  const phrase = subjectBefore(tokens, { verb, floor: first });
  if (phrase === null) return null;
  const opener = tokens.slice(first, phrase.start);
  // "His lawyer, Ann Lee, told…": a description before the name in commas is part of the subject.
  return opener.every((t) => /^(RB|CC|,|PRP\$)$/.test(t.pos) || isPhraseWord(t)) ? phrase : null;
}

function firstFiniteVerb(tokens: readonly ArticleToken[], range: { start: number; end: number }): number | null {
  for (let i = range.start; i < range.end; i += 1)
    if (/^(VBD|VBZ|VBP)$/.test((tokens[i] as ArticleToken).pos)) return i;
  return null;
}

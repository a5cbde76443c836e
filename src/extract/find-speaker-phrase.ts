import type { ArticleToken } from './article-tokens';
import type { QuoteWindows } from './quote-windows';
import { BETWEEN_POS, isPhraseWord, subjectBefore } from './find-subject-before';
import { SAYING_VERBS } from './rules/saying-verbs';

/** The words naming who spoke (`the Salford MP`, `he`, `Foreign Secretary Jack Straw`), as a token range. */
export interface SpeakerPhrase {
  readonly start: number;
  readonly end: number;
  /** `speaker-before-verb` ("…," he said), `verb-before-speaker` ("…," said X), `subject-of-frame` (X said: "…", or X accused her of "…"). */
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
export function findSpeakerPhrase(
  tokens: readonly ArticleToken[],
  quote: { readonly windows: QuoteWindows; readonly partial: boolean },
): SpeakerPhrase | null {
  return findAfter(tokens, quote.windows.after) ?? findBefore(tokens, quote);
}

function findAfter(tokens: readonly ArticleToken[], window: { start: number; end: number }): SpeakerPhrase | null {
  let start = window.start;
  while (start < window.end && /^[,'"`]+$/.test((tokens[start] as ArticleToken).text)) start += 1;
  if (start >= window.end) return null;
  if (isSayingVerb(tokens[start])) {
    let end = start + 1;
    while (end < window.end && isPhraseWord(tokens[end] as ArticleToken)) end += 1;
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

function findBefore(
  tokens: readonly ArticleToken[],
  quote: { readonly windows: QuoteWindows; readonly partial: boolean },
): SpeakerPhrase | null {
  const { start, end } = quote.windows.before;
  if (end <= start) return null;
  const introduces = /^[:,]$/.test((tokens[end - 1] as ArticleToken).text);
  for (let verb = start; verb < end; verb += 1) {
    const token = tokens[verb] as ArticleToken;
    const finite = /^(VBD|VBZ|VBP)$/.test(token.pos);
    if (!(isSayingVerb(token) && (introduces || quote.partial)) && !(quote.partial && finite)) continue;
    const phrase = subjectBefore(tokens, { verb, floor: start });
    if (phrase !== null) return { ...phrase, rule: 'subject-of-frame' };
  }
  return null;
}

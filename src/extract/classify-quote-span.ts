import type { QuoteSpan } from './find-quote-spans';
import { SAYING_VERBS } from './rules/saying-verbs';

/** Whether a quoted span is a quotation, and if so whether it sits inside the reporter's sentence. */
export type QuoteVerdict =
  | { readonly kind: 'quote'; readonly partial: boolean }
  | { readonly kind: 'not-quote'; readonly reason: 'too-short' | 'name-or-title' | 'label' };

/** Words that, right before a short quoted span, make it a label ("the 'war on terror'", "so-called"); "a" does not ("a "British vision for Europe"" was said). */
const LABEL_OPENERS: ReadonlySet<string> = new Set([
  'the',
  'so-called',
  'dubbed',
  'called',
  'named',
  'branded',
  'labelled',
]);

/**
 * Separates quotations from the other uses of quotation marks that the annotation rules exclude:
 * one- or two-word terms and scare quotes ("cold calls", "grey"), names and titles written in
 * capitals ("High Heeled Vote"), and short labels after a determiner. A quotation is partial when
 * the reporter's own words run straight into it (`accused her of "playing a card"`); one that
 * opens a sentence or follows a colon or a comma is full.
 */
export function classifyQuoteSpan(text: string, span: QuoteSpan): QuoteVerdict {
  const words = text
    .slice(span.start, span.end)
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length < 3) return { kind: 'not-quote', reason: 'too-short' };
  const closedWithoutPunctuation = !/[.,!?;:]$/.test(text.slice(span.start, span.end));
  if (
    closedWithoutPunctuation &&
    words.length <= 6 &&
    words.every((word) => /^(\p{Lu}|\d|of$|the$|and$|on$|for$|in$)/u.test(word))
  )
    return { kind: 'not-quote', reason: 'name-or-title' };
  const before = text.slice(Math.max(0, span.open - 40), span.open).trimEnd();
  const previousWord = (/([\p{L}-]+)$/u.exec(before)?.[1] ?? '').toLowerCase();
  if (closedWithoutPunctuation && words.length <= 4 && LABEL_OPENERS.has(previousWord))
    return { kind: 'not-quote', reason: 'label' };
  const lastChar = before.at(-1);
  const startsUpper = /^\p{Lu}/u.test(words[0] as string);
  const runsIn = lastChar !== undefined && /[\p{L}\p{N})]/u.test(lastChar);
  const afterSayingVerb =
    SAYING_VERBS.has(previousWord.replace(/(ed|s)$/, '')) || /^(said|says|told|wrote)$/.test(previousWord);
  return { kind: 'quote', partial: runsIn && !(afterSayingVerb && startsUpper) };
}

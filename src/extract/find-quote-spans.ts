import type { ArticleSentence } from './article-tokens';

/** The words between a pair of double quotation marks (or from an opening mark that never closes). */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark; null when the quote was never closed. */
  readonly close: number | null;
  /** The quoted words, edge whitespace excluded. */
  readonly start: number;
  readonly end: number;
}

const OPENING = '\u201C';
const CLOSING = '\u201D';

/**
 * Pairs the double quotation marks of `text`. Straight marks get their direction from their
 * neighbours: after a space or line start and before a non-space, a mark opens. An opening mark
 * that meets another opening mark or a paragraph break before any closing one is an unclosed quote:
 * it ends at the last sentence end before that point, as the annotation rules read a newspaper's
 * quote continued in the next paragraph or a run-on paragraph that lost its closing mark.
 * Single marks are never quotes here (headline phrases in British style are not quotations).
 */
export function findQuoteSpans(text: string, sentences: readonly ArticleSentence[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: number | null = null;
  const closeUnclosed = (boundary: number) => {
    if (open === null) return;
    const end = lastSentenceEndWithin(sentences, { from: open + 1, to: boundary }) ?? boundary;
    pushSpan(text, spans, { open, close: null, end });
    open = null;
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '\n' && text[i + 1] === '\n') closeUnclosed(i);
    if (char !== '"' && char !== OPENING && char !== CLOSING) continue;
    if (isOpeningMark(text, i)) {
      closeUnclosed(i);
      open = i;
    } else if (open !== null) {
      pushSpan(text, spans, { open, close: i, end: i });
      open = null;
    }
  }
  closeUnclosed(text.length);
  return spans;
}

function isOpeningMark(text: string, at: number): boolean {
  const char = text[at];
  if (char === OPENING) return true;
  if (char === CLOSING) return false;
  const before = at === 0 ? ' ' : (text[at - 1] as string);
  const after = text[at + 1] ?? ' ';
  return /[\s([\u2014-]/.test(before) && !/\s/.test(after);
}

function lastSentenceEndWithin(
  sentences: readonly ArticleSentence[],
  range: { from: number; to: number },
): number | null {
  let found: number | null = null;
  for (const sentence of sentences) {
    if (sentence.end > range.from && sentence.end <= range.to) found = sentence.end;
  }
  return found;
}

function pushSpan(text: string, spans: QuoteSpan[], span: { open: number; close: number | null; end: number }): void {
  let start = span.open + 1;
  let end = span.end;
  while (start < end && /\s/.test(text[start] as string)) start += 1;
  while (end > start && /[\s"\u201C\u201D]/.test(text[end - 1] as string)) end -= 1;
  if (end > start) spans.push({ open: span.open, close: span.close, start, end });
}

import type { QuoteWords } from './seed-file-schema';

/** How a split quote reads as one string: its pieces in order, joined by an ellipsis. */
export const QUOTE_PIECE_SEPARATOR = ' … ';

/** A quote's pieces in order: one piece for a plain string. */
export function quotePieces(quote: QuoteWords): readonly string[] {
  return typeof quote === 'string' ? [quote] : quote;
}

/** The quote as `Claim.quote` shows it: the pieces joined with " … ". */
export function joinQuote(quote: QuoteWords): string {
  return quotePieces(quote).join(QUOTE_PIECE_SEPARATOR);
}

/**
 * The key two claims of one speaker are the same claim by: the quote lower-cased, with every
 * character that is not a letter, digit or space removed and runs of spaces made one (as
 * Quotebank aggregates quotations), pieces joined by a space.
 */
export function normaliseQuote(quote: QuoteWords): string {
  return quotePieces(quote)
    .join(' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** A span of a source text in code points, as every stored span is. */
export interface QuotePieceSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Where each piece of `quote` lies in the source, given the span of the passage holding it
 * (`passage.start` in code points): each piece searched after the one before, as
 * checkQuotePieces requires. Pieces it cannot find (reported by that check) are left out.
 */
export function locateQuotePieces(
  quote: QuoteWords,
  passage: { readonly start: number; readonly text: string },
): QuotePieceSpan[] {
  const spans: QuotePieceSpan[] = [];
  let from = 0;
  for (const piece of quotePieces(quote)) {
    const at = passage.text.indexOf(piece, from);
    if (at === -1) continue;
    from = at + piece.length;
    // The passage is searched in UTF-16 units; stored offsets count code points.
    const start = passage.start + Array.from(passage.text.slice(0, at)).length;
    spans.push({ start, end: start + Array.from(piece).length, text: piece });
  }
  return spans;
}

/** A split quote's spans as the parallel lists an APPEARS_IN stores (`quoteStarts`, `quoteEnds`, `quoteTexts`). */
export function quotePieceProperties(spans: readonly QuotePieceSpan[]) {
  return {
    quoteStarts: spans.map((span) => span.start),
    quoteEnds: spans.map((span) => span.end),
    quoteTexts: spans.map((span) => span.text),
  };
}

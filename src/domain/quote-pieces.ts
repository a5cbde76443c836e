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

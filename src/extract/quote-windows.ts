import type { ArticleSentence, ArticleToken } from './article-tokens';
import type { QuoteSpan } from './find-quote-spans';

/** Token ranges (end exclusive) of the reporter's words right before and right after a quote. */
export interface QuoteWindows {
  readonly before: { readonly start: number; readonly end: number };
  readonly after: { readonly start: number; readonly end: number };
  /** True when the before window starts at the end of another quote in the same sentence, not at the sentence's start. */
  readonly beforeFollowsQuote: boolean;
  /** The sentences the quote and its windows lie in, as a character range. */
  readonly passage: { readonly start: number; readonly end: number };
}

/**
 * Where an attribution of a quote can be: from the start of the sentence holding the opening mark
 * (or the end of the quote before it) to the mark, and from the closing mark to the end of its
 * sentence (or the next quote). An unclosed quote has no after window.
 */
export function findQuoteWindows(
  tokens: readonly ArticleToken[],
  context: { readonly sentences: readonly ArticleSentence[]; readonly spans: readonly QuoteSpan[] },
): QuoteWindows[] {
  const { sentences, spans } = context;
  const sentenceAt = (offset: number) =>
    sentences.find((s) => offset >= s.start && offset < s.end) ?? sentences.find((s) => s.start >= offset);
  const firstTokenFrom = (offset: number) => {
    const token = tokens.find((t) => t.start >= offset);
    return token === undefined ? tokens.length : token.index;
  };
  return spans.map((span, i) => {
    const previous = spans[i - 1];
    const next = spans[i + 1];
    const openSentence = sentenceAt(span.open);
    const previousEnd = previous === undefined ? 0 : (previous.close ?? previous.end) + 1;
    const beforeFloor = Math.max(openSentence?.start ?? 0, previousEnd);
    const before = { start: firstTokenFrom(beforeFloor), end: firstTokenFrom(span.open) };
    let after = { start: 0, end: 0 };
    let passageEnd = openSentence?.end ?? span.end;
    if (span.close !== null) {
      const closeSentence = attributionSentence(tokens, { sentences, close: span.close });
      const ceiling = Math.min(closeSentence?.end ?? span.close + 1, next === undefined ? Infinity : next.open);
      after = { start: firstTokenFrom(span.close + 1), end: firstTokenFrom(ceiling) };
      passageEnd = Math.max(passageEnd, closeSentence?.end ?? span.close + 1);
    }
    return {
      beforeFollowsQuote: previousEnd > (openSentence?.start ?? 0),
      before,
      after,
      passage: { start: Math.min(openSentence?.start ?? span.open, span.open), end: Math.max(passageEnd, span.end) },
    };
  });
}

/**
 * The sentence an attribution after a closing mark lies in: the mark's own, or the next one when
 * the engine ended the sentence at a question or exclamation mark that the attribution goes on
 * from in lower case (`"...?" asked local MP Peter Olsen`).
 */
function attributionSentence(
  tokens: readonly ArticleToken[],
  at: { readonly sentences: readonly ArticleSentence[]; readonly close: number },
): ArticleSentence | undefined {
  const own = at.sentences.find((s) => at.close >= s.start && at.close < s.end);
  const next = tokens.find((t) => t.start > at.close);
  if (own === undefined || next === undefined || next.start < own.end || !/^\p{Ll}/u.test(next.text)) return own;
  return at.sentences.find((s) => s.index === next.sentence) ?? own;
}

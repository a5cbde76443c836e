import type { ExtractedQuote } from './extracted-article';
import type { QuoteSpan } from './find-quote-spans';
import { findReportedSpeaker } from './find-reported-speaker';
import { findSpeakerPhrases } from './find-speaker-phrase';
import type { QuoteWindows } from './quote-windows';
import { resolveSpeakerPhrase } from './resolve-speaker-phrase';
import type { ResolvedSpeaker, Speaker, SpeakerContext } from './speaker-context';

/** A quotation to attribute: its span, its windows and whether it is partial. */
export interface QuoteToAttribute {
  readonly span: QuoteSpan;
  readonly windows: QuoteWindows;
  readonly partial: boolean;
}

/**
 * Gives each quotation its speaker, walking the article in order and carrying the current
 * speaker: the one named by the last attribution, direct ("…," he said) or reported ("Mr Straw
 * said the talks…"). A quote with no attribution of its own follows on from the current speaker,
 * as newspapers write a speaker's next paragraph without a new "he said".
 */
export function attributeQuotes(context: SpeakerContext, quotes: readonly QuoteToAttribute[]): ExtractedQuote[] {
  let current: Speaker | null = null;
  let reportedFrom = 0;
  const result: ExtractedQuote[] = [];
  for (const quote of quotes) {
    // Reported speech between the previous quote and this one moves the current speaker on.
    for (const sentence of context.sentences) {
      if (sentence.index < reportedFrom || sentence.end > quote.span.open) continue;
      current = findReportedSpeaker(context, { sentence, current })?.speaker ?? current;
      reportedFrom = sentence.index + 1;
    }
    const text = context.text.slice(quote.span.start, quote.span.end);
    let phrase: { start: number; end: number; rule: string } | null = null;
    let resolved: ResolvedSpeaker | null = null;
    // A name beats a pronoun when a quote has both ("Kisrty Williams … added: "…," she said"), but
    // not the subject of a reported clause ("He said NHS staff wanted "…"": the staff did not speak).
    for (const candidate of findSpeakerPhrases(context.tokens, { ...quote, text })) {
      const found = resolveSpeakerPhrase(context, { ...candidate, current });
      const overrides = found !== null && found.rule.startsWith('named-') && candidate.rule !== 'subject-of-clause';
      if (found === null || (resolved !== null && !overrides)) continue;
      resolved = found;
      phrase = candidate;
      if (found.rule.startsWith('named-')) break;
    }
    const chosen = resolved ?? followOn(current);
    if (resolved !== null) current = resolved.speaker;
    result.push(toExtractedQuote(context, { quote, chosen, phrase }));
    // The sentence of the quote's last word: the engine sometimes puts the closing mark in the next one.
    const closeSentence = context.sentences.find((s) => s.end >= quote.span.end);
    reportedFrom = Math.max(reportedFrom, (closeSentence?.index ?? 0) + 1);
  }
  return result;
}

function followOn(current: Speaker | null): ResolvedSpeaker {
  if (current !== null) return { speaker: current, rule: 'follow-on', confidence: 0.6 };
  return {
    speaker: { entityKey: null, name: '', kind: 'UNKNOWN', human: false, gender: null },
    rule: 'none',
    confidence: 0.2,
  };
}

function toExtractedQuote(
  context: SpeakerContext,
  found: {
    quote: QuoteToAttribute;
    chosen: ResolvedSpeaker;
    phrase: { start: number; end: number; rule: string } | null;
  },
): ExtractedQuote {
  const { quote, chosen, phrase } = found;
  const { start, end } = quote.span;
  const from = phrase === null ? undefined : context.tokens[phrase.start];
  const to = phrase === null ? undefined : context.tokens[phrase.end - 1];
  const evidence =
    from === undefined || to === undefined
      ? null
      : { text: context.text.slice(from.start, to.end), start: from.start, end: to.end };
  return {
    key: `quote:${start}-${end}`,
    parts: [{ text: context.text.slice(start, end), start, end }],
    passage: quote.windows.passage,
    speaker: {
      entityKey: chosen.speaker.entityKey,
      name: chosen.speaker.name,
      kind: chosen.speaker.kind,
      evidence,
      rule: phrase === null ? chosen.rule : `${phrase.rule}/${chosen.rule}`,
    },
    partial: quote.partial,
    confidence: Math.round(chosen.confidence * (quote.span.close === null ? 0.9 : 1) * 100) / 100,
  };
}

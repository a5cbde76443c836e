import type { ReviewEntry, SeedFile } from '../../domain/seed-file-schema';
import type { ExtractedArticle, ExtractedQuote } from '../extracted-article';
import { evidenceAt } from './evidence-at';
import type { ResolvedEntities } from './resolve-entities';

type ClaimEntry = Omit<SeedFile['claims'][number], 'disputes' | 'supports'>;

/**
 * One claim of kind `quote` per extracted quote that has a speaker: its verbatim words, its
 * passage as evidence, the speaker's id, and its subjects (`subjectsOf`). The id is
 * `claim:<source slug>.<start>-<end>` of the quoted words, so the same text gives the same ids.
 * A quote the engine found in pieces around an interruption is kept whole, from its first
 * piece to its last, since a seed-file quote is one stretch of the passage.
 */
export function buildClaimEntries(
  article: ExtractedArticle,
  context: {
    resolved: ResolvedEntities;
    sourceSlug: string;
    review: (confidence: number, note?: string) => ReviewEntry;
  },
): { entries: ClaimEntry[]; withoutSpeaker: number } {
  const entries: ClaimEntry[] = [];
  let withoutSpeaker = 0;
  for (const quote of article.quotes) {
    const speaker = context.resolved.speakerIdOf(quote.speaker);
    const first = quote.parts[0];
    const last = quote.parts.at(-1);
    if (speaker === null || first === undefined || last === undefined) {
      withoutSpeaker += 1;
      continue;
    }
    const words = article.text.slice(first.start, last.end).trim();
    const start = Math.min(quote.passage.start, first.start);
    const end = Math.max(quote.passage.end, last.end);
    const evidence = evidenceAt(article.text, { start, end });
    entries.push({
      id: `claim:${context.sourceSlug}.${first.start}-${last.end}`,
      kind: 'quote',
      speaker,
      text: `${quote.speaker.name} said: "${words}"`,
      ...(typeof evidence === 'string'
        ? { evidence }
        : { evidence: evidence.passage, evidenceOccurrence: evidence.occurrence }),
      quote: words,
      about: subjectsOf(
        { quote: { start: first.start, end: last.end }, passage: { start, end } },
        { speaker, resolved: context.resolved },
      ),
      review: context.review(quote.confidence, reviewNoteOf(quote)),
      formerIds: [],
    });
  }
  return { entries, withoutSpeaker };
}

/**
 * Who a quote is about: the entities its own words name; failing those, the entities its passage
 * names; failing those, its speaker. The speaker is never a subject of their own words by name.
 */
function subjectsOf(
  ranges: { quote: { start: number; end: number }; passage: { start: number; end: number } },
  { speaker, resolved }: { speaker: string; resolved: ResolvedEntities },
): string[] {
  const namedWithin = ({ start, end }: { start: number; end: number }) => [
    ...new Set(
      resolved.entities
        .filter(({ entity }) => entity.mentions.some((m) => m.start >= start && m.end <= end))
        .map(({ id }) => id)
        .filter((id) => id !== speaker),
    ),
  ];
  const inQuote = namedWithin(ranges.quote);
  if (inQuote.length > 0) return inQuote;
  const inPassage = namedWithin(ranges.passage);
  return inPassage.length > 0 ? inPassage : [speaker];
}

function reviewNoteOf(quote: ExtractedQuote): string {
  const through = quote.speaker.evidence === null ? '' : ` through "${quote.speaker.evidence.text}"`;
  const pieces = quote.parts.length > 1 ? `; found in ${quote.parts.length} pieces, kept whole` : '';
  return `speaker by rule ${quote.speaker.rule}${through}${quote.partial ? '; a partial quote' : ''}${pieces}`;
}

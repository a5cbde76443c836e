import { abbreviate, type LocatedSpan } from './fact-basis';
import { closestTextHint } from './find-closest-text';
import type { ClaimEntry, QuoteWords } from './seed-file-schema';

/**
 * Checks a claim's own fields against each other: a quote needs its words and a speaker, a
 * narration has no speaker, and the quoted words lie within the evidence passage. `where` is the
 * claim's path (`valaam.json: claims[3]`). Returns the problems, empty when the claim is sound.
 */
export function checkClaimShape(claim: ClaimEntry, where: string): string[] {
  const problems: string[] = [];
  if (claim.kind === 'quote' && claim.quote === undefined)
    problems.push(`${where}.quote: a claim of kind "quote" needs the quoted words`);
  if (claim.kind === 'narration' && claim.speaker !== undefined)
    problems.push(
      `${where}.speaker: a narration is the source's own voice and has no speaker, but got "${claim.speaker}"`,
    );
  if (claim.kind !== 'narration' && claim.speaker === undefined)
    problems.push(`${where}.speaker: a ${claim.kind} needs a speaker`);
  if (claim.quote !== undefined) problems.push(...checkQuotePieces(claim.quote, claim.evidence, `${where}.quote`));
  return problems;
}

/**
 * Checks one DISPUTES or SUPPORTS link from claim `fromId` (its basis is checked as any fact's,
 * by `checkFactBasis`): a claim cannot dispute or support itself, nor a claim drawn from the very
 * same passage, since one sentence cannot back or contradict itself. `spans` holds the passages
 * of the claims known so far; a link to a claim of another file is checked for identity only.
 */
export function checkClaimLink({
  fromId,
  link,
  kind,
  where,
  spans,
}: {
  readonly fromId: string;
  readonly link: { readonly id: string };
  readonly kind: 'disputes' | 'supports';
  readonly where: string;
  readonly spans: ReadonlyMap<string, LocatedSpan>;
}): string[] {
  const verb = kind === 'disputes' ? 'dispute' : 'support';
  if (link.id === fromId) return [`${where}: a claim cannot ${verb} itself`];
  const own = spans.get(fromId);
  const other = spans.get(link.id);
  if (own !== undefined && other !== undefined && own.start === other.start && own.end === other.end)
    return [`${where}: "${fromId}" and "${link.id}" come from the same passage; a sentence cannot ${verb} itself`];
  return [];
}

/**
 * Every piece of a quote lies within the evidence passage, each after the one before it (a split
 * quote reads in the order the source has it). `where` is the quote's path; a piece's problem
 * names its index when the quote is a list.
 */
export function checkQuotePieces(quote: QuoteWords, evidence: string, where: string): string[] {
  const pieces = typeof quote === 'string' ? [quote] : quote;
  const problems: string[] = [];
  let from = 0;
  pieces.forEach((piece, i) => {
    const path = typeof quote === 'string' ? where : `${where}[${i}]`;
    const at = evidence.indexOf(piece, from);
    if (at !== -1) {
      from = at + piece.length;
      return;
    }
    const what = typeof quote === 'string' ? 'the quote' : 'this piece of the quote';
    const order = evidence.includes(piece) ? ' after the piece before it' : '';
    const hint = order === '' ? closestTextHint(evidence, piece) : '';
    problems.push(
      `${path}: ${what} is not part of the evidence passage${order}: ${JSON.stringify(abbreviate(piece))}${hint}`,
    );
  });
  return problems;
}

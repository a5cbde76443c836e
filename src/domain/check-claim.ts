import { abbreviate, type LocatedSpan } from './fact-basis';
import type { ClaimEntry } from './seed-file-schema';

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
  if (claim.quote !== undefined && !claim.evidence.includes(claim.quote))
    problems.push(
      `${where}.quote: the quote is not part of the evidence passage: ${JSON.stringify(abbreviate(claim.quote))}`,
    );
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

import { checkClaimShape } from './check-claim';
import { abbreviate } from './fact-basis';
import { closestTextHint } from './find-closest-text';
import { findPassage } from './find-passage';
import type { ClaimEntry } from './seed-file-schema';

/** A claim's evidence span in its source text, in code points. */
export interface EvidenceProperties {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface ClaimCheck {
  /** Each as `where.field: what is wrong`; empty when the claim is sound. */
  readonly problems: string[];
  /** Where the evidence passage was found; null when it was not (or the text is unknown). */
  readonly evidence: EvidenceProperties | null;
}

/**
 * The checks of a claim against its source that the schema cannot make: a quote needs its words
 * and they must lie within the evidence; a narration has no speaker and anything else needs one;
 * the evidence passage must occur in `text` exactly once (or `evidenceOccurrence` says which).
 * Used by the seed validator and by the curation mutations alike. `text` null skips the passage
 * search (the text file is missing, which is reported elsewhere); `textName` names it in messages.
 */
export function checkClaimEntry(
  claim: ClaimEntry,
  { text, where, textName }: { text: string | null; where: string; textName: string },
): ClaimCheck {
  const problems = checkClaimShape(claim, where);
  if (text === null) return { problems, evidence: null };
  const search = findPassage(text, claim.evidence, claim.evidenceOccurrence);
  switch (search.kind) {
    case 'found':
      return { problems, evidence: { start: search.span.start, end: search.span.end, text: claim.evidence } };
    case 'missing':
      problems.push(
        `${where}.evidence: not found in ${textName}: ${JSON.stringify(abbreviate(claim.evidence))}${closestTextHint(text, claim.evidence)}`,
      );
      break;
    case 'ambiguous':
      problems.push(
        `${where}.evidence: occurs ${search.count} times in ${textName} (at ${search.spans
          .map((span) => span.start)
          .join(', ')}); add "evidenceOccurrence" to say which`,
      );
      break;
    case 'no-such-occurrence':
      problems.push(
        `${where}.evidenceOccurrence: asks for occurrence ${claim.evidenceOccurrence}, but the passage occurs ${search.count} time(s)`,
      );
      break;
  }
  return { problems, evidence: null };
}

import type { EvidencePassage } from '../../domain/seed-file-schema';

/**
 * The seed-file evidence for `text.slice(start, end)` (edge whitespace dropped): the passage
 * alone when it occurs once in the text, else with the `occurrence` the loader needs to find this
 * one. Occurrences are counted as the loader counts them, overlapping ones included.
 */
export function evidenceAt(text: string, { start, end }: { start: number; end: number }): EvidencePassage {
  const raw = text.slice(start, end);
  const passage = raw.trim();
  const at = start + (raw.length - raw.trimStart().length);
  let occurrence = 0;
  let total = 0;
  for (let found = text.indexOf(passage); found !== -1; found = text.indexOf(passage, found + 1)) {
    total += 1;
    if (found <= at) occurrence += 1;
  }
  return total > 1 ? { passage, occurrence } : passage;
}

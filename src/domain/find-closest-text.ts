import { distance } from 'fastest-levenshtein';

/**
 * The run of whole words of `text` most like `wanted` (the fewest character edits, Levenshtein),
 * for telling an author what the text does say where a passage or quote of theirs was not found:
 * a straight quote for a typographic one, a word changed or left out. Runs have as many words as
 * `wanted`, one fewer or one more, which finds the usual slips without comparing every
 * substring; words are what spaces separate, punctuation included. Ties go to the earliest run.
 * Null when `text` or `wanted` has no words.
 */
export function findClosestText(text: string, wanted: string): string | null {
  const words = [...text.matchAll(/\S+/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
  const wantedWords = wanted.match(/\S+/gu)?.length ?? 0;
  if (words.length === 0 || wantedWords === 0) return null;
  const counts = [...new Set([wantedWords - 1, wantedWords, wantedWords + 1])].filter((n) => n > 0);
  let best: { text: string; distance: number } | null = null;
  for (let first = 0; first < words.length; first++) {
    for (const count of counts) {
      const last = words[Math.min(first + count, words.length) - 1];
      const start = words[first]?.start;
      if (last === undefined || start === undefined) continue;
      const candidate = text.slice(start, last.end);
      const edits = distance(wanted, candidate);
      if (best === null || edits < best.distance) best = { text: candidate, distance: edits };
    }
  }
  return best?.text ?? null;
}

/** `; the closest words there are "…"`, to end a problem about `wanted` missing from `text`. */
export function closestTextHint(text: string, wanted: string): string {
  const closest = findClosestText(text, wanted);
  return closest === null ? '' : `; the closest words there are ${JSON.stringify(abbreviateMiddle(closest))}`;
}

function abbreviateMiddle(value: string): string {
  return value.length > 120 ? `${value.slice(0, 117)}...` : value;
}

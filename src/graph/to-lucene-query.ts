const MAX_TERMS = 16;

/**
 * Turns free text into a Lucene query that cannot be a syntax error: the text is split into
 * words of letters and digits (which drops every Lucene operator character), accents are folded
 * and case lowered as the index's `standard-folding` analyzer does (fuzzy and prefix terms are
 * not analyzed by Lucene), and each word matches exactly (boosted), as a prefix, or with small
 * typos. `mode` 'all' requires every word; 'any' ranks documents with every word first, then those
 * with some.
 * Returns '' when the text has no words.
 */
export function toLuceneQuery(text: string, mode: 'all' | 'any'): string {
  const words = text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, MAX_TERMS);
  const clauses = words.map((word) => {
    // Short words get no fuzziness: "eu~" would match nearly every two-letter word.
    const fuzzy = word.length >= 4 ? ` OR ${word}~1` : '';
    return `(${word}^3 OR ${word}*${fuzzy})`;
  });
  const required = clauses.map((clause) => `+${clause}`).join(' ');
  if (mode === 'all' || clauses.length < 2) return required;
  // Documents with every word rank first; documents with some of them still match.
  return `(${required})^4 ${clauses.join(' ')}`;
}

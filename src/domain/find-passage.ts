/** Where a passage sits in a text, in Unicode code points (W3C TextPositionSelector). */
export interface PassageSpan {
  /** First code point of the passage (inclusive). */
  readonly start: number;
  /** Code point after the passage (exclusive). */
  readonly end: number;
}

export type PassageSearch =
  | { readonly kind: 'found'; readonly span: PassageSpan; readonly utf16Start: number }
  | { readonly kind: 'missing' }
  | { readonly kind: 'ambiguous'; readonly count: number; readonly spans: readonly PassageSpan[] }
  | { readonly kind: 'no-such-occurrence'; readonly count: number };

/**
 * Finds `passage` in `text`. With no `occurrence`, the passage must occur exactly once; with
 * `occurrence` n (1-based), the nth occurrence is taken. Offsets count code points, not UTF-16
 * units, so a character outside the Basic Multilingual Plane counts once.
 */
export function findPassage(text: string, passage: string, occurrence?: number): PassageSearch {
  const starts: number[] = [];
  for (let at = text.indexOf(passage); at !== -1; at = text.indexOf(passage, at + 1)) starts.push(at);
  if (starts.length === 0) return { kind: 'missing' };
  const toSpan = (utf16Start: number): PassageSpan => {
    if (!hasSurrogates(text)) return { start: utf16Start, end: utf16Start + passage.length };
    const start = codePointLength(text.slice(0, utf16Start));
    return { start, end: start + codePointLength(passage) };
  };
  if (occurrence === undefined) {
    if (starts.length > 1) return { kind: 'ambiguous', count: starts.length, spans: starts.map(toSpan) };
    const only = starts[0] as number;
    return { kind: 'found', span: toSpan(only), utf16Start: only };
  }
  const chosen = starts[occurrence - 1];
  if (chosen === undefined) return { kind: 'no-such-occurrence', count: starts.length };
  return { kind: 'found', span: toSpan(chosen), utf16Start: chosen };
}

function codePointLength(value: string): number {
  let length = 0;
  for (const _ of value) length += 1;
  return length;
}

const SURROGATE = /[\uD800-\uDFFF]/;
let lastText: string | null = null;
let lastTextHasSurrogates = false;

/**
 * Whether `text` has characters outside the Basic Multilingual Plane. Without any (most texts),
 * UTF-16 offsets are code-point offsets, and counting code points before every passage, which
 * made a file of many claims quadratic, is not needed. A file's claims all search one text, so
 * the answer for the last text is kept.
 */
function hasSurrogates(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastTextHasSurrogates = SURROGATE.test(text);
  }
  return lastTextHasSurrogates;
}

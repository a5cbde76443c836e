import type { PassageSpan } from './find-passage';

/** One mention: where it is, in code points, and the form found there. */
export interface MentionSpan extends PassageSpan {
  readonly text: string;
}

/**
 * Every place `text` uses one of `forms` (an entity's name and aliases), as code-point spans in
 * text order, each with the words as the text has them. A form counts only as a whole word
 * ("Belarus" is not found inside "Belarusian") and is found whatever its case, so a sentence that
 * begins "The Belarusian President" mentions the form "the Belarusian President"; accents still
 * count ("Zoe" is not "Zoë"). Where forms overlap ("Vladimir Putin" and "Putin"), the longest one
 * that starts first is kept, so each mention is one span.
 */
export function findMentions(text: string, forms: readonly string[]): MentionSpan[] {
  const found: { start: number; end: number }[] = [];
  for (const form of new Set(forms)) {
    if (form.length === 0) continue;
    forEachOccurrence(text, form, (start, end) => {
      if (isWholeWord(text, start, end)) found.push({ start, end });
      return false;
    });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: { start: number; end: number }[] = [];
  for (const span of found) {
    const last = kept.at(-1);
    if (last === undefined || span.start >= last.end) kept.push(span);
  }
  return toCodePoints(text, kept).map((span, i) => {
    const utf16 = kept[i] as { start: number; end: number };
    return { ...span, text: text.slice(utf16.start, utf16.end) };
  });
}

/** Whether `form` occurs in `text` as a whole word at least once, in any case (as findMentions finds it). */
export function occursAsWord(text: string, form: string): boolean {
  if (form.length === 0) return false;
  let found = false;
  forEachOccurrence(text, form, (start, end) => (found = isWholeWord(text, start, end)));
  return found;
}

/**
 * Calls `visit` with the UTF-16 start and end of every occurrence of `form` in `text` ignoring
 * case, overlapping ones included, until it returns true. Words the form writes in capitals
 * only (US, EU, NATO) must be capitals in the text too: "US" is not the "us" of "told us". A regular expression with the `i` and
 * `u` flags folds case one code point at a time, so offsets stay those of `text` itself (lower-
 * casing the text first would not: "İ" lower-cases to two code units).
 */
function forEachOccurrence(text: string, form: string, visit: (start: number, end: number) => boolean): void {
  const pattern = new RegExp(form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (keepsCapitals(form, match[0]) && visit(match.index, match.index + match[0].length)) return;
    pattern.lastIndex = match.index + 1;
  }
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

function isWholeWord(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.codePointAt(start - 1) : undefined;
  const after = end < text.length ? text.codePointAt(end) : undefined;
  const isWord = (code: number | undefined) => code !== undefined && WORD_CHARACTER.test(String.fromCodePoint(code));
  return !isWord(before) && !isWord(after);
}

/** UTF-16 spans (sorted by start) as code-point spans, counting code points in one walk. */
function toCodePoints(text: string, spans: readonly { start: number; end: number }[]): PassageSpan[] {
  if (!/[\uD800-\uDFFF]/.test(text)) return spans.map(({ start, end }) => ({ start, end }));
  const boundaries = [...new Set(spans.flatMap(({ start, end }) => [start, end]))].sort((a, b) => a - b);
  const codePointAt = new Map<number, number>();
  let codePoints = 0;
  let unit = 0;
  for (const boundary of boundaries) {
    while (unit < boundary) {
      const code = text.codePointAt(unit) as number;
      unit += code > 0xffff ? 2 : 1;
      codePoints += 1;
    }
    codePointAt.set(boundary, codePoints);
  }
  return spans.map(({ start, end }) => ({
    start: codePointAt.get(start) as number,
    end: codePointAt.get(end) as number,
  }));
}

const CAPITALS_WORD = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/gu;

/** Whether `matched` (a case-insensitive match of `form`) has every all-capitals word of `form` as it is written. */
function keepsCapitals(form: string, matched: string): boolean {
  for (const word of form.matchAll(CAPITALS_WORD)) {
    // Case folding kept the length for every word of ASCII and nearly every other; where not, ask for the exact form.
    if (matched.length !== form.length) return matched === form;
    if (matched.slice(word.index, word.index + word[0].length) !== word[0]) return false;
  }
  return true;
}

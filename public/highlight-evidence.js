/**
 * Renders a source text with evidence spans wrapped in <mark>. Evidence offsets count Unicode
 * code points (W3C TextPositionSelector), while JavaScript strings index UTF-16 units, so the
 * text is split with Array.from, which walks code points; String.slice would drift after the
 * first astral character (an emoji, say).
 */
import { buildElement } from './build-element.js';

/** @typedef {{ start: number, end: number }} CodePointSpan  start inclusive, end exclusive */

/**
 * The text cut into plain and marked segments, in order. Spans are clamped to the text, sorted,
 * and overlapping ones merged, so every code point appears exactly once.
 * @param {string} text
 * @param {CodePointSpan[]} spans
 * @returns {Array<{ text: string, marked: boolean }>}
 */
export function splitAtSpans(text, spans) {
  const codePoints = Array.from(text);
  const merged = mergeSpans(spans, codePoints.length);
  const segments = [];
  let cursor = 0;
  for (const span of merged) {
    if (span.start > cursor) segments.push({ text: codePoints.slice(cursor, span.start).join(''), marked: false });
    segments.push({ text: codePoints.slice(span.start, span.end).join(''), marked: true });
    cursor = span.end;
  }
  if (cursor < codePoints.length) segments.push({ text: codePoints.slice(cursor).join(''), marked: false });
  return segments;
}

/**
 * @param {CodePointSpan[]} spans
 * @param {number} length
 * @returns {CodePointSpan[]}
 */
function mergeSpans(spans, length) {
  const clamped = spans
    .map((span) => ({ start: Math.max(0, Math.min(span.start, length)), end: Math.max(0, Math.min(span.end, length)) }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start);
  const merged = [];
  for (const span of clamped) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/**
 * A <div> holding the text with its spans marked. The caller scrolls the first mark into view
 * once the element is in the document.
 * @param {string} text
 * @param {CodePointSpan[]} spans
 * @returns {HTMLElement}
 */
export function buildHighlightedText(text, spans) {
  const container = buildElement('div', {
    className: 'source-text',
    attributes: { 'data-testid': 'source-text', tabindex: 0 },
  });
  for (const segment of splitAtSpans(text, spans)) {
    container.append(
      segment.marked
        ? buildElement('mark', { text: segment.text, attributes: { 'data-testid': 'evidence-mark' } })
        : segment.text,
    );
  }
  return container;
}

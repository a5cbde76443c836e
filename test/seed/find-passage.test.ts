import { findPassage } from '../../src/domain/find-passage';

describe('findPassage', () => {
  it('returns the span of a passage that occurs once, end exclusive', () => {
    expect(findPassage('Alice met Bob.', 'met Bob')).toEqual({
      kind: 'found',
      span: { start: 6, end: 13 },
      utf16Start: 6,
    });
  });

  it('counts a character outside the Basic Multilingual Plane before the passage as one code point', () => {
    // "🕊" is two UTF-16 units; a UTF-16 count would put the passage at 9, not 8.
    const text = 'Peace 🕊 talks began.';
    const search = findPassage(text, 'talks began');
    expect(search).toEqual({ kind: 'found', span: { start: 8, end: 19 }, utf16Start: 9 });
    if (search.kind !== 'found') throw new Error('the passage must be found');
    expect(Array.from(text).slice(search.span.start, search.span.end).join('')).toBe('talks began');
  });

  it('counts characters outside the Basic Multilingual Plane inside the passage once each', () => {
    expect(findPassage('a 🕊🕊 b', '🕊🕊 b')).toEqual({ kind: 'found', span: { start: 2, end: 6 }, utf16Start: 2 });
  });

  it('reports a passage that is not in the text as missing', () => {
    expect(findPassage('Alice met Bob.', 'Alice met Carol')).toEqual({ kind: 'missing' });
  });

  it('is case-sensitive, so a passage must be copied exactly', () => {
    expect(findPassage('Alice met Bob.', 'alice met bob')).toEqual({ kind: 'missing' });
  });

  it('reports a passage that occurs twice as ambiguous, with the code-point start of each occurrence', () => {
    expect(findPassage('🕊 yes. 🕊 yes.', 'yes.')).toEqual({
      kind: 'ambiguous',
      count: 2,
      spans: [
        { start: 2, end: 6 },
        { start: 9, end: 13 },
      ],
    });
  });

  it('counts overlapping occurrences separately', () => {
    expect(findPassage('aaa', 'aa')).toMatchObject({ kind: 'ambiguous', count: 2 });
  });

  it('takes the nth occurrence, counted from 1, when given an occurrence', () => {
    expect(findPassage('🕊 yes. 🕊 yes.', 'yes.', 2)).toEqual({
      kind: 'found',
      span: { start: 9, end: 13 },
      utf16Start: 11,
    });
    expect(findPassage('🕊 yes. 🕊 yes.', 'yes.', 1)).toEqual({
      kind: 'found',
      span: { start: 2, end: 6 },
      utf16Start: 3,
    });
  });

  it('accepts occurrence 1 for a passage that occurs only once', () => {
    expect(findPassage('Alice met Bob.', 'Bob', 1)).toEqual({
      kind: 'found',
      span: { start: 10, end: 13 },
      utf16Start: 10,
    });
  });

  it('reports an occurrence beyond the last one with the number of occurrences', () => {
    expect(findPassage('yes. yes.', 'yes.', 3)).toEqual({ kind: 'no-such-occurrence', count: 2 });
  });

  it('reports a missing passage as missing even when an occurrence is given', () => {
    expect(findPassage('yes. yes.', 'no.', 1)).toEqual({ kind: 'missing' });
  });
});

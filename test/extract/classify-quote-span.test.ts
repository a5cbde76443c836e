import { classifyQuoteSpan } from '../../src/extract/classify-quote-span';
import { findQuoteSpans } from '../../src/extract/find-quote-spans';

/** The verdict on the first quoted span of a one-paragraph text (one sentence is enough for these rules). */
function verdictOf(text: string) {
  const [span] = findQuoteSpans(text, [{ index: 0, tokenStart: 0, tokenEnd: 0, start: 0, end: text.length }]);
  if (span === undefined) throw new Error(`expected a quoted span in: ${text}`);
  return classifyQuoteSpan(text, span);
}

describe('classifyQuoteSpan: what is a quotation', () => {
  it.each([
    ['a one-word scare quote', 'The area was "grey" after all.', 'too-short'],
    ['a two-word term', 'Voters got "cold calls" all week.', 'too-short'],
    ['a title in capitals', 'The magazine ran its "High Heeled Vote" campaign.', 'name-or-title'],
    ['a short label after "the"', 'He backed the "war on terror" at first.', 'label'],
  ])('leaves out %s', (_case, text, reason) => {
    expect(verdictOf(text)).toEqual({ kind: 'not-quote', reason });
  });

  it.each([
    ['opens its sentence', '"We will win this," she said.', false],
    ['follows a colon', 'She said: "We will win this."', false],
    ['follows the attribution of its first part', '"Well," he said, "we will win this."', false],
    ["runs on from the reporter's words", 'He accused her of "playing the wrong card" again.', true],
  ])('takes a quote that %s, partial: %s', (_case, text, partial) => {
    const spanText = text.includes('"Well,"') ? text.slice(text.indexOf(', "') + 2) : text;
    expect(verdictOf(spanText)).toEqual({ kind: 'quote', partial });
  });
});

describe('findQuoteSpans: pairing the marks', () => {
  it('ends a quote left open at a paragraph break at that paragraph', () => {
    const text = 'He said: "It will be cheap. It will be quick\n\n"And it will work."';
    const sentences = [
      { index: 0, tokenStart: 0, tokenEnd: 0, start: 0, end: 27 },
      { index: 1, tokenStart: 0, tokenEnd: 0, start: 28, end: 44 },
      { index: 2, tokenStart: 0, tokenEnd: 0, start: 46, end: text.length },
    ];
    const texts = findQuoteSpans(text, sentences).map((span) => text.slice(span.start, span.end));
    expect(texts).toEqual(['It will be cheap. It will be quick', 'And it will work.']);
  });

  it('ends a quote whose run-on paragraph lost its closing mark at the last sentence end before the next mark', () => {
    const text = 'He said: "It is cheap. "And it works." Then he left. Later "they came back to town.';
    const sentences = [
      { index: 0, tokenStart: 0, tokenEnd: 0, start: 0, end: 22 },
      { index: 1, tokenStart: 0, tokenEnd: 0, start: 23, end: 38 },
      { index: 2, tokenStart: 0, tokenEnd: 0, start: 39, end: 52 },
      { index: 3, tokenStart: 0, tokenEnd: 0, start: 53, end: text.length },
    ];
    const texts = findQuoteSpans(text, sentences).map((span) => text.slice(span.start, span.end));
    expect(texts).toEqual(['It is cheap.', 'And it works.', 'they came back to town.']);
  });

  it('reads curly marks by their shape and straight ones by their neighbours', () => {
    const text = '\u201cOne two three,\u201d she said, "four five six."';
    const sentence = [{ index: 0, tokenStart: 0, tokenEnd: 0, start: 0, end: text.length }];
    expect(findQuoteSpans(text, sentence).map((span) => text.slice(span.start, span.end))).toEqual([
      'One two three,',
      'four five six.',
    ]);
  });
});

import { findMentions, occursAsWord } from '../../src/domain/find-mentions';
import { findClosestText } from '../../src/domain/find-closest-text';
import { CloseIds } from '../../seed/rank-close-ids';

describe('findMentions', () => {
  it('finds a form whatever its case, keeping the words as the text has them', () => {
    const text = 'The Belarusian President spoke. Later the Belarusian President left.';
    expect(findMentions(text, ['the Belarusian President'])).toEqual([
      { start: 0, end: 24, text: 'The Belarusian President' },
      { start: 38, end: 62, text: 'the Belarusian President' },
    ]);
  });

  it('keeps the capitals of a word the form writes in capitals only, so "US" is not the pronoun "us"', () => {
    expect(findMentions('He told us that US and EU agreements are not us.', ['US', 'Eu'])).toEqual([
      { start: 16, end: 18, text: 'US' },
      { start: 23, end: 25, text: 'EU' },
    ]);
  });

  it('still tells accents apart and counts whole words only', () => {
    expect(occursAsWord('Zoë Café attended.', 'zoe cafe')).toBe(false);
    expect(occursAsWord('Zoë Café attended.', 'zoë café')).toBe(true);
    expect(occursAsWord('The Belarusian side', 'belarus')).toBe(false);
  });

  it('gives code-point offsets after characters outside the Basic Multilingual Plane', () => {
    expect(findMentions('😀 Minsk, then minsk', ['MinsK'])).toEqual([
      { start: 2, end: 7, text: 'Minsk' },
      { start: 14, end: 19, text: 'minsk' },
    ]);
  });

  it('reads a form with characters regular expressions treat specially as plain text', () => {
    expect(findMentions('He met (the) U.S. envoy.', ['U.S.', '(the)'])).toEqual([
      { start: 7, end: 12, text: '(the)' },
      { start: 13, end: 17, text: 'U.S.' },
    ]);
  });
});

describe('findClosestText', () => {
  it('gives the run of whole words most like a passage the text lacks', () => {
    expect(
      findClosestText(
        'Putin added: "This is our shared history." Then he left.',
        'Putin replied: "This is our shared history."',
      ),
    ).toBe('Putin added: "This is our shared history."');
  });

  it('gives nothing for a text without words', () => {
    expect(findClosestText('   ', 'anything')).toBeNull();
  });
});

describe('CloseIds', () => {
  const known = [
    { id: 'person:vladimir-putin', name: 'Vladimir Putin' },
    { id: 'person:alexander-lukashenko', name: 'Alexander Lukashenko' },
    { id: 'place:putin-square', name: 'Putin Square' },
  ];
  const close = (wanted: string) => {
    const ranking = new CloseIds(wanted);
    known.forEach((candidate) => ranking.offer(candidate));
    return ranking;
  };

  it('offers ids of the wanted type whose id, name or one word of them is a few edits away', () => {
    expect(close('person:putn').didYouMean()).toBe('; did you mean person:vladimir-putin (Vladimir Putin)?');
    expect(
      close('person:lukashenka')
        .best()
        .map(({ id }) => id),
    ).toEqual(['person:alexander-lukashenko']);
  });

  it('offers nothing for an id that is like none of them', () => {
    expect(close('person:written-through-a-mutation').didYouMean()).toBe('');
  });
});

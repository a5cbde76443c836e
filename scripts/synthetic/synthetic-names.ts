/**
 * Made-up names for the long tail of synthetic entities. The seed validator refuses two people
 * (or places, or organizations) sharing a name, so names are built from a number, one to one:
 * the number written in "syllable digits" (consonant + vowel), which reads like a word and never
 * repeats. Hub names (synthetic-hubs.ts) contain consonant clusters, so they never collide.
 */

const CONSONANTS = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u'];
const SYLLABLES = CONSONANTS.flatMap((consonant) => VOWELS.map((vowel) => consonant + vowel));

const FIRST_NAMES = [
  'Ada',
  'Boris',
  'Clara',
  'Dmitri',
  'Elena',
  'Farid',
  'Greta',
  'Hugo',
  'Irina',
  'Jonas',
  'Katya',
  'Lars',
  'Mira',
  'Nils',
  'Olga',
  'Pavel',
  'Rosa',
  'Stefan',
  'Tanya',
  'Ugo',
  'Vera',
  'Wim',
  'Yana',
  'Zoran',
  'Anton',
  'Bianca',
  'Cyril',
  'Daria',
  'Emil',
  'Freya',
  'Gustav',
  'Hanna',
  'Ivo',
  'Jana',
  'Karl',
  'Lena',
  'Marek',
  'Nora',
  'Oskar',
  'Petra',
];

const TITLES = [
  'Minister',
  'Governor',
  'Mayor',
  'Deputy',
  'Senator',
  'Ambassador',
  'General',
  'Spokesperson',
  'Professor',
  'Director',
];
const PLACE_KINDS = [
  { word: 'Bay', kind: 'bay' },
  { word: 'Valley', kind: 'region' },
  { word: 'District', kind: 'district' },
  { word: 'Harbour', kind: 'port' },
  { word: 'Heights', kind: 'town' },
  { word: 'Crossing', kind: 'border crossing' },
  { word: 'Springs', kind: 'town' },
  { word: 'Junction', kind: 'town' },
  { word: 'Island', kind: 'island' },
  { word: 'Province', kind: 'region' },
] as const;
const ORGANIZATION_KINDS = [
  'Shipping Company',
  'Workers’ Union',
  'Institute',
  'Grain Cooperative',
  'Energy Board',
  'Border Agency',
  'Chamber of Commerce',
  'Rail Authority',
  'Farmers’ League',
  'Press Office',
  'Bank',
  'Port Authority',
];

const SYLLABLE_SPACE = SYLLABLES.length ** 4;

/**
 * Spreads neighbouring numbers over unrelated names (so one article's people do not share a
 * surname) while staying one to one: value * A + B modulo `modulus`, with A prime to it.
 */
function scramble(value: number, modulus: number): number {
  if (!Number.isInteger(value) || value < 0 || value >= modulus) {
    throw new Error(`a synthetic name number must be a whole number below ${modulus}, but got ${value}`);
  }
  return (value * 9973 + 12345) % modulus;
}

/** The number written in syllable digits, capitalized: distinct numbers give distinct words. */
export function syllableWord(value: number): string {
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`syllableWord needs a whole number of at least 0, but got ${value}`);
  // Bijective numeration (no zero digit) is one to one over all lengths; the offset gives every
  // word at least two syllables.
  let rest = value + SYLLABLES.length + 1;
  let word = '';
  while (rest > 0) {
    const digit = (rest - 1) % SYLLABLES.length;
    word = SYLLABLES[digit] + word;
    rest = Math.floor((rest - 1) / SYLLABLES.length);
  }
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A person's name and the title used before it in the text; distinct numbers, distinct names. */
export function personNameOf(value: number): { name: string; title: string } {
  const spread = scramble(value, FIRST_NAMES.length * SYLLABLE_SPACE);
  const first = FIRST_NAMES[spread % FIRST_NAMES.length] as string;
  return {
    name: `${first} ${syllableWord(Math.floor(spread / FIRST_NAMES.length))}`,
    title: TITLES[value % TITLES.length] as string,
  };
}

export function placeNameOf(value: number): { name: string; kind: string } {
  const { word, kind } = PLACE_KINDS[value % PLACE_KINDS.length] as (typeof PLACE_KINDS)[number];
  return { name: `${syllableWord(scramble(value, SYLLABLE_SPACE))} ${word}`, kind };
}

export function organizationNameOf(value: number): string {
  return `${syllableWord(scramble(value, SYLLABLE_SPACE))} ${ORGANIZATION_KINDS[value % ORGANIZATION_KINDS.length] as string}`;
}

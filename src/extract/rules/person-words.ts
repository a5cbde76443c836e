/** Honorifics written before a name; left out of a person's name (the scorer ignores them too). */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'lord',
  'lady',
  'baroness',
  'baron',
  'rev',
  'reverend',
  'cardinal',
  'archbishop',
  'bishop',
  'father',
  'president',
  'senator',
]);

/**
 * Honorifics written only before a person's name ("Ms Dorset", "Mr Lincoln"), unlike "Lord" or
 * "President", which also start titles and offices: a name after one is a person's, whatever
 * type the engine gave it.
 */
export const PERSONAL_HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame']);

/** Honorifics that say a person is a woman or a man, for choosing who "she" or "he" is. */
export const FEMALE_HONORIFICS: ReadonlySet<string> = new Set(['mrs', 'ms', 'miss', 'dame', 'lady', 'baroness']);
export const MALE_HONORIFICS: ReadonlySet<string> = new Set(['mr', 'sir', 'lord', 'baron', 'father']);

/** Pronouns that stand for a speaker, by gender ('any' for they/it). */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, 'female' | 'male' | 'any'> = new Map([
  ['he', 'male'],
  ['she', 'female'],
  ['they', 'any'],
  ['it', 'any'],
]);

/**
 * Head nouns of a description of a person ("the Salford MP", "the Conservative leader", "the
 * minister"): common English role nouns, naming no one.
 */
export const PERSON_ROLE_NOUNS: ReadonlySet<string> = new Set([
  'mp',
  'gp',
  'mep',
  'am',
  'msp',
  'leader',
  'minister',
  'secretary',
  'chairman',
  'chairwoman',
  'chair',
  'president',
  'chancellor',
  'director',
  'executive',
  'chief',
  'head',
  'official',
  'commissioner',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'candidate',
  'councillor',
  'governor',
  'mayor',
  'senator',
  'peer',
  'premier',
  'manager',
  'founder',
  'analyst',
  'economist',
  'lawyer',
  'solicitor',
  'campaigner',
  'activist',
  'expert',
  'professor',
  'doctor',
  'author',
  'writer',
  'blogger',
  'editor',
  'correspondent',
  'father',
  'mother',
  'son',
  'daughter',
  'wife',
  'husband',
  'man',
  'woman',
  'cardinal',
  'archbishop',
  'bishop',
  'general',
  'officer',
  'deputy',
  'shadow',
  'member',
  'boss',
  'owner',
  'partner',
  'adviser',
  'advisor',
  'aide',
  'researcher',
  'student',
  'teacher',
  'worker',
  'chief-executive',
  'minister',
  'ambassador',
  'judge',
  'prosecutor',
  'inspector',
  'representative',
]);

/** Head nouns of an unnamed spokesperson, attributed to their organisation by the annotation rules. */
export const SPOKESPERSON_NOUNS: ReadonlySet<string> = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'spokespeople',
  'representative',
  'official',
  'source',
  'statement',
  'aide',
]);

/**
 * Nouns for something written or delivered that carries its author's words: "Mr Lee's report
 * noted", "the union's letter said" quote the owner.
 */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'report',
  'statement',
  'letter',
  'memo',
  'speech',
  'article',
  'column',
  'blog',
  'book',
  'submission',
  'email',
]);

/**
 * Words that make a title another office than its head noun alone: "the chancellor" is not the
 * "shadow chancellor", the "former chancellor" or the "deputy chancellor".
 */
export const OFFICE_QUALIFIERS: ReadonlySet<string> = new Set([
  'shadow',
  'former',
  'ex-',
  'deputy',
  'vice',
  'acting',
  'junior',
  'assistant',
]);

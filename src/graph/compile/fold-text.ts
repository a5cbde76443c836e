/**
 * A Java regular expression that matches a property's text, decomposed by Cypher's
 * `normalize(…, NFD)`, when it contains (or starts with) `text` regardless of case and accents:
 * `text` is folded the same way (accents dropped, lower case), every character is quoted, and
 * any combining marks may follow each one ("lukasenko" matches "Lukašenko"). Built here, passed
 * as a parameter: user text never becomes Cypher.
 */
export function foldedTextPattern(text: string, position: 'contains' | 'startsWith'): string {
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const characters = Array.from(folded).map((character) => `${quoteCharacter(character)}\\p{M}*`);
  return `(?isu)${position === 'contains' ? '.*' : ''}${characters.join('')}.*`;
}

function quoteCharacter(character: string): string {
  if (/^[\p{L}\p{N} ]$/u.test(character)) return character;
  return `\\x{${(character.codePointAt(0) as number).toString(16)}}`;
}

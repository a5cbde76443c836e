/**
 * Characters XML 1.0 forbids anywhere in a document (most C0 controls, lone surrogates, U+FFFE
 * and U+FFFF); a single one makes strict readers refuse the whole file.
 */
const FORBIDDEN_XML_CHARACTERS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * A string ready to hand to xmlbuilder2 as element text or as an attribute value, such that a
 * reader gets exactly `value` back, less the characters XML 1.0 forbids (which are dropped).
 *
 * xmlbuilder2 3 escapes `<`, `>` and `"` but leaves every `&` that starts something shaped like
 * an entity (`&amp;`, `&nbsp;`, `&#10;`) as it is, so text containing such a sequence would be
 * read back changed, or make the file ill-formed. Writing every `&` as `&amp;` first turns that
 * pass-through to our advantage. For the same reason a line break can be written as a character
 * reference, which readers must keep: a literal one is turned into a space in an attribute value
 * (and a carriage return into a line feed everywhere) by XML's normalization.
 */
export function prepareXmlValue(value: string, place: 'text' | 'attribute'): string {
  const escaped = value.replace(FORBIDDEN_XML_CHARACTERS, '').replace(/&/g, '&amp;').replace(/\r/g, '&#13;');
  return place === 'text' ? escaped : escaped.replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

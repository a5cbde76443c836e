import { DOMParser, onWarningStopParsing, type Element } from '@xmldom/xmldom';

/**
 * The document in `xml`, read by xmldom with every warning and error made fatal: the
 * graphology readers bundle a lenient xmldom that only logs an undefined entity or a broken
 * structure, so this is the check that the file is well-formed XML at all.
 */
export function parseStrictXml(xml: string): Element {
  const document = new DOMParser({ onError: onWarningStopParsing }).parseFromString(xml, 'application/xml');
  const root = document.documentElement;
  if (root === null) throw new Error('parseStrictXml: the document has no root element');
  return root;
}

/** Every descendant element of `root` with this local name, in document order. */
export function elementsNamed(root: Element, localName: string): Element[] {
  const found: Element[] = [];
  const list = root.getElementsByTagName(localName);
  for (let i = 0; i < list.length; i++) {
    const element = list.item(i);
    if (element !== null) found.push(element);
  }
  return found;
}

/** Characters XML 1.0 forbids; none may appear in a file we write. */
export const FORBIDDEN_XML_CHARACTER = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

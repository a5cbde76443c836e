import { buildElement } from './build-element.js';
import { describeNodeType } from './node-types.js';

/**
 * A coloured badge naming a node type, in the colour the graph draws it.
 * @param {string} type
 */
export function buildTypeBadge(type) {
  const { name, colour } = describeNodeType(type);
  const badge = buildElement('span', { className: 'type-badge', text: name });
  badge.style.backgroundColor = colour;
  return badge;
}

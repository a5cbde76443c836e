/**
 * The node and relationship types of the graph, with how the explorer draws them. One table,
 * so the legend, the graph style and the panels can never disagree about a colour.
 */

/** @typedef {'PERSON' | 'ORGANIZATION' | 'PLACE' | 'EVENT' | 'CLAIM' | 'SOURCE'} NodeType */

/**
 * Colours from the Tableau 10 palette, dark enough for white text on a badge. Each type also
 * has its own shape, so the graph still reads for colour-blind people; `clipPath` draws the
 * same shape in the legend.
 * @type {ReadonlyArray<{ type: NodeType, name: string, colour: string, shape: string, clipPath: string }>}
 */
export const NODE_TYPES = Object.freeze([
  { type: 'PERSON', name: 'Person', colour: '#4e79a7', shape: 'ellipse', clipPath: 'circle(50%)' },
  {
    type: 'ORGANIZATION',
    name: 'Organization',
    colour: '#f28e2b',
    shape: 'round-rectangle',
    clipPath: 'inset(0 round 22%)',
  },
  {
    type: 'PLACE',
    name: 'Place',
    colour: '#59a14f',
    shape: 'diamond',
    clipPath: 'polygon(50% 0, 100% 50%, 50% 100%, 0 50%)',
  },
  {
    type: 'EVENT',
    name: 'Event',
    colour: '#e15759',
    shape: 'hexagon',
    clipPath: 'polygon(25% 5%, 75% 5%, 100% 50%, 75% 95%, 25% 95%, 0 50%)',
  },
  {
    type: 'CLAIM',
    name: 'Claim',
    colour: '#b07aa1',
    shape: 'tag',
    clipPath: 'polygon(0 0, 70% 0, 100% 50%, 70% 100%, 0 100%)',
  },
  { type: 'SOURCE', name: 'Source', colour: '#9c755f', shape: 'rectangle', clipPath: 'inset(0)' },
]);

/** Drawn for a type the server adds before the explorer knows it, rather than failing. */
const UNKNOWN_TYPE = Object.freeze({
  type: 'UNKNOWN',
  name: 'Other',
  colour: '#79706e',
  shape: 'ellipse',
  clipPath: 'circle(50%)',
});

/**
 * How to draw a node type; a type not in the table gets a neutral grey.
 * @param {string} type
 */
export function describeNodeType(type) {
  return NODE_TYPES.find((entry) => entry.type === type) ?? UNKNOWN_TYPE;
}

/** The types whose nodes have a name, aliases and a description. */
export const ENTITY_TYPES = Object.freeze(['PERSON', 'ORGANIZATION', 'PLACE']);

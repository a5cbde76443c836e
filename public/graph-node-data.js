/**
 * The data the graph canvas draws a node from: its size by degree and the label under it.
 * Pure functions of the API's node; graph-view.js keeps them in Cytoscape.
 */

/** @typedef {import('./graph-queries.js').GraphNode} GraphNode */

const GRAPH_LABEL_LENGTH = 28;

/**
 * What Cytoscape holds for a node: the API's fields, its size, and the label drawn under it.
 * @param {GraphNode} node
 * @param {number} drawnEdges how many of its relationships are drawn
 */
export function nodeDataOf(node, drawnEdges) {
  const more = Math.max(0, node.degree - drawnEdges);
  return {
    id: node.id,
    type: node.type,
    label: node.label,
    degree: node.degree,
    properties: node.properties,
    size: sizeOf(node),
    more,
    display: displayLabelOf(node.label, node.type, more),
  };
}

/**
 * Area grows with degree, so hubs stand out without a 200-edge hub swallowing the screen.
 * @param {GraphNode} node
 */
export function sizeOf(node) {
  return Math.min(64, 14 + 5 * Math.sqrt(node.degree));
}

/**
 * The text drawn under a node: its shortened label and, when relationships are not drawn yet,
 * how many. A claim's label is already a fragment of a sentence and a counter under it would
 * read as part of the claim; claims show their count in the panel and as a dashed outline.
 * @param {string} label
 * @param {string} type
 * @param {number} more
 */
export function displayLabelOf(label, type, more) {
  const short = shorten(label);
  return more > 0 && type !== 'CLAIM' ? `${short}\n+${more} more` : short;
}

/** @param {string} label */
function shorten(label) {
  // By code points, so an emoji is never cut in half.
  const characters = Array.from(label);
  return characters.length > GRAPH_LABEL_LENGTH
    ? `${characters
        .slice(0, GRAPH_LABEL_LENGTH - 1)
        .join('')
        .trimEnd()}…`
    : label;
}

/**
 * The Cytoscape stylesheet. Two variants: a small graph gets labels, curved edges and arrows;
 * a big one (see `isBigGraph`) drops what costs the most to draw per frame, so pan and zoom stay
 * smooth with thousands of elements. Labels come back for the selection and a highlighted path.
 */
import { NODE_TYPES } from './node-types.js';

/** Above this many nodes, node labels are drawn only for the selection and highlighted path. */
export const NODE_LABEL_LIMIT = 300;
/** Above this many edges, edge labels are drawn only next to the selection. */
export const EDGE_LABEL_LIMIT = 150;

/**
 * @param {number} nodeCount
 */
export function isBigGraph(nodeCount) {
  return nodeCount > NODE_LABEL_LIMIT;
}

/**
 * @param {{ big: boolean, edgeLabels: boolean }} options
 * @returns {Array<{ selector: string, style: Record<string, unknown> }>}
 */
export function buildStylesheet({ big, edgeLabels }) {
  return [
    nodeStyle(big),
    ...NODE_TYPES.map(({ type, colour, shape }) => ({
      selector: `node[type = "${type}"]`,
      style: { 'background-color': colour, shape },
    })),
    edgeStyle(big, edgeLabels),
    ...markStyles(big),
  ];
}

/**
 * Every node's look; labels are left off a big graph, where they would cost more than they tell.
 * @param {boolean} big
 */
function nodeStyle(big) {
  return {
    selector: 'node',
    style: {
      width: 'data(size)',
      height: 'data(size)',
      'background-color': '#79706e',
      'border-width': 1,
      'border-color': '#ffffff',
      label: big ? '' : 'data(display)',
      'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      // Hubs get bigger labels, so they stay readable when the view is zoomed out far
      // enough that the small labels drop below min-zoomed-font-size.
      'font-size': 'mapData(degree, 1, 60, 9, 15)',
      color: '#1f2933',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'wrap',
      'text-max-width': 120,
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'text-outline-opacity': 0.9,
      // Tiny text is unreadable and costly; Cytoscape skips it below this on-screen size.
      'min-zoomed-font-size': 7,
    },
  };
}

/**
 * @param {boolean} big
 * @param {boolean} edgeLabels
 */
function edgeStyle(big, edgeLabels) {
  return {
    selector: 'edge',
    style: big
      ? { width: 0.6, 'line-color': '#c3cad5', 'curve-style': 'haystack', 'haystack-radius': 0, opacity: 0.7 }
      : {
          width: 1.2,
          'line-color': '#b8c1cc',
          'curve-style': 'bezier',
          'target-arrow-shape': 'triangle',
          'target-arrow-color': '#b8c1cc',
          'arrow-scale': 0.7,
          label: edgeLabels ? 'data(type)' : '',
          'font-size': 7,
          color: '#5b6675',
          'text-rotation': 'autorotate',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.85,
          'text-background-padding': 1,
          'min-zoomed-font-size': 6,
        },
  };
}

/**
 * What a state adds to the base look: background facts, selection, focus, a path, an update, a filter.
 * @param {boolean} big
 * @returns {Array<{ selector: string, style: Record<string, unknown> }>}
 */
function markStyles(big) {
  return [
    // Facts the source does not state (background knowledge) are drawn dashed.
    { selector: 'edge[basis = "BACKGROUND"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [4, 3] } },
    { selector: 'node[more > 0]', style: { 'border-style': 'dashed', 'border-width': 1.5, 'border-color': '#4b5563' } },
    { selector: 'node.expanded', style: { 'border-width': 2, 'border-color': '#1f2933' } },
    {
      selector: 'node:selected',
      style: { 'border-width': 4, 'border-color': '#f1c232', label: 'data(display)', 'z-index': 10 },
    },
    {
      selector: 'edge.focus',
      style: {
        'line-color': '#6b7686',
        'target-arrow-color': '#6b7686',
        width: big ? 1 : 1.8,
        label: big ? '' : 'data(type)',
        'z-index': 5,
      },
    },
    { selector: 'node.focus', style: { label: 'data(display)' } },
    { selector: '.dimmed', style: { opacity: 0.28 } },
    // What the reader just selected stays legible even while a path dims everything else.
    { selector: 'node:selected, node.focus, edge.focus', style: { opacity: 1 } },
    {
      selector: 'node.on-path',
      style: { 'border-width': 4, 'border-color': '#d62728', label: 'data(display)', opacity: 1, 'z-index': 20 },
    },
    {
      selector: 'edge.on-path',
      style: {
        'line-color': '#d62728',
        'target-arrow-color': '#d62728',
        width: 3.5,
        opacity: 1,
        label: 'data(type)',
        'font-size': 8,
        color: '#a51d1d',
        'z-index': 20,
      },
    },
    // A node a live update just changed: outlined for a moment, under a selection's outline.
    { selector: 'node.updated', style: { 'outline-width': 4, 'outline-color': '#2ca02c', 'outline-opacity': 0.8 } },
    // Filters hide with display, which also removes the elements from layouts and hit tests.
    { selector: '.filtered-out', style: { display: 'none' } },
  ];
}

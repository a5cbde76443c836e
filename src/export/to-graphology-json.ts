import Graph from 'graphology';
import circular from 'graphology-layout/circular';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { SerializedGraph } from 'graphology-types';
import type { GraphView, NodeType } from '../graph/graph-view';
import { edgeWeightOf, flattenEdgeProperties, flattenProperties, RESERVED_NODE_FIELDS } from './flatten-properties';

/** What Sigma.js draws a node with, beside the node's own fields and properties. */
export interface GraphologyNodeAttributes {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  /** Not `type`: Sigma reads a node's `type` as the name of the program that draws it. */
  nodeType: NodeType;
  degree: number;
  [property: string]: unknown;
}

export interface GraphologyEdgeAttributes {
  label: string;
  /** Not `type`, for the same reason as `nodeType`. */
  edgeType: string;
  [property: string]: unknown;
}

export type GraphologyJson = SerializedGraph<
  GraphologyNodeAttributes,
  GraphologyEdgeAttributes,
  { truncated: boolean }
>;

/** One colour per node type, from the Okabe–Ito palette, which colour-blind readers can tell apart. */
const COLOR_OF_NODE_TYPE: Readonly<Record<NodeType, string>> = {
  PERSON: '#0072B2',
  ORGANIZATION: '#E69F00',
  PLACE: '#009E73',
  EVENT: '#D55E00',
  CLAIM: '#CC79A7',
  SOURCE: '#999999',
};

const MAX_LAYOUT_ITERATIONS = 100;
const MIN_LAYOUT_ITERATIONS = 5;
/** Node-pair force steps per layout: 0.15 to 0.3 seconds on one core (measured). */
const LAYOUT_WORK_BUDGET = 25_000_000;
/** Barnes–Hut costs about as much per node and iteration as this many exact pairs (measured). */
const BARNES_HUT_PAIRS_PER_NODE = 1_200;
/** From this many nodes Barnes–Hut's approximation is cheaper than computing every pair. */
const BARNES_HUT_FROM_ORDER = BARNES_HUT_PAIRS_PER_NODE;

/**
 * The view as serialized Graphology JSON (`Graph.from(json)`), ready for Sigma.js: every node
 * has a position (`x`, `y`), a `size` growing with its degree, a `color` by type and a `label`.
 * Positions come from ForceAtlas2 started from a circle, with a bounded number of iterations
 * that shrinks as the view grows, so the same view always gets the same layout and a view of
 * a few thousand nodes still lays out in well under a second. The graph is directed, allows
 * self-loops, and is `multi` only when two edges (of different types) join the same ordered
 * pair of nodes, since a simple graph would refuse the second one.
 */
export function toGraphologyJson(view: GraphView): GraphologyJson {
  const graph = new Graph<GraphologyNodeAttributes, GraphologyEdgeAttributes, { truncated: boolean }>({
    type: 'directed',
    multi: hasParallelEdges(view),
    allowSelfLoops: true,
  });
  graph.replaceAttributes({ truncated: view.truncated });
  for (const node of view.nodes) {
    graph.addNode(node.id, {
      label: node.label,
      x: 0,
      y: 0,
      size: sizeOfDegree(node.degree),
      color: COLOR_OF_NODE_TYPE[node.type],
      nodeType: node.type,
      degree: node.degree,
      ...flattenProperties(node, RESERVED_NODE_FIELDS),
    });
  }
  for (const edge of view.edges) {
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, {
      label: edge.type,
      edgeType: edge.type,
      ...edgeWeightOf(edge),
      ...flattenEdgeProperties(edge),
    });
  }
  layOut(graph);
  return graph.export();
}

function layOut(graph: Graph<GraphologyNodeAttributes, GraphologyEdgeAttributes>): void {
  circular.assign(graph, { scale: 100 });
  if (graph.order < 2) return;
  const barnesHutOptimize = graph.order >= BARNES_HUT_FROM_ORDER;
  const pairsPerIteration = barnesHutOptimize ? graph.order * BARNES_HUT_PAIRS_PER_NODE : graph.order * graph.order;
  const iterations = Math.max(
    MIN_LAYOUT_ITERATIONS,
    Math.min(MAX_LAYOUT_ITERATIONS, Math.floor(LAYOUT_WORK_BUDGET / pairsPerIteration)),
  );
  forceAtlas2.assign(graph, {
    iterations,
    // Edge properties are not weights; ignoring them keeps the layout about structure only.
    getEdgeWeight: null,
    settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize },
  });
}

/** Sigma's default sizes run from about 2 to 20 pixels; the square root keeps hubs from swamping the view. */
function sizeOfDegree(degree: number): number {
  return Math.min(20, 3 + 2 * Math.sqrt(Math.max(0, degree)));
}

function hasParallelEdges(view: GraphView): boolean {
  const pairs = new Set<string>();
  for (const edge of view.edges) {
    const pair = JSON.stringify([edge.source, edge.target]);
    if (pairs.has(pair)) return true;
    pairs.add(pair);
  }
  return false;
}

import type { GraphView } from '../graph/graph-view';
import { edgeWeightOf, flattenEdgeProperties, flattenProperties, RESERVED_NODE_FIELDS } from './flatten-properties';

/** Cytoscape.js's elements JSON, as `cytoscape({ elements })` and `cy.json(…)` take it. */
export interface CytoscapeJson {
  readonly data: { readonly truncated: boolean };
  readonly elements: {
    readonly nodes: readonly { readonly data: Readonly<Record<string, unknown>> }[];
    readonly edges: readonly { readonly data: Readonly<Record<string, unknown>> }[];
  };
}

/**
 * The view as Cytoscape.js elements: each node's and edge's fields and properties flat in its
 * `data`, with properties under reserved names such as `id` or `source` renamed (see
 * `flattenProperties`), and the view's `truncated` in the top-level `data`. Cytoscape silently
 * drops an element whose id it has already seen, so the view's ids must be unique, which a
 * GraphView guarantees.
 */
export function toCytoscapeJson(view: GraphView): CytoscapeJson {
  return {
    data: { truncated: view.truncated },
    elements: {
      nodes: view.nodes.map((node) => ({
        data: {
          id: node.id,
          type: node.type,
          label: node.label,
          degree: node.degree,
          ...flattenProperties(node, RESERVED_NODE_FIELDS),
        },
      })),
      edges: view.edges.map((edge) => ({
        data: {
          id: edge.id,
          source: edge.source,
          target: edge.target,
          type: edge.type,
          ...edgeWeightOf(edge),
          ...flattenEdgeProperties(edge),
        },
      })),
    },
  };
}

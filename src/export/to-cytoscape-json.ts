import type { GraphView } from '../graph/graph-view';
import { flattenProperties } from './flatten-properties';

/** Cytoscape.js's elements JSON, as `cytoscape({ elements })` and `cy.json(…)` take it. */
export interface CytoscapeJson {
  readonly data: { readonly truncated: boolean };
  readonly elements: {
    readonly nodes: readonly { readonly data: Readonly<Record<string, unknown>> }[];
    readonly edges: readonly { readonly data: Readonly<Record<string, unknown>> }[];
  };
}

// `parent` would make a node a child of a compound node; `source`/`target` on a node would
// read as an edge's ends.
const RESERVED_NODE_FIELDS: ReadonlySet<string> = new Set(['id', 'type', 'label', 'degree', 'parent', 'source', 'target']);
const RESERVED_EDGE_FIELDS: ReadonlySet<string> = new Set(['id', 'source', 'target', 'type', 'parent']);

/**
 * The view as Cytoscape.js elements: each node's and edge's fields and properties flat in its
 * `data`, with properties whose names Cytoscape reserves renamed (see `flattenProperties`).
 * Cytoscape silently drops an element whose id it has already seen, so the view's ids must be
 * unique, which a GraphView guarantees.
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
          ...flattenProperties(node.properties, RESERVED_NODE_FIELDS),
        },
      })),
      edges: view.edges.map((edge) => ({
        data: {
          id: edge.id,
          source: edge.source,
          target: edge.target,
          type: edge.type,
          ...flattenProperties(edge.properties, RESERVED_EDGE_FIELDS),
        },
      })),
    },
  };
}

import type { GraphView } from '../graph/graph-view';
import { edgeWeightOf, flattenEdgeProperties, flattenProperties, RESERVED_NODE_FIELDS } from './flatten-properties';

/** The nodes-and-links JSON of D3's force layouts (`forceSimulation`, `forceLink().id(d => d.id)`). */
export interface D3Json {
  readonly nodes: readonly Readonly<Record<string, unknown>>[];
  readonly links: readonly Readonly<Record<string, unknown>>[];
  readonly truncated: boolean;
}

/**
 * The view as D3 nodes and links. Links name their ends by the nodes' string ids, so a reader
 * resolves them with `forceLink(links).id((node) => node.id)`; properties under names D3 uses
 * are renamed (see `flattenProperties`).
 */
export function toD3Json(view: GraphView): D3Json {
  return {
    nodes: view.nodes.map((node) => ({
      id: node.id,
      type: node.type,
      label: node.label,
      degree: node.degree,
      ...flattenProperties(node, RESERVED_NODE_FIELDS),
    })),
    links: view.edges.map((edge) => ({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      ...edgeWeightOf(edge),
      ...flattenEdgeProperties(edge),
    })),
    truncated: view.truncated,
  };
}

import type { GraphView } from '../graph/graph-view';
import { flattenProperties } from './flatten-properties';

/** The nodes-and-links JSON of D3's force layouts (`forceSimulation`, `forceLink().id(d => d.id)`). */
export interface D3Json {
  readonly nodes: readonly Readonly<Record<string, unknown>>[];
  readonly links: readonly Readonly<Record<string, unknown>>[];
  readonly truncated: boolean;
}

// d3-force writes `index`, `x`, `y`, `vx`, `vy` into each node and reads `fx`/`fy` as a pinned
// position, and replaces a link's `source`/`target` ids with the node objects; a property under
// one of those names would be overwritten or would pin the node.
const RESERVED_NODE_FIELDS: ReadonlySet<string> = new Set(['id', 'type', 'label', 'degree', 'index', 'x', 'y', 'vx', 'vy', 'fx', 'fy']);
const RESERVED_LINK_FIELDS: ReadonlySet<string> = new Set(['id', 'source', 'target', 'type', 'index']);

/**
 * The view as D3 nodes and links. Links name their ends by the nodes' string ids, so a reader
 * resolves them with `forceLink(links).id((node) => node.id)`; properties whose names D3 uses
 * are renamed (see `flattenProperties`).
 */
export function toD3Json(view: GraphView): D3Json {
  return {
    nodes: view.nodes.map((node) => ({
      id: node.id,
      type: node.type,
      label: node.label,
      degree: node.degree,
      ...flattenProperties(node.properties, RESERVED_NODE_FIELDS),
    })),
    links: view.edges.map((edge) => ({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      ...flattenProperties(edge.properties, RESERVED_LINK_FIELDS),
    })),
    truncated: view.truncated,
  };
}

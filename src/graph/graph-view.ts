import type { ViewEdgeType } from './graph-model';

/**
 * A subgraph in the one shape every consumer shares: the GraphQL `Graph` type, and every export
 * format (Cytoscape, Graphology, D3, GraphML, GEXF). Ids are the nodes' own stable ids; edge ids
 * are `TYPE:sourceId->targetId`, which never equal a node id; no edge dangles.
 */
export interface GraphView {
  readonly nodes: readonly GraphViewNode[];
  readonly edges: readonly GraphViewEdge[];
  /** True when more nodes were reachable than the limit allowed. */
  readonly truncated: boolean;
}

/** The GraphQL `NodeType` enum values. */
export type NodeType = 'PERSON' | 'ORGANIZATION' | 'PLACE' | 'EVENT' | 'CLAIM' | 'SOURCE';

/**
 * How much of each node and edge a view carries. `summary`: ids, types, labels, degrees and edge
 * ends, with empty `properties` — for readers that never look at properties (a GraphQL selection
 * without them), since decoding every property of hundreds of nodes dominates such a request.
 * `full`: everything below (exports, the explorer, selections that ask for properties).
 */
export type GraphViewDetail = 'summary' | 'full';

export interface GraphViewNode {
  readonly id: string;
  readonly type: NodeType;
  /** The name, the source title, or for claims the start of their text. */
  readonly label: string;
  /** Relationships of this node in the whole graph, not only in this view. */
  readonly degree: number;
  /**
   * The node's stored properties as plain JSON (strings, numbers, booleans, null, string lists):
   * e.g. name, aliases, description; events: kind, status, date, endDate, datePrecision,
   * startsOn, endsOn (whole ISO days); claims: text, quote, kind, speakerId, speakerName;
   * places: kind, latitude, longitude. A source's full text is left out. Empty in a
   * `summary` view.
   */
  readonly properties: Readonly<Record<string, unknown>>;
}

export interface GraphViewEdge {
  readonly id: string;
  /** A stored relationship type, or a derived one (`SPOKE_ABOUT`, see DERIVED_EDGE_TYPES). */
  readonly type: ViewEdgeType;
  readonly source: string;
  readonly target: string;
  /**
   * For a fact (see `FACT_TYPES`): 'SOURCE' when the source states it, 'BACKGROUND' when it is
   * knowledge from outside; null for every other relationship. In both detail levels.
   */
  readonly basis: 'SOURCE' | 'BACKGROUND' | null;
  /**
   * e.g. PARTICIPATED_IN: role; LEADS: title; APPEARS_IN: start, end, text; facts: basis, note,
   * evidenceSources, evidenceStarts, evidenceEnds, evidenceTexts (DISPUTES, SUPPORTS: reason);
   * MENTIONED_IN: starts, ends, texts; SPOKE_ABOUT: weight, claimIds (in both detail levels,
   * since they are the edge's substance). Empty in a `summary` view otherwise.
   */
  readonly properties: Readonly<Record<string, unknown>>;
  /**
   * For a derived edge, how many stored facts it stands for (SPOKE_ABOUT: claims), equal to
   * `properties.weight`; absent on stored relationships. Exports write it as each format's own
   * edge weight (GEXF `weight`, Graphology and Cytoscape `weight`).
   */
  readonly weight?: number;
}

export function edgeIdOf(type: ViewEdgeType, source: string, target: string): string {
  return `${type}:${source}->${target}`;
}

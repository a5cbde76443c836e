import { NODE_TYPE_OF_LABEL, RELATIONSHIP_TYPES, type RelationshipType } from '../graph-model';
import { edgeIdOf, type GraphView, type GraphViewEdge, type GraphViewNode, type NodeType } from '../graph-view';
import { toNodeRecord } from '../node-record';
import { toPlainValue } from '../to-plain-value';

/**
 * Cypher projection of node `n` for graph views: its record, its degree in the whole graph (from
 * the relationship count store, not a traversal) and, for claims, the speaker.
 */
export function projectViewNode(variable: string): string {
  return `{labels: labels(${variable}), properties: properties(${variable}),
    degree: COUNT { (${variable})--() },
    speaker: [(speaker)-[:STATED]->(${variable}) | {id: speaker.id, name: speaker.name}][0]}`;
}

/** Cypher projection of relationship `r` for graph views. */
export function projectViewEdge(variable: string): string {
  return `{type: type(${variable}), source: startNode(${variable}).id, target: endNode(${variable}).id, properties: properties(${variable})}`;
}

const LABEL_LENGTH = 80;

export function toGraphViewNode(projection: unknown): GraphViewNode {
  const raw = projection as { degree: unknown; speaker: { id: string; name: string } | null };
  const record = toNodeRecord(projection);
  const { text, ...rest } = record.properties;
  // A source's full text would dwarf the rest of a view; it is served by the Source type.
  const properties: Record<string, unknown> = record.label === 'Source' ? rest : { ...record.properties };
  if (record.label === 'Claim') {
    properties.speakerId = raw.speaker?.id ?? null;
    properties.speakerName = raw.speaker?.name ?? null;
  }
  return {
    id: record.properties.id as string,
    type: NODE_TYPE_OF_LABEL[record.label] as NodeType,
    label: labelOf(record.properties, record.label === 'Claim' ? text : undefined),
    degree: toPlainValue(raw.degree) as number,
    properties,
  };
}

function labelOf(properties: Readonly<Record<string, unknown>>, claimText: unknown): string {
  const candidate = properties.name ?? properties.title ?? claimText ?? properties.id;
  const label = String(candidate);
  return label.length > LABEL_LENGTH ? `${label.slice(0, LABEL_LENGTH - 1)}…` : label;
}

export function toGraphViewEdge(projection: unknown): GraphViewEdge {
  const raw = projection as { type: string; source: string; target: string; properties: unknown };
  const type = RELATIONSHIP_TYPES.find((candidate) => candidate === raw.type) as RelationshipType;
  return {
    id: edgeIdOf(type, raw.source, raw.target),
    type,
    source: raw.source,
    target: raw.target,
    properties: toPlainValue(raw.properties) as Record<string, unknown>,
  };
}

/**
 * Assembles a view, keeping each node and edge once and dropping any edge whose ends are not
 * both in the view, so no consumer ever sees a dangling edge.
 */
export function toGraphView(rawNodes: readonly unknown[], rawEdges: readonly unknown[], truncated: boolean): GraphView {
  const nodes = new Map<string, GraphViewNode>();
  for (const raw of rawNodes) {
    const node = toGraphViewNode(raw);
    if (!nodes.has(node.id)) nodes.set(node.id, node);
  }
  const edges = new Map<string, GraphViewEdge>();
  for (const raw of rawEdges) {
    const edge = toGraphViewEdge(raw);
    if (nodes.has(edge.source) && nodes.has(edge.target)) edges.set(edge.id, edge);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated };
}

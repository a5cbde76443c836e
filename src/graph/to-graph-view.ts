import { isFactType, NODE_LABELS, NODE_TYPE_OF_LABEL, RELATIONSHIP_TYPES, type RelationshipType } from './graph-model';
import {
  edgeIdOf,
  type GraphView,
  type GraphViewDetail,
  type GraphViewEdge,
  type GraphViewNode,
  type NodeType,
} from './graph-view';
import { hiddenDraftNeighbours } from './draft-visibility';
import { toPlainValue } from './to-plain-value';

/**
 * Cypher projection of node `n` for graph views: its id, labels, display label and degree in the
 * whole graph as the request may see it (the relationship count store, less hidden drafts); with
 * `full` detail also its properties and, for claims, the speaker. A source's `text` is left out here, in Cypher, so the
 * full text of an article is never sent over Bolt nor decoded only to be dropped.
 */
export function projectViewNode(variable: string, detail: GraphViewDetail): string {
  const n = variable;
  // The label falls back to the id in toGraphViewNode: \`n.id\` twice beside \`n {.*}\` makes
  // Neo4j 5's planner fail with a ClassCastException (Property vs ASTCachedProperty).
  const summary = `id: ${n}.id, labels: labels(${n}), degree: COUNT { (${n})--() } - ${hiddenDraftNeighbours(n)},
    label: coalesce(${n}.name, ${n}.title, CASE WHEN ${n}:Claim THEN ${n}.text END)`;
  if (detail === 'summary') return `{${summary}}`;
  return `{${summary},
    properties: CASE WHEN ${n}:Source THEN ${n} {.*, text: null} ELSE properties(${n}) END,
    speaker: CASE WHEN ${n}:Claim THEN [(speaker)-[:STATED]->(${n}) | {id: speaker.id, name: speaker.name}][0] END}`;
}

/** Cypher projection of relationship `r` for graph views; properties only with `full` detail. */
export function projectViewEdge(variable: string, detail: GraphViewDetail): string {
  const ends = `type: type(${variable}), source: startNode(${variable}).id, target: endNode(${variable}).id,
    basis: ${variable}.basis`;
  return detail === 'summary' ? `{${ends}}` : `{${ends}, properties: properties(${variable})}`;
}

const LABEL_LENGTH = 80;
const NO_PROPERTIES: Readonly<Record<string, unknown>> = Object.freeze({});

interface ProjectedViewNode {
  readonly id: string;
  readonly labels: readonly string[];
  readonly label: unknown;
  readonly degree: unknown;
  readonly properties?: Record<string, unknown>;
  readonly speaker?: { readonly id: string; readonly name: string } | null;
}

export function toGraphViewNode(projection: unknown): GraphViewNode {
  const raw = projection as ProjectedViewNode;
  const nodeLabel = NODE_LABELS.find((candidate) => raw.labels.includes(candidate));
  if (nodeLabel === undefined)
    throw new Error(`Node with labels ${JSON.stringify(raw.labels)} has no label of the graph model`);
  return {
    id: raw.id,
    type: NODE_TYPE_OF_LABEL[nodeLabel] as NodeType,
    label: shorten(typeof raw.label === 'string' ? raw.label : raw.id),
    degree: toPlainValue(raw.degree) as number,
    properties: raw.properties === undefined ? NO_PROPERTIES : viewPropertiesOf(nodeLabel, raw),
  };
}

function viewPropertiesOf(nodeLabel: string, raw: ProjectedViewNode): Record<string, unknown> {
  const properties = toPlainValue(raw.properties) as Record<string, unknown>;
  // The projection nulled a source's text; the view says nothing of it rather than "null".
  if (nodeLabel === 'Source') delete properties.text;
  if (nodeLabel === 'Claim') {
    properties.speakerId = raw.speaker?.id ?? null;
    properties.speakerName = raw.speaker?.name ?? null;
  }
  return properties;
}

function shorten(label: string): string {
  return label.length > LABEL_LENGTH ? `${label.slice(0, LABEL_LENGTH - 1)}…` : label;
}

export function toGraphViewEdge(projection: unknown): GraphViewEdge {
  const raw = projection as { type: string; source: string; target: string; basis?: unknown; properties?: unknown };
  const type = RELATIONSHIP_TYPES.find((candidate) => candidate === raw.type) as RelationshipType;
  return {
    id: edgeIdOf(type, raw.source, raw.target),
    type,
    source: raw.source,
    target: raw.target,
    basis: basisOf(type, raw.basis),
    properties:
      raw.properties === undefined ? NO_PROPERTIES : (toPlainValue(raw.properties) as Record<string, unknown>),
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

/** A fact's basis as stored; a fact stored without one is not shown as stated by the source. */
function basisOf(type: RelationshipType, basis: unknown): GraphViewEdge['basis'] {
  if (!isFactType(type)) return null;
  return basis === 'SOURCE' ? 'SOURCE' : 'BACKGROUND';
}

/**
 * The graph model's fixed vocabulary. Labels and relationship types cannot be Cypher parameters,
 * so every query that needs one takes it from these tables, never from user input.
 */

export const NODE_LABELS = ['Source', 'Person', 'Organization', 'Place', 'Event', 'Claim'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** Person, Organization and Place also carry this label. */
export const ENTITY_LABEL = 'Entity';
/** Every node carries this label too, so a lookup by id needs no type and is index-backed. */
export const ANY_NODE_LABEL = 'Node';

export const RELATIONSHIP_TYPES = [
  'STATED',
  'ABOUT',
  'APPEARS_IN',
  'MENTIONED_IN',
  'PARTICIPATED_IN',
  'OCCURRED_AT',
  'PART_OF',
  'LEADS',
  'BASED_IN',
  'DISPUTES',
  'SUPPORTS',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/**
 * Edge types that graph views compute and never store: `SPOKE_ABOUT` collapses every
 * (speaker)-[:STATED]->(claim)-[:ABOUT]->(subject) chain of a speaker and a subject into one
 * weighted edge (see findClaimNetwork). Kept apart from RELATIONSHIP_TYPES, which lists what the
 * database holds (and what paths, loaders, merges and counts enumerate), so no query ever matches,
 * writes or follows a derived type.
 */
export const DERIVED_EDGE_TYPES = ['SPOKE_ABOUT'] as const;
export type DerivedEdgeType = (typeof DERIVED_EDGE_TYPES)[number];

/** Every edge type a graph view can carry: the stored relationship types and the derived ones. */
export const VIEW_EDGE_TYPES = [...RELATIONSHIP_TYPES, ...DERIVED_EDGE_TYPES] as const;
export type ViewEdgeType = (typeof VIEW_EDGE_TYPES)[number];

/** The label `retractClaim` puts on a claim: it stays, but leaves lists and graph views. */
export const RETRACTED_LABEL = 'Retracted';

/** The id prefix of each label: `person:vladimir-putin` is a Person. */
export const ID_PREFIX_OF_LABEL: Readonly<Record<NodeLabel, string>> = {
  Source: 'source',
  Person: 'person',
  Organization: 'organization',
  Place: 'place',
  Event: 'event',
  Claim: 'claim',
};

/** The GraphQL `NodeType` enum value of each label, and back. */
export const NODE_TYPE_OF_LABEL: Readonly<Record<NodeLabel, string>> = {
  Source: 'SOURCE',
  Person: 'PERSON',
  Organization: 'ORGANIZATION',
  Place: 'PLACE',
  Event: 'EVENT',
  Claim: 'CLAIM',
};

export function labelOfNodeType(nodeType: string): NodeLabel | undefined {
  return NODE_LABELS.find((label) => NODE_TYPE_OF_LABEL[label] === nodeType);
}

/** The label named by an id's prefix, or undefined for an id of no known type. */
export function labelOfId(id: string): NodeLabel | undefined {
  const prefix = id.slice(0, id.indexOf(':'));
  return NODE_LABELS.find((label) => ID_PREFIX_OF_LABEL[label] === prefix);
}

export function isEntityLabel(label: NodeLabel): boolean {
  return label === 'Person' || label === 'Organization' || label === 'Place';
}

/** Provenance relationships tie everything in an article to its source; paths skip them by default. */
export const PROVENANCE_TYPES: readonly RelationshipType[] = ['MENTIONED_IN', 'APPEARS_IN'];

/**
 * Relationships that state a fact. Each carries its provenance: `basis` 'SOURCE' with evidence
 * spans (`evidenceSources`, `evidenceStarts`, `evidenceEnds`, `evidenceTexts`, parallel lists),
 * or 'BACKGROUND' with a `note` saying where knowledge the source does not state comes from.
 */
export const FACT_TYPES = [
  'PARTICIPATED_IN',
  'OCCURRED_AT',
  'PART_OF',
  'LEADS',
  'BASED_IN',
  'ABOUT',
  'DISPUTES',
  'SUPPORTS',
] as const satisfies readonly RelationshipType[];
export type FactType = (typeof FACT_TYPES)[number];

export function isFactType(type: RelationshipType): type is FactType {
  return (FACT_TYPES as readonly RelationshipType[]).includes(type);
}

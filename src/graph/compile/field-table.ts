import type { RelationshipType } from '../graph-model';
import { firstSeenOf } from './project-appearances';

/**
 * The compiler's fixed table: for every field of every object type of the schema, what it reads.
 * Property names, relationship types and orders come from here only, never from the request;
 * a field the table does not know is a compiler error, not a guess.
 */

export type Direction = 'out' | 'in';

/** A property of the node (or, in a wrapper, of the relationship) read as is. */
export interface PropertySpec {
  readonly kind: 'property';
  readonly property: string;
}

/** The nodes at the other end of one relationship type, in a fixed order. */
export interface NodesSpec {
  readonly kind: 'nodes';
  readonly relationship: RelationshipType;
  readonly direction: Direction;
  /** Cypher ordering of the related node `m` (and relationship `r`). */
  readonly orderBy: string;
  /** The field is one node or null, not a list (a claim's speaker). */
  readonly single?: true;
  /** The field takes `types: [NodeType!]` to keep only nodes of some labels. */
  readonly typesArgument?: true;
  /** The nodes are claims: retracted ones leave the list (curation keeps them for history). */
  readonly claims?: true;
}

/** A value computed from node `variable` by a fixed Cypher expression. */
export interface ExpressionSpec {
  readonly kind: 'expression';
  readonly expression: (variable: string) => string;
}

/**
 * An object held on the node itself, null unless `present` holds; its fields are fixed
 * expressions (a claim's retraction: who, when, why).
 */
export interface EmbeddedSpec {
  readonly kind: 'embedded';
  readonly present: (variable: string) => string;
  readonly fields: Readonly<Record<string, (variable: string) => string>>;
}

/** The change log's entries that touched the node, oldest first (`history(after, first)`). */
export interface HistorySpec {
  readonly kind: 'history';
}

/** Where the sources mention the node: a connection of spans ordered by source id, then offset. */
export interface OccurrencesSpec {
  readonly kind: 'occurrences';
}

/** A claim's appearances, one per source (see project-appearances.ts). */
export interface AppearancesSpec {
  readonly kind: 'appearances';
}

/** A claim's quote pieces with their spans (see project-appearances.ts). */
export interface QuotePartsSpec {
  readonly kind: 'quoteParts';
}

/** The facts a source contributes to, from its ledger (see project-source-facts.ts). */
export interface SourceFactsSpec {
  readonly kind: 'sourceFacts';
}

/** Like NodesSpec, each item a wrapper object holding the node and the relationship's properties. */
export interface WrappedSpec extends Omit<NodesSpec, 'kind' | 'single' | 'typesArgument'> {
  readonly kind: 'wrapped';
  /** The wrapper's field that holds the node. */
  readonly nodeField: string;
  /** The wrapper's fields read from the relationship, by field name: property name. */
  readonly relationshipFields: Readonly<Record<string, string>>;
  /** Evidence's excerpt: computed by its resolver from the source text and the span. */
  readonly excerptField?: string;
  /**
   * The relationship states a fact: the wrapper has `basis`, `evidence` and `note`, read from
   * the relationship's stored provenance (see project-provenance.ts).
   */
  readonly fact?: true;
}

/** A keyset-paged Relay connection of claims ordered by id, counted from the node's degree. */
export interface ClaimPageSpec {
  readonly kind: 'claimPage';
  readonly relationship: RelationshipType;
  readonly direction: Direction;
}

export type FieldSpec =
  | PropertySpec
  | ExpressionSpec
  | EmbeddedSpec
  | HistorySpec
  | OccurrencesSpec
  | AppearancesSpec
  | QuotePartsSpec
  | SourceFactsSpec
  | NodesSpec
  | WrappedSpec
  | ClaimPageSpec;

const CHRONOLOGICAL = "coalesce(m.startsOn, '9999'), m.id";
const BY_NAME = 'm.name, m.id';
const BY_ID = 'm.id';

const properties = (...names: string[]): Record<string, PropertySpec> =>
  Object.fromEntries(names.map((name) => [name, { kind: 'property', property: name }]));

const nodes = (relationship: RelationshipType, direction: Direction, orderBy: string): NodesSpec => ({
  kind: 'nodes',
  relationship,
  direction,
  orderBy,
});

const claimPage = (relationship: RelationshipType, direction: Direction): ClaimPageSpec => ({
  kind: 'claimPage',
  relationship,
  direction,
});

/** What every node has from curation: its version and its change history. */
const CURATED = {
  ...properties('version'),
  history: { kind: 'history' } satisfies HistorySpec,
};

/** An extracted item's review mark (review-properties.ts); null for an item written by a person. */
const REVIEW: EmbeddedSpec = {
  kind: 'embedded',
  present: (v) => `${v}.reviewStatus IS NOT NULL`,
  fields: {
    status: (v) => `${v}.reviewStatus`,
    extractor: (v) => `${v}.reviewExtractor`,
    confidence: (v) => `${v}.reviewConfidence`,
    note: (v) => `${v}.reviewNote`,
    reviewer: (v) => `${v}.reviewer`,
    reviewedAt: (v) => `${v}.reviewedAt`,
  },
};

const ENTITY = {
  ...CURATED,
  review: REVIEW,
  ...properties('id', 'name', 'aliases', 'description'),
  // Nodes loaded before entities had other names have none.
  otherNames: { kind: 'expression', expression: (v) => `coalesce(${v}.otherNames, [])` } satisfies ExpressionSpec,
  occurrences: { kind: 'occurrences' } satisfies OccurrencesSpec,
  mentionedIn: nodes('MENTIONED_IN', 'out', 'm.published, m.id'),
  claimsAbout: claimPage('ABOUT', 'in'),
};

/** DISPUTES or SUPPORTS seen from one claim: the other claim, the reason and the basis. */
const claimLinks = (relationship: RelationshipType, direction: Direction): WrappedSpec => ({
  kind: 'wrapped',
  relationship,
  direction,
  orderBy: BY_ID,
  nodeField: 'claim',
  relationshipFields: { reason: 'reason' },
  fact: true,
  claims: true,
});

const claims = (relationship: RelationshipType, direction: Direction): NodesSpec => ({
  ...nodes(relationship, direction, BY_ID),
  claims: true,
});

const PARTICIPATIONS: WrappedSpec = {
  kind: 'wrapped',
  relationship: 'PARTICIPATED_IN',
  direction: 'out',
  orderBy: CHRONOLOGICAL,
  nodeField: 'event',
  relationshipFields: { role: 'role' },
  fact: true,
};

const LEADERS: WrappedSpec = {
  kind: 'wrapped',
  relationship: 'LEADS',
  direction: 'in',
  orderBy: BY_NAME,
  nodeField: 'person',
  relationshipFields: { title: 'title' },
  fact: true,
};

/** Fields by object type name, then field name. */
export const FIELD_TABLE: Readonly<Record<string, Readonly<Record<string, FieldSpec>>>> = {
  Person: {
    ...ENTITY,
    statements: claimPage('STATED', 'out'),
    events: PARTICIPATIONS,
    leads: {
      kind: 'wrapped',
      relationship: 'LEADS',
      direction: 'out',
      orderBy: BY_NAME,
      nodeField: 'led',
      relationshipFields: { title: 'title' },
      fact: true,
    },
  },
  Organization: {
    ...ENTITY,
    statements: claimPage('STATED', 'out'),
    events: PARTICIPATIONS,
    basedIn: nodes('BASED_IN', 'out', BY_NAME),
    leaders: LEADERS,
  },
  Place: {
    ...ENTITY,
    ...properties('kind', 'latitude', 'longitude'),
    partOf: nodes('PART_OF', 'out', CHRONOLOGICAL),
    parts: nodes('PART_OF', 'in', CHRONOLOGICAL),
    events: nodes('OCCURRED_AT', 'in', CHRONOLOGICAL),
    leaders: LEADERS,
    organizations: nodes('BASED_IN', 'in', BY_NAME),
  },
  Event: {
    ...CURATED,
    ...properties('id', 'name', 'kind', 'description', 'status', 'date', 'endDate', 'datePrecision', 'dateText'),
    // Events loaded before they had surface forms have none.
    aliases: { kind: 'expression', expression: (v) => `coalesce(${v}.aliases, [])` } satisfies ExpressionSpec,
    occurrences: { kind: 'occurrences' } satisfies OccurrencesSpec,
    participants: {
      kind: 'wrapped',
      relationship: 'PARTICIPATED_IN',
      direction: 'in',
      orderBy: BY_NAME,
      nodeField: 'agent',
      relationshipFields: { role: 'role' },
      fact: true,
    },
    places: nodes('OCCURRED_AT', 'out', BY_NAME),
    partOf: nodes('PART_OF', 'out', CHRONOLOGICAL),
    parts: nodes('PART_OF', 'in', CHRONOLOGICAL),
    mentionedIn: nodes('MENTIONED_IN', 'out', 'm.published, m.id'),
    claimsAbout: claimPage('ABOUT', 'in'),
  },
  Claim: {
    ...CURATED,
    ...properties('id', 'text', 'quote', 'kind'),
    retracted: { kind: 'expression', expression: (v) => `${v}:Retracted` },
    review: REVIEW,
    quoteParts: { kind: 'quoteParts' } satisfies QuotePartsSpec,
    appearances: { kind: 'appearances' } satisfies AppearancesSpec,
    firstSeen: { kind: 'expression', expression: firstSeenOf } satisfies ExpressionSpec,
    retraction: {
      kind: 'embedded',
      present: (v) => `${v}:Retracted`,
      fields: { by: (v) => `${v}.retractedBy`, at: (v) => `${v}.retractedAt`, reason: (v) => `${v}.retractionReason` },
    },
    subjects: {
      kind: 'wrapped',
      relationship: 'ABOUT',
      direction: 'out',
      orderBy: BY_ID,
      nodeField: 'node',
      relationshipFields: {},
      fact: true,
    },
    disputeLinks: claimLinks('DISPUTES', 'out'),
    disputedByLinks: claimLinks('DISPUTES', 'in'),
    supportLinks: claimLinks('SUPPORTS', 'out'),
    supportedByLinks: claimLinks('SUPPORTS', 'in'),
    speaker: { ...nodes('STATED', 'in', BY_ID), single: true },
    about: nodes('ABOUT', 'out', BY_ID),
    evidence: {
      kind: 'wrapped',
      relationship: 'APPEARS_IN',
      direction: 'out',
      orderBy: 'm.id, r.start',
      nodeField: 'source',
      relationshipFields: { start: 'start', end: 'end', text: 'text' },
      excerptField: 'excerpt',
    },
    disputes: claims('DISPUTES', 'out'),
    disputedBy: claims('DISPUTES', 'in'),
    supports: claims('SUPPORTS', 'out'),
    supportedBy: claims('SUPPORTS', 'in'),
  },
  Source: {
    ...CURATED,
    ...properties('id', 'title', 'publisher', 'published', 'language', 'url', 'note', 'text'),
    claims: claimPage('APPEARS_IN', 'in'),
    mentions: { ...nodes('MENTIONED_IN', 'in', BY_ID), typesArgument: true },
    facts: { kind: 'sourceFacts' } satisfies SourceFactsSpec,
  },
};

/** The spec of `type.field`; throws for a field the table does not cover (a schema/table drift). */
export function fieldSpecOf(type: string, field: string): FieldSpec {
  const spec = FIELD_TABLE[type]?.[field];
  if (spec === undefined) throw new Error(`The query compiler has no entry for ${type}.${field}`);
  return spec;
}

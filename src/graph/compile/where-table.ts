import type { NodeLabel, RelationshipType } from '../graph-model';
import type { Direction } from './field-table';

/**
 * The fields each `where` input can filter on, and what they read. Like the field table, this
 * is the only source of the property names and relationship types a filter puts in Cypher.
 */

/** The where input types: one per node type, plus the node and agent filters of relationships. */
export type WhereKind = NodeLabel | 'Node' | 'Agent';

export type WhereField =
  | { readonly kind: 'id' }
  | { readonly kind: 'string'; readonly property: string }
  | { readonly kind: 'enum'; readonly property: string }
  | { readonly kind: 'number'; readonly property: string }
  /** A date range (events: first and last day) or a single date (sources: start = end). */
  | { readonly kind: 'date'; readonly start: string; readonly end: string }
  /** `{some, none, all}` over the nodes at the other end. */
  | {
      readonly kind: 'relation';
      readonly relationship: RelationshipType;
      readonly direction: Direction;
      readonly target: WhereKind;
    }
  /** A nested where on the one node at the other end (a claim's speaker, its source). */
  | {
      readonly kind: 'single';
      readonly relationship: RelationshipType;
      readonly direction: Direction;
      readonly target: WhereKind;
    }
  /** `{count: {gte, ...}}` on how many relationships of a type the node has (a claim's appearances). */
  | {
      readonly kind: 'count';
      readonly relationship: RelationshipType;
      readonly direction: Direction;
      readonly target: WhereKind;
    }
  | { readonly kind: 'disputed' }
  /** Retracted claims (curation); without this filter they are left out of every claim list. */
  | { readonly kind: 'retracted' }
  /** An extracted item's review mark: `{status: {eq, in}}` on `reviewStatus`. */
  | { readonly kind: 'review' };

const relation = (relationship: RelationshipType, direction: Direction, target: WhereKind): WhereField => ({
  kind: 'relation',
  relationship,
  direction,
  target,
});
const string = (property: string): WhereField => ({ kind: 'string', property });
const ID: WhereField = { kind: 'id' };

const REVIEW: WhereField = { kind: 'review' };
const NAMED = { id: ID, name: string('name'), description: string('description') };
const MENTIONED_IN = relation('MENTIONED_IN', 'out', 'Source');

export const WHERE_TABLE: Readonly<Record<WhereKind, Readonly<Record<string, WhereField>>>> = {
  Person: {
    ...NAMED,
    review: REVIEW,
    statements: relation('STATED', 'out', 'Claim'),
    events: relation('PARTICIPATED_IN', 'out', 'Event'),
    mentionedIn: MENTIONED_IN,
  },
  Organization: {
    ...NAMED,
    review: REVIEW,
    statements: relation('STATED', 'out', 'Claim'),
    events: relation('PARTICIPATED_IN', 'out', 'Event'),
    basedIn: relation('BASED_IN', 'out', 'Place'),
    mentionedIn: MENTIONED_IN,
  },
  Place: {
    ...NAMED,
    review: REVIEW,
    kind: string('kind'),
    latitude: { kind: 'number', property: 'latitude' },
    longitude: { kind: 'number', property: 'longitude' },
    partOf: relation('PART_OF', 'out', 'Place'),
    mentionedIn: MENTIONED_IN,
  },
  Event: {
    ...NAMED,
    kind: string('kind'),
    status: { kind: 'enum', property: 'status' },
    date: { kind: 'date', start: 'startsOn', end: 'endsOn' },
    participants: relation('PARTICIPATED_IN', 'in', 'Agent'),
    places: relation('OCCURRED_AT', 'out', 'Place'),
    mentionedIn: MENTIONED_IN,
  },
  Claim: {
    id: ID,
    text: string('text'),
    quote: string('quote'),
    kind: { kind: 'enum', property: 'kind' },
    speaker: { kind: 'single', relationship: 'STATED', direction: 'in', target: 'Agent' },
    about: relation('ABOUT', 'out', 'Node'),
    disputed: { kind: 'disputed' },
    retracted: { kind: 'retracted' },
    review: REVIEW,
    source: { kind: 'single', relationship: 'APPEARS_IN', direction: 'out', target: 'Source' },
    appearances: { kind: 'count', relationship: 'APPEARS_IN', direction: 'out', target: 'Source' },
  },
  Source: {
    id: ID,
    title: string('title'),
    publisher: string('publisher'),
    language: string('language'),
    published: { kind: 'date', start: 'published', end: 'published' },
  },
  Node: { id: ID, name: string('name'), review: REVIEW },
  Agent: { id: ID, name: string('name') },
};

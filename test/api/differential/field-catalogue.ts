/**
 * The schema's readable fields as the differential test understands them, written from the SDL
 * and the README (not from the compiler's table): what each reads and in which order.
 */
export type Order = 'id' | 'name' | 'chronological' | 'published' | 'evidence';

export type RelationField =
  | {
      readonly kind: 'list';
      readonly type: string;
      readonly direction: 'out' | 'in';
      readonly order: Order;
      readonly single?: true;
    }
  | {
      readonly kind: 'wrapped';
      readonly type: string;
      readonly direction: 'out' | 'in';
      readonly order: Order;
      readonly node: string;
      readonly relationshipFields: readonly string[];
    }
  | { readonly kind: 'page'; readonly type: string; readonly direction: 'out' | 'in' };

export const NODE_TYPES = ['Person', 'Organization', 'Place', 'Event', 'Claim', 'Source'] as const;

const NAMED = ['id', 'name', 'aliases', 'description'];

export const SCALARS: Readonly<Record<string, readonly string[]>> = {
  Person: NAMED,
  Organization: NAMED,
  Place: [...NAMED, 'kind', 'latitude', 'longitude'],
  Event: ['id', 'name', 'kind', 'description', 'status', 'date', 'endDate', 'datePrecision', 'dateText'],
  Claim: ['id', 'text', 'quote', 'kind'],
  Source: ['id', 'title', 'publisher', 'published', 'language', 'url', 'note'],
};

const list = (type: string, direction: 'out' | 'in', order: Order): RelationField => ({
  kind: 'list',
  type,
  direction,
  order,
});
const page = (type: string, direction: 'out' | 'in'): RelationField => ({ kind: 'page', type, direction });
const ENTITY = {
  mentionedIn: list('MENTIONED_IN', 'out', 'published'),
  claimsAbout: page('ABOUT', 'in'),
};
const PARTICIPATIONS: RelationField = {
  kind: 'wrapped',
  type: 'PARTICIPATED_IN',
  direction: 'out',
  order: 'chronological',
  node: 'event',
  relationshipFields: ['role'],
};
const LEADERS: RelationField = {
  kind: 'wrapped',
  type: 'LEADS',
  direction: 'in',
  order: 'name',
  node: 'person',
  relationshipFields: ['title'],
};

export const RELATIONS: Readonly<Record<string, Readonly<Record<string, RelationField>>>> = {
  Person: {
    ...ENTITY,
    statements: page('STATED', 'out'),
    events: PARTICIPATIONS,
    leads: {
      kind: 'wrapped',
      type: 'LEADS',
      direction: 'out',
      order: 'name',
      node: 'led',
      relationshipFields: ['title'],
    },
  },
  Organization: {
    ...ENTITY,
    statements: page('STATED', 'out'),
    events: PARTICIPATIONS,
    basedIn: list('BASED_IN', 'out', 'name'),
    leaders: LEADERS,
  },
  Place: {
    ...ENTITY,
    partOf: list('PART_OF', 'out', 'chronological'),
    parts: list('PART_OF', 'in', 'chronological'),
    events: list('OCCURRED_AT', 'in', 'chronological'),
    leaders: LEADERS,
    organizations: list('BASED_IN', 'in', 'name'),
  },
  Event: {
    ...ENTITY,
    participants: {
      kind: 'wrapped',
      type: 'PARTICIPATED_IN',
      direction: 'in',
      order: 'name',
      node: 'agent',
      relationshipFields: ['role'],
    },
    places: list('OCCURRED_AT', 'out', 'name'),
    partOf: list('PART_OF', 'out', 'chronological'),
    parts: list('PART_OF', 'in', 'chronological'),
  },
  Claim: {
    speaker: { kind: 'list', type: 'STATED', direction: 'in', order: 'id', single: true },
    about: list('ABOUT', 'out', 'id'),
    evidence: {
      kind: 'wrapped',
      type: 'APPEARS_IN',
      direction: 'out',
      order: 'evidence',
      node: 'source',
      relationshipFields: ['start', 'end', 'text'],
    },
    disputes: list('DISPUTES', 'out', 'id'),
    disputedBy: list('DISPUTES', 'in', 'id'),
    supports: list('SUPPORTS', 'out', 'id'),
    supportedBy: list('SUPPORTS', 'in', 'id'),
  },
  Source: {
    claims: page('APPEARS_IN', 'in'),
    mentions: list('MENTIONED_IN', 'in', 'id'),
  },
};

/** The root lists: their node type, and the input types of their `where` and `orderBy`. */
export const ROOT_LISTS: Readonly<
  Record<string, { readonly type: string; readonly whereType: string; readonly sortType: string }>
> = {
  people: { type: 'Person', whereType: 'PersonWhere', sortType: 'PersonSort' },
  organizations: { type: 'Organization', whereType: 'OrganizationWhere', sortType: 'OrganizationSort' },
  places: { type: 'Place', whereType: 'PlaceWhere', sortType: 'PlaceSort' },
  events: { type: 'Event', whereType: 'EventWhere', sortType: 'EventSort' },
  claims: { type: 'Claim', whereType: 'ClaimWhere', sortType: 'ClaimSort' },
  sources: { type: 'Source', whereType: 'SourceWhere', sortType: 'SourceSort' },
};

/** The node types a relationship field's GraphQL type admits (fragments on others are invalid). */
const ANY = ['Person', 'Organization', 'Place', 'Event', 'Claim', 'Source'];
const TARGETS: Readonly<Record<string, readonly string[]>> = {
  mentionedIn: ['Source'],
  claimsAbout: ['Claim'],
  statements: ['Claim'],
  claims: ['Claim'],
  leads: ['Place', 'Organization'],
  basedIn: ['Place'],
  leaders: ['Person'],
  partOf: ['Place', 'Event'],
  parts: ['Place', 'Event'],
  organizations: ['Organization'],
  participants: ['Person', 'Organization'],
  places: ['Place'],
  speaker: ['Person', 'Organization'],
  evidence: ['Source'],
  disputes: ['Claim'],
  disputedBy: ['Claim'],
  supports: ['Claim'],
  supportedBy: ['Claim'],
};

export function targetsOf(type: string, field: string): readonly string[] {
  if (field === 'partOf' || field === 'parts') return [type];
  if (field === 'events') return ['Event'];
  return TARGETS[field] ?? ANY;
}

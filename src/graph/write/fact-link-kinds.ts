import type { ZodType, ZodTypeDef } from 'zod';
import {
  claimSchema,
  eventSchema,
  organizationSchema,
  personSchema,
  placeSchema,
  type FactBasisEntry,
} from '../../domain/seed-file-schema';
import type { FactType, NodeLabel } from '../graph-model';

/** The fact relationships the curation API adds and removes, one per kind of mutation. */
export type FactLinkKind = 'PARTICIPATION' | 'EVENT_LOCATION' | 'PART_OF' | 'BASED_IN' | 'LEADERSHIP' | ClaimLinkKind;
export type ClaimLinkKind = 'DISPUTES' | 'SUPPORTS';

/** A relationship's own properties besides its basis, as the seed format names them. */
export type OwnFactField = 'role' | 'title' | 'reason';

/** One fact as its owner's seed entry lists it: the other end's id, own properties and basis. */
export type ListedFact = FactBasisEntry & { readonly id: string } & Partial<Record<OwnFactField, string>>;

/** How one kind of fact is named, checked and stored. */
export interface FactLinkSpec {
  readonly type: FactType;
  /** The mutations' name: `add<Name>`, `remove<Name>`, and so the change's kind. */
  readonly name: string;
  /** The input fields (or arguments) naming the relationship's start and end node. */
  readonly fromField: string;
  readonly toField: string;
  /** The labels the start and end node may have. */
  readonly fromLabels: readonly NodeLabel[];
  readonly toLabels: readonly NodeLabel[];
  /** The end whose seed entry lists the fact (a participant is listed by its event). */
  readonly owner: 'from' | 'to';
  /** The seed format's schema of one listed fact, by the owner's label. */
  readonly entrySchemas: Readonly<Partial<Record<NodeLabel, ZodType<ListedFact, ZodTypeDef, unknown>>>>;
  /** The relationship's own properties, stored as the seed loader stores them (absent when null). */
  readonly ownFields: readonly OwnFactField[];
}

/** The schema of one element of a seed entry's list of facts (`participants`, `partOf`, ...). */
function listed(list: { removeDefault(): { element: unknown } }): ZodType<ListedFact, ZodTypeDef, unknown> {
  return list.removeDefault().element as ZodType<ListedFact, ZodTypeDef, unknown>;
}

const claimLink = (type: ClaimLinkKind): FactLinkSpec => ({
  type,
  name: 'ClaimLink',
  fromField: 'claimId',
  toField: 'targetId',
  fromLabels: ['Claim'],
  toLabels: ['Claim'],
  owner: 'from',
  entrySchemas: { Claim: listed(type === 'DISPUTES' ? claimSchema.shape.disputes : claimSchema.shape.supports) },
  ownFields: ['reason'],
});

/**
 * Every kind of fact link, as the graph model and the seed format define it: the relationship
 * type, which ends it joins, and the seed schema its entry is checked with, so the API accepts
 * exactly what a seed file may say.
 */
export const FACT_LINK_KINDS: Readonly<Record<FactLinkKind, FactLinkSpec>> = {
  PARTICIPATION: {
    type: 'PARTICIPATED_IN',
    name: 'Participation',
    fromField: 'agentId',
    toField: 'eventId',
    fromLabels: ['Person', 'Organization'],
    toLabels: ['Event'],
    owner: 'to',
    entrySchemas: { Event: listed(eventSchema.shape.participants) },
    ownFields: ['role'],
  },
  EVENT_LOCATION: {
    type: 'OCCURRED_AT',
    name: 'EventLocation',
    fromField: 'eventId',
    toField: 'placeId',
    fromLabels: ['Event'],
    toLabels: ['Place'],
    owner: 'from',
    entrySchemas: { Event: listed(eventSchema.shape.places) },
    ownFields: [],
  },
  PART_OF: {
    type: 'PART_OF',
    name: 'PartOf',
    fromField: 'partId',
    toField: 'wholeId',
    fromLabels: ['Place', 'Event'],
    toLabels: ['Place', 'Event'],
    owner: 'from',
    // A place lies within a place and an event is part of an event: each schema admits only its own type.
    entrySchemas: { Place: listed(placeSchema.shape.partOf), Event: listed(eventSchema.shape.partOf) },
    ownFields: [],
  },
  BASED_IN: {
    type: 'BASED_IN',
    name: 'BasedIn',
    fromField: 'organizationId',
    toField: 'placeId',
    fromLabels: ['Organization'],
    toLabels: ['Place'],
    owner: 'from',
    entrySchemas: { Organization: listed(organizationSchema.shape.basedIn) },
    ownFields: [],
  },
  LEADERSHIP: {
    type: 'LEADS',
    name: 'Leadership',
    fromField: 'personId',
    toField: 'ledId',
    fromLabels: ['Person'],
    toLabels: ['Place', 'Organization'],
    owner: 'from',
    entrySchemas: { Person: listed(personSchema.shape.leads) },
    ownFields: ['title'],
  },
  DISPUTES: claimLink('DISPUTES'),
  SUPPORTS: claimLink('SUPPORTS'),
};

/**
 * What the curation writes accept: the GraphQL input types of schema/curation.graphql, declared
 * once here. Optional fields may be null (GraphQL) or absent; in updates, absent means "keep"
 * and null means "remove".
 */

export type ClaimKindInput = 'QUOTE' | 'PARAPHRASE' | 'NARRATION';

export interface CreateClaimInput {
  readonly id?: string | null;
  readonly sourceId: string;
  readonly speakerId?: string | null;
  readonly kind: ClaimKindInput;
  readonly text: string;
  readonly quote?: string | null;
  readonly evidence: string;
  readonly evidenceOccurrence?: number | null;
  readonly aboutIds: readonly string[];
}

export interface UpdateClaimInput {
  readonly speakerId?: string | null;
  readonly kind?: ClaimKindInput | null;
  readonly text?: string | null;
  readonly quote?: string | null;
  readonly evidence?: string | null;
  readonly evidenceOccurrence?: number | null;
  readonly aboutIds?: readonly string[] | null;
}

export type EntityTypeInput = 'PERSON' | 'ORGANIZATION' | 'PLACE';

export interface EntityFieldsInput {
  readonly name?: string | null;
  readonly aliases?: readonly string[] | null;
  readonly otherNames?: readonly string[] | null;
  readonly description?: string | null;
  /** Places only. */
  readonly kind?: string | null;
  readonly latitude?: number | null;
  readonly longitude?: number | null;
}

export interface CreateEntityInput extends EntityFieldsInput {
  readonly type: EntityTypeInput;
  readonly id?: string | null;
  readonly name: string;
}

export interface EventFieldsInput {
  readonly name?: string | null;
  readonly kind?: string | null;
  readonly description?: string | null;
  readonly status?: 'PAST' | 'ONGOING' | 'PLANNED' | null;
  readonly date?: string | null;
  readonly endDate?: string | null;
  readonly dateText?: string | null;
}

export interface CreateEventInput extends EventFieldsInput {
  readonly id?: string | null;
  readonly name: string;
  readonly kind: string;
  readonly status: 'PAST' | 'ONGOING' | 'PLANNED';
}

export interface AddSourceInput {
  readonly id?: string | null;
  readonly title: string;
  readonly publisher?: string | null;
  readonly published?: string | null;
  readonly language?: string | null;
  readonly url?: string | null;
  readonly note?: string | null;
  readonly text: string;
}

/**
 * What a fact rests on, in the terms of the seed format: `evidence`, passages of source
 * `sourceId`'s text that state it, or `background`, a note saying where knowledge the source does
 * not state comes from. Exactly one of the two; `sourceId` goes with `evidence` only.
 */
export interface FactBasisInput {
  readonly sourceId?: string | null;
  readonly evidence?: readonly string[] | null;
  readonly background?: string | null;
}

export interface AddParticipationInput extends FactBasisInput {
  readonly agentId: string;
  readonly eventId: string;
  readonly role?: string | null;
}

export interface AddEventLocationInput extends FactBasisInput {
  readonly eventId: string;
  readonly placeId: string;
}

export interface AddPartOfInput extends FactBasisInput {
  readonly partId: string;
  readonly wholeId: string;
}

export interface AddBasedInInput extends FactBasisInput {
  readonly organizationId: string;
  readonly placeId: string;
}

export interface AddLeadershipInput extends FactBasisInput {
  readonly personId: string;
  readonly ledId: string;
  readonly title?: string | null;
}

export type ClaimLinkKindInput = 'DISPUTES' | 'SUPPORTS';

export interface AddClaimLinkInput extends FactBasisInput {
  readonly kind: ClaimLinkKindInput;
  readonly claimId: string;
  readonly targetId: string;
  readonly reason: string;
}

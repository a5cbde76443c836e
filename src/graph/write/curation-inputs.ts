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

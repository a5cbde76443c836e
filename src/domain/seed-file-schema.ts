import { z } from 'zod';

/**
 * The format of one seed file: everything extracted from one source document. This schema is
 * the format's documentation; `npm run seed` rejects anything it does not accept.
 *
 * Ids are `<type>:<slug>` and unique across all files, so a second article refers to
 * `person:vladimir-putin` instead of defining him again. Authors write quotes, never offsets:
 * the loader finds each `evidence` passage in the source text and computes its span.
 */

const slug = '[a-z0-9][a-z0-9._-]*';
const idOf = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}:${slug}$`), {
    message: `must be an id like "${prefix}:some-name" (lowercase, digits, - . _)`,
  });

export const personId = idOf('person');
export const organizationId = idOf('organization');
export const placeId = idOf('place');
export const eventId = idOf('event');
export const claimId = idOf('claim');
export const sourceId = idOf('source');
// One pattern over several prefixes, not a z.union of id schemas: a union reports the first
// option's message ("must be an id like person:...") for any string that fails every option.
const idOfAny = (prefixes: readonly string[], message: string) =>
  z.string().regex(new RegExp(`^(?:${prefixes.join('|')}):${slug}$`), { message });
const agentId = idOfAny(['person', 'organization'], 'must be a person or organization id');
const subjectId = idOfAny(
  ['person', 'organization', 'place', 'event'],
  'must be a person, organization, place or event id',
);
const leaderOfId = idOfAny(['place', 'organization'], 'must be a place or organization id');

/** ISO 8601 calendar date, as precise as the source allows: 2025, 2025-07 or 2025-07-31. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: 'must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD' });

const text = z.string().trim().min(1, { message: 'must not be empty' });
const oneLine = text.regex(/^[^\n]*$/, { message: 'must be one line' });

/**
 * A passage of the file's source text that states a fact: the exact words, or the words with
 * `occurrence` (1-based) when they occur more than once. The loader finds it and stores its span.
 */
export const evidencePassage = z.union([
  text,
  z.object({ passage: text, occurrence: z.number().int().min(1) }).strict(),
]);

/**
 * Every fact (a relationship between two nodes) says what it rests on: `evidence`, passages of
 * the source that state it, or `background`, a note saying where knowledge the source does not
 * state comes from. Exactly one of the two; the validator reports a fact with neither or both.
 */
export const factBasisFields = {
  evidence: z.array(evidencePassage).min(1, { message: 'must list at least one passage' }).optional(),
  background: text.optional(),
};

/**
 * Marks an item an extractor wrote rather than a person: `DRAFT` until a reviewer accepts it.
 * Optional everywhere, so hand-written files need none. `extractor` names the engine and rule set
 * (`corenlp-4.5.10+rules-1`), `confidence` how sure it was (0..1), `note` what a reviewer should
 * know (the candidate ids of an ambiguous name); `reviewer` and `reviewedAt` record the acceptance.
 */
export const reviewSchema = z
  .object({
    status: z.enum(['DRAFT', 'ACCEPTED']),
    extractor: text,
    confidence: z.number().min(0).max(1),
    note: text.optional(),
    reviewer: text.optional(),
    reviewedAt: z.string().datetime({ offset: true }).optional(),
  })
  .strict();

const reviewField = { review: reviewSchema.optional() };

/** A fact pointing at one node: its id and its basis. */
const factLink = <T extends z.ZodTypeAny>(id: T) => z.object({ id, ...factBasisFields }).strict();

/** A claim backing or contradicting another: why, in one line, and the basis of the link. */
const claimLink = z.object({ id: claimId, reason: oneLine, ...factBasisFields }).strict();

/** A claim's subject: a bare id (resting on the claim's passage) or an id with its own basis. */
const claimSubject = z.union([subjectId, factLink(subjectId)]);

const entityFields = {
  name: text,
  /** Every surface form the source text uses, exactly as written there; each must occur in it. */
  aliases: z.array(text).default([]),
  /** Names known from elsewhere that the source text does not use (background knowledge). */
  otherNames: z.array(text).default([]),
  description: text.optional(),
  ...reviewField,
};

export const personSchema = z
  .object({
    id: personId,
    ...entityFields,
    /** Countries and organizations this person heads, with the title. */
    leads: z
      .array(z.object({ id: leaderOfId, title: text.optional(), ...factBasisFields, ...reviewField }).strict())
      .default([]),
  })
  .strict();

export const organizationSchema = z
  .object({ id: organizationId, ...entityFields, basedIn: z.array(factLink(placeId)).default([]) })
  .strict();

export const placeSchema = z
  .object({
    id: placeId,
    ...entityFields,
    /** country, city, lake, ...: only what the text says or shows (a "Church of ..." is a church). */
    kind: text.optional(),
    latitude: z.number().min(-90).max(90).optional(),
    longitude: z.number().min(-180).max(180).optional(),
    partOf: z.array(factLink(placeId)).default([]),
  })
  .strict();

export const eventSchema = z
  .object({
    id: eventId,
    name: text,
    /** Every surface form the source text uses for the event ("the talks"); each must occur in it. */
    aliases: z.array(text).default([]),
    kind: text,
    description: text.optional(),
    status: z.enum(['past', 'ongoing', 'planned']),
    date: partialDate.optional(),
    endDate: partialDate.optional(),
    /** The article's own words for the date ("late July"), kept for readers. */
    dateText: text.optional(),
    participants: z.array(z.object({ id: agentId, role: text.optional(), ...factBasisFields }).strict()).default([]),
    places: z.array(factLink(placeId)).default([]),
    partOf: z.array(factLink(eventId)).default([]),
  })
  .strict();

/**
 * The speaker's verbatim words: one piece, or several in order when the source splits the quote
 * with its attribution (`"We are ready," he said, "to host the talks."` is
 * `["We are ready,", "to host the talks."]`). Every piece must lie within the claim's evidence.
 */
export const quoteWords = z.union([text, z.array(text).min(1, { message: 'must list at least one piece' })]);

/**
 * A claim as one source carries it. The same claim carried by several sources is ONE claim with
 * one appearance per source: either said explicitly (`sameAs: "claim:..."`, a claim of another
 * file or an earlier one of this file), or found by the loader (same speaker, same quote once
 * lower-cased and stripped of punctuation). The entry is written in full either way; its `id`
 * then keeps resolving to the claim it is the same as, and its `text` is kept on its appearance.
 */
export const claimSchema = z
  .object({
    id: claimId,
    /** This entry is one more appearance of that claim (defined in any file). */
    sameAs: claimId.optional(),
    /** Ids this claim had before (a renamed claim); they keep resolving to it. */
    formerIds: z.array(claimId).default([]),
    /** A note to the file's readers: why a reading holds where the text could mislead. Not loaded. */
    comment: text.optional(),
    kind: z.enum(['quote', 'paraphrase', 'narration']),
    /** Absent when the source asserts the claim in its own voice. */
    speaker: agentId.optional(),
    /** A neutral one-sentence statement of the claim. */
    text,
    /** The exact passage of the source text the claim comes from. */
    evidence: text,
    /** Which occurrence of `evidence` is meant (1-based) when the passage occurs more than once. */
    evidenceOccurrence: z.number().int().min(1).optional(),
    /** The speaker's verbatim words (see `quoteWords`); required for quotes. */
    quote: quoteWords.optional(),
    /**
     * What the claim is about. A bare id rests on the claim's own passage; give `evidence` or
     * `background` when the passage does not show the subject.
     */
    about: z.array(claimSubject).min(1, { message: 'must name at least one subject' }),
    disputes: z.array(claimLink).default([]),
    supports: z.array(claimLink).default([]),
    ...reviewField,
  })
  .strict();

export const sourceSchema = z
  .object({
    id: sourceId,
    title: text,
    publisher: text.optional(),
    published: partialDate.optional(),
    language: text.optional(),
    url: z.string().url().optional(),
    /** The text file, relative to this data file; evidence offsets point into it. */
    textFile: text,
    /** How the stored text differs from the original document, if at all. */
    note: text.optional(),
  })
  .strict();

/**
 * A fact about a node's own property (a description, an event's date) stated by a source other
 * than the one that defines the node: the value and its basis, as for any fact.
 */
const descriptionFact = z.object({ text, ...factBasisFields }).strict();
const dateFact = z
  .object({
    date: partialDate,
    endDate: partialDate.optional(),
    dateText: text.optional(),
    ...factBasisFields,
  })
  .strict();

/**
 * The surface forms this file's text uses for a node of another file (each must occur in it),
 * so its mentions here are found. The node's name is always looked for too.
 */
const forms = z.array(text).default([]);

/**
 * Facts this file's source states about nodes defined in ANY file (this one or another): each
 * with its evidence in this file's text (or a background note). A fact already stated by another
 * source is the same relationship with one more source's evidence; reloading or removing this
 * file removes only this source's evidence, and a fact left with none (and no background)
 * disappears. Same shape as the definitions, without the node's own fields.
 */
export const factsSchema = z
  .object({
    people: z
      .array(
        z
          .object({
            id: personId,
            forms,
            description: descriptionFact.optional(),
            leads: personSchema.shape.leads,
          })
          .strict(),
      )
      .default([]),
    organizations: z
      .array(
        z
          .object({
            id: organizationId,
            forms,
            description: descriptionFact.optional(),
            basedIn: organizationSchema.shape.basedIn,
          })
          .strict(),
      )
      .default([]),
    places: z
      .array(
        z
          .object({ id: placeId, forms, description: descriptionFact.optional(), partOf: placeSchema.shape.partOf })
          .strict(),
      )
      .default([]),
    events: z
      .array(
        z
          .object({
            id: eventId,
            forms,
            description: descriptionFact.optional(),
            date: dateFact.optional(),
            participants: eventSchema.shape.participants,
            places: eventSchema.shape.places,
            partOf: eventSchema.shape.partOf,
          })
          .strict(),
      )
      .default([]),
    claims: z
      .array(
        z
          .object({
            id: claimId,
            about: z.array(factLink(subjectId)).default([]),
            disputes: z.array(claimLink).default([]),
            supports: z.array(claimLink).default([]),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

export const seedFileSchema = z
  .object({
    $schema: z.string().optional(),
    source: sourceSchema,
    people: z.array(personSchema).default([]),
    organizations: z.array(organizationSchema).default([]),
    places: z.array(placeSchema).default([]),
    events: z.array(eventSchema).default([]),
    claims: z.array(claimSchema).default([]),
    /** Facts this source states about nodes of any file (see `factsSchema`). */
    facts: factsSchema.default({}),
    /**
     * Entities defined in other files that this source also mentions, with the surface forms
     * this text uses for them (each must occur in it), so their mentions here can be found.
     */
    mentions: z
      .array(
        z.union([subjectId, z.object({ id: subjectId, forms: z.array(text).default([]), ...reviewField }).strict()]),
      )
      .default([]),
  })
  .strict();

export type SeedFile = z.infer<typeof seedFileSchema>;
export type PersonEntry = z.infer<typeof personSchema>;
export type OrganizationEntry = z.infer<typeof organizationSchema>;
export type PlaceEntry = z.infer<typeof placeSchema>;
export type EventEntry = z.infer<typeof eventSchema>;
export type ClaimEntry = z.infer<typeof claimSchema>;
export type QuoteWords = z.infer<typeof quoteWords>;
export type FactsEntry = z.infer<typeof factsSchema>;
export type EvidencePassage = z.infer<typeof evidencePassage>;
export type ReviewEntry = z.infer<typeof reviewSchema>;
/** Anything that carries a fact's basis. */
export interface FactBasisEntry {
  readonly evidence?: readonly EvidencePassage[] | undefined;
  readonly background?: string | undefined;
}

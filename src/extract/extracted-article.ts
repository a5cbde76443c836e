/**
 * What the extractor makes of one article: its direct quotes with their speakers, and the people,
 * organisations and places it names. This is the contract between the extraction core (engine and
 * rules, `src/extract/`) and whatever turns it into drafts; it is plain JSON-safe data.
 *
 * Offsets everywhere are UTF-16 code-unit offsets into `text` (JavaScript string indices, so
 * `text.slice(start, end)` is the span), `start` inclusive and `end` exclusive.
 */
export interface ExtractedArticle {
  /** The article exactly as given to the extractor (headline line included when there was one). */
  readonly text: string;
  /** The engine and the rule set that produced this, e.g. `corenlp-4.5.10+rules-1`, for a draft's `extractor`. */
  readonly engine: string;
  /** The first line when the text opens with a headline line followed by a blank line; null otherwise. */
  readonly headline: TextSpan | null;
  /** Direct quotes in text order. Identical verbatim spans by the same speaker are listed once. */
  readonly quotes: readonly ExtractedQuote[];
  /** People, organisations and places, in order of first mention. */
  readonly entities: readonly ExtractedEntity[];
}

/** A stretch of `ExtractedArticle.text`: always `text === article.text.slice(start, end)`. */
export interface TextSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** The character range of a passage, without its text (which is `article.text.slice(start, end)`). */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

export type SpeakerKind = 'PERSON' | 'ORGANIZATION' | 'UNKNOWN';

export type EntityType = 'PERSON' | 'ORGANIZATION' | 'PLACE';

/**
 * One direct quote. A quote split by its attribution (`"A," he said, "B."`) is two quotes, as the
 * annotation rules of the development set store it; so is a quote continued in a new paragraph.
 */
export interface ExtractedQuote {
  /** Stable within the article and across runs on the same text: `quote:<start>-<end>` of the first part. */
  readonly key: string;
  /**
   * The verbatim words, in order, without the quotation marks and edge whitespace. Nearly always
   * one part; more than one only when the engine's quote spans an interruption that is not an
   * attribution (kept so a reviewer sees every piece with its offsets).
   */
  readonly parts: readonly TextSpan[];
  /** The sentence or sentences holding the quote and its attribution: the evidence a reviewer reads. */
  readonly passage: TextRange;
  readonly speaker: QuoteSpeaker;
  /** True when the quote is a fragment inside the reporter's own sentence (`accused her of "playing a card"`). */
  readonly partial: boolean;
  /** How sure the rules are of the quote and its speaker together, 0..1. */
  readonly confidence: number;
}

/** Who said a quote, and why the rules think so. */
export interface QuoteSpeaker {
  /** The `key` of the entity in `ExtractedArticle.entities`; null when the speaker is no listed entity. */
  readonly entityKey: string | null;
  /**
   * The fullest name the article gives (`Hazel Blears`, not `Ms Blears` or `the Salford MP`); for an
   * unnamed spokesperson, their organisation's name; for an unnamed speaker the description
   * (`a spokesman`); empty only when kind is UNKNOWN and nothing at all was found.
   */
  readonly name: string;
  readonly kind: SpeakerKind;
  /** The words the speaker was found through (`he`, `the Salford MP`, `Mr Howard`); null for a follow-on quote. */
  readonly evidence: TextSpan | null;
  /** The name of the rule that chose the speaker (e.g. `verb-of-saying`, `follow-on`), for review and for the bench. */
  readonly rule: string;
}

/** A person, organisation or place the article names, with every form it uses. */
export interface ExtractedEntity {
  /**
   * Stable within the article: `<type>:<slug of name>` (`person:hazel-blears`). Shaped like a graph
   * id but NOT one: linking to entities the graph already has is a later stage's work.
   */
  readonly key: string;
  readonly type: EntityType;
  /** The fullest form the article uses (`Hazel Blears`, `Conservative Party`), titles such as Mr left out. */
  readonly name: string;
  /** Every occurrence of a surface form, in text order, adjectival ones included (`Labour MP`). Pronouns are not mentions. */
  readonly mentions: readonly EntityMention[];
  /** Titles written next to a person's name (`Foreign Secretary` before `Jack Straw`), for role facts. */
  readonly roles: readonly EntityRole[];
  /** How sure the rules are that this is an entity of this type, 0..1. */
  readonly confidence: number;
}

export interface EntityMention extends TextSpan {
  /** True when the form modifies a noun (`Labour MP`, `the Belarusian President`) rather than naming the entity. */
  readonly adjectival: boolean;
}

export interface EntityRole {
  /** The title as the text writes it, e.g. `Foreign Secretary`, `IHRC chairman`. */
  readonly title: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The part of CoreNLP's JSON output (`outputFormat: json`) the rules read. Offsets are Java `char`
 * offsets, which are UTF-16 code units like JavaScript string indices, so they index the text as
 * given. Only the annotators in `ENGINE_PROPERTIES` are assumed; the optional fields come from
 * annotators the out-of-the-box baseline adds (quote, coref).
 */
export interface EngineDocument {
  readonly sentences: readonly EngineSentence[];
  /** Present with the `quote` annotator only (the baseline). */
  readonly quotes?: readonly EngineQuote[];
}

export interface EngineSentence {
  /** 0-based sentence number. */
  readonly index: number;
  readonly tokens: readonly EngineToken[];
  readonly entitymentions?: readonly EngineEntityMention[];
}

export interface EngineToken {
  /** 1-based within the sentence. */
  readonly index: number;
  readonly word: string;
  readonly originalText: string;
  readonly lemma?: string;
  readonly pos: string;
  /** The fine-grained NER tag (PERSON, ORGANIZATION, TITLE, CITY, NATIONALITY, ...) or `O`. */
  readonly ner?: string;
  readonly characterOffsetBegin: number;
  readonly characterOffsetEnd: number;
}

export interface EngineEntityMention {
  readonly text: string;
  readonly ner: string;
  /** Token range within the sentence, end exclusive. */
  readonly tokenBegin: number;
  readonly tokenEnd: number;
  readonly characterOffsetBegin: number;
  readonly characterOffsetEnd: number;
}

export interface EngineQuote {
  readonly text: string;
  readonly beginIndex: number;
  readonly endIndex: number;
  readonly speaker?: string;
  readonly canonicalSpeaker?: string;
}

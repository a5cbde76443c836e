import type { AddSourceInput } from '../../graph/write/curation-inputs';

/** What `extractArticle` made of one article, or why it made nothing. */
export type DraftOutcome =
  | {
      readonly kind: 'drafted';
      readonly sourceId: string;
      /** Draft quotes written. */
      readonly claims: number;
      /** Draft people, organizations and places the article brought that the graph did not have. */
      readonly entities: number;
      /** Quotes found with no speaker: left out, since a claim needs one. */
      readonly quotesWithoutSpeaker: number;
    }
  /** The input was refused before anything was written; `message` names the field and the reason. */
  | { readonly kind: 'refused'; readonly message: string }
  /** The NLP engine could not be reached or did not finish; nothing was written. */
  | { readonly kind: 'engine-failed'; readonly message: string };

/**
 * Extracts one article's text with the NLP engine and loads the drafts into the graph under
 * `subject`, in one transaction. Built by the composition root (src/main.ts), which alone may
 * combine the extractor with the seed loader; a server built without one refuses the mutation.
 */
export type ArticleDrafter = (subject: string, input: AddSourceInput) => Promise<DraftOutcome>;

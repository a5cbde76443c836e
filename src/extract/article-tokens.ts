import type { EngineDocument } from './engine/engine-document';

/** One engine token with the article-level facts the rules need beside it. */
export interface ArticleToken {
  /** Position in the article's token list. */
  readonly index: number;
  /** The token as written (not CoreNLP's normalised `word`, which turns `"` into `` or ''). */
  readonly text: string;
  readonly lemma: string;
  readonly pos: string;
  /** Fine-grained NER tag, `O` for none. */
  readonly ner: string;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
}

/** A sentence as a range of the article's tokens (`tokenEnd` exclusive) and of its text. */
export interface ArticleSentence {
  readonly index: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly start: number;
  readonly end: number;
}

/** The engine's sentences flattened into one token list, so rules can look across sentence ends. */
export function readArticleTokens(document: EngineDocument): {
  tokens: ArticleToken[];
  sentences: ArticleSentence[];
} {
  const tokens: ArticleToken[] = [];
  const sentences: ArticleSentence[] = [];
  document.sentences.forEach((sentence, sentenceIndex) => {
    const tokenStart = tokens.length;
    for (const token of sentence.tokens) {
      tokens.push({
        index: tokens.length,
        text: token.originalText,
        lemma: (token.lemma ?? token.word).toLowerCase(),
        pos: token.pos,
        ner: token.ner ?? 'O',
        start: token.characterOffsetBegin,
        end: token.characterOffsetEnd,
        sentence: sentenceIndex,
      });
    }
    const first = tokens[tokenStart];
    const last = tokens[tokens.length - 1];
    if (first === undefined || last === undefined || tokens.length === tokenStart) return;
    sentences.push({ index: sentenceIndex, tokenStart, tokenEnd: tokens.length, start: first.start, end: last.end });
  });
  return { tokens, sentences };
}

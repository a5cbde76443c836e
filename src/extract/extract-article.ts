import type { EngineClient } from './engine/create-engine-client';
import { extractFromEngineDocument } from './extract-from-engine-document';
import type { ExtractedArticle } from './extracted-article';

/**
 * Extracts one article: the engine annotates it, the rules read the annotations. The text is
 * used as given (offsets in the result index it); a text without a letter is refused before the
 * engine is asked.
 *
 * @throws Error when `text` holds no letter; EngineError when no engine annotated it.
 */
export async function extractArticle(client: EngineClient, text: string): Promise<ExtractedArticle> {
  if (!/\p{L}/u.test(text))
    throw new Error(`extractArticle needs a text with words, but got ${text.length} characters without a letter`);
  return extractFromEngineDocument(text, await client.annotate(text));
}

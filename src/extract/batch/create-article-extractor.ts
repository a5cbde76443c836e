import type { CoreNlpConfig } from '../../config/load-config';
import { createEngineClient } from '../engine/create-engine-client';
import { extractArticle } from '../extract-article';
import type { ExtractedArticle } from '../extracted-article';

/** Text in, extracted article out: the engine call and the rules, one article at a time. */
export type ArticleExtractor = (text: string) => Promise<ExtractedArticle>;

/**
 * The extractor over the engine servers of `config`: one client shared by every call, so the
 * round robin spreads a batch's articles over all the servers, each call with its own timeout and
 * retries on the next server (the client's contract). Engine failures reject with `EngineError`.
 */
export function createArticleExtractor(
  config: Pick<CoreNlpConfig, 'urls' | 'timeoutMs' | 'retries'>,
): ArticleExtractor {
  const client = createEngineClient(config);
  return (text) => extractArticle(client, text);
}

import type { CoreNlpConfig } from '../../config/load-config';
import type { EngineDocument } from './engine-document';
import { EngineError } from './engine-error';
import { ENGINE_PROPERTIES } from './engine-properties';
import { postToEngine } from './post-to-engine';

/** The extraction pipeline's engine stage: text in, the engine's annotations out. */
export interface EngineClient {
  /**
   * Annotates one article, trying the servers in turn: each attempt goes to the next server in
   * round robin, with its own `timeoutMs`, up to `1 + retries` attempts.
   *
   * @throws EngineError of the last attempt, its message listing every attempt's failure.
   */
  annotate(text: string, properties?: Readonly<Record<string, string>>): Promise<EngineDocument>;
}

/** An engine client over `config.urls`; the round robin is shared by every call on this client. */
export function createEngineClient(config: Pick<CoreNlpConfig, 'urls' | 'timeoutMs' | 'retries'>): EngineClient {
  if (config.urls.length === 0) throw new Error('createEngineClient needs at least one engine URL, but got none');
  let next = 0;
  return {
    async annotate(text, properties = ENGINE_PROPERTIES) {
      const failures: EngineError[] = [];
      for (let attempt = 0; attempt <= config.retries; attempt += 1) {
        const url = config.urls[next % config.urls.length] as string;
        next += 1;
        try {
          return await postToEngine(url, text, { properties, timeoutMs: config.timeoutMs });
        } catch (error: unknown) {
          if (!(error instanceof EngineError)) throw error;
          failures.push(error);
        }
      }
      const last = failures.at(-1) as EngineError;
      const attempts = failures.map((failure, i) => `attempt ${i + 1}: ${failure.message}`).join('; ');
      throw new EngineError(last.failure, last.url, `No CoreNLP server annotated the text (${attempts})`);
    },
  };
}

import type { EngineDocument } from './engine-document';
import { EngineError } from './engine-error';

/**
 * Sends one text to one CoreNLP server and returns its JSON. The properties go in the query string
 * URL-encoded: the server answers unencoded JSON there with `400 URISyntaxException`.
 *
 * @throws EngineError `unreachable` (connection refused, DNS, reset), `timed-out` (no full answer
 *   within `timeoutMs`) or `bad-answer` (a non-200 status, or a body without `sentences`).
 */
export async function postToEngine(
  url: string,
  text: string,
  options: { readonly properties: Readonly<Record<string, string>>; readonly timeoutMs: number },
): Promise<EngineDocument> {
  const target = `${url}/?properties=${encodeURIComponent(JSON.stringify(options.properties))}`;
  let body: string;
  let status: number;
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    const response = await fetch(target, {
      method: 'POST',
      body: text,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      signal,
    });
    status = response.status;
    body = await response.text();
  } catch (error: unknown) {
    // The abort surfaces as a DOMException or as fetch's TypeError around it, depending on the phase.
    if (signal.aborted)
      throw new EngineError('timed-out', url, `CoreNLP at ${url} did not answer within ${options.timeoutMs} ms`);
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    throw new EngineError('unreachable', url, `CoreNLP at ${url} could not be reached: ${cause}`);
  }
  if (status !== 200)
    throw new EngineError('bad-answer', url, `CoreNLP at ${url} answered ${status}: ${body.slice(0, 200)}`);
  return parseEngineAnswer(url, body);
}

function parseEngineAnswer(url: string, body: string): EngineDocument {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new EngineError(
      'bad-answer',
      url,
      `CoreNLP at ${url} answered with something not JSON: ${body.slice(0, 200)}`,
    );
  }
  const sentences = (parsed as { sentences?: unknown } | null)?.sentences;
  if (!Array.isArray(sentences))
    throw new EngineError(
      'bad-answer',
      url,
      `CoreNLP at ${url} answered JSON without a sentences list (is outputFormat json?): ${body.slice(0, 200)}`,
    );
  return parsed as EngineDocument;
}

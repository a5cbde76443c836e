import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config/load-config';
import { createEngineClient } from '../../src/extract/engine/create-engine-client';
import { EngineError } from '../../src/extract/engine/engine-error';
import { TEST_ENVIRONMENT } from '../support/test-environment';

const engineUrl = loadConfig(TEST_ENVIRONMENT).coreNlp.urls[0] as string;
// Port 9 (discard) has no listener on a developer machine or in CI.
const DEAD_URL = 'http://127.0.0.1:9';
let notCoreNlp: Server;
let notCoreNlpUrl: string;

beforeAll(async () => {
  notCoreNlp = createServer((_request, response) => response.writeHead(500).end('java.lang.OutOfMemoryError'));
  await new Promise<void>((resolve) => notCoreNlp.listen(0, '127.0.0.1', resolve));
  notCoreNlpUrl = `http://127.0.0.1:${(notCoreNlp.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => notCoreNlp.close(resolve));
});

async function failureOf(promise: Promise<unknown>): Promise<EngineError> {
  const error: unknown = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof EngineError)) throw new Error(`expected an EngineError, but got: ${String(error)}`);
  return error;
}

describe('the engine client', () => {
  it('returns sentences whose tokens carry offsets into the text as given', async () => {
    const text = 'Ms Lopez spoke.\n\nShe left £5 behind.';
    const document = await createEngineClient({ urls: [engineUrl], timeoutMs: 180_000, retries: 0 }).annotate(text);
    expect(document.sentences).toHaveLength(2);
    const tokens = document.sentences.flatMap((s) => s.tokens);
    for (const token of tokens)
      expect(text.slice(token.characterOffsetBegin, token.characterOffsetEnd)).toBe(token.originalText);
    expect(tokens.find((t) => t.originalText === 'Lopez')?.ner).toBe('PERSON');
  }, 180_000);

  it('names the URL when nothing listens there', async () => {
    const error = await failureOf(
      createEngineClient({ urls: [DEAD_URL], timeoutMs: 5_000, retries: 0 }).annotate('Hello.'),
    );
    expect(error.failure).toBe('unreachable');
    expect(error.url).toBe(DEAD_URL);
    expect(error.message).toContain(`CoreNLP at ${DEAD_URL} could not be reached`);
  });

  it('reports a timeout naming the URL when the engine takes longer than allowed', async () => {
    const error = await failureOf(
      createEngineClient({ urls: [engineUrl], timeoutMs: 1, retries: 0 }).annotate('A sentence. '.repeat(200)),
    );
    expect(error.failure).toBe('timed-out');
    expect(error.message).toContain(`CoreNLP at ${engineUrl} did not answer within 1 ms`);
  });

  it('reports a bad answer with the status and the start of the body', async () => {
    const error = await failureOf(
      createEngineClient({ urls: [notCoreNlpUrl], timeoutMs: 5_000, retries: 0 }).annotate('Hi.'),
    );
    expect(error.failure).toBe('bad-answer');
    expect(error.message).toBe(
      `No CoreNLP server annotated the text (attempt 1: CoreNLP at ${notCoreNlpUrl} answered 500: java.lang.OutOfMemoryError)`,
    );
  });

  it('moves on to the next server when one fails, and lists every failed attempt when all do', async () => {
    const client = createEngineClient({ urls: [DEAD_URL, engineUrl], timeoutMs: 180_000, retries: 1 });
    expect((await client.annotate('It works.')).sentences).toHaveLength(1);
    const error = await failureOf(
      createEngineClient({ urls: [DEAD_URL, notCoreNlpUrl], timeoutMs: 5_000, retries: 1 }).annotate('Hi.'),
    );
    expect(error.message).toMatch(
      /attempt 1: CoreNLP at http:\/\/127\.0\.0\.1:9 could not be reached.*; attempt 2: CoreNLP at .* answered 500/,
    );
  }, 180_000);
});

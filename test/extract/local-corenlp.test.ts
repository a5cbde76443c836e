import { loadConfig } from '../../src/config/load-config';
import { engineAnswers, localCoreNlpState, startLocalCoreNlp, stopLocalCoreNlp } from '../../nlp/local-corenlp';
import { TEST_CORENLP_PORT } from '../support/test-environment';

// An engine of this test's own, beside the one the other tests share; it loads no models, since
// it is never sent a text.
const PORT = TEST_CORENLP_PORT + 11;
const URL = `http://127.0.0.1:${PORT}`;
const local = loadConfig({
  CORENLP_URLS: URL,
  CORENLP_LOCAL_DATA: `.corenlp/launcher-test-${PORT}`,
  CORENLP_LOCAL_HEAP: '512m',
}).coreNlp.local;
const lines: string[] = [];
const print = (line: string) => lines.push(line);

afterAll(async () => {
  if (local !== null) await stopLocalCoreNlp(local, print);
});

describe('the local CoreNLP launcher', () => {
  it('starts a server that says it is live, and a second start is harmless', async () => {
    if (local === null) throw new Error('expected a local configuration');
    expect(await startLocalCoreNlp(local, print)).toBe('started');
    expect(await engineAnswers(URL)).toBe(true);
    expect(await startLocalCoreNlp(local, print)).toBe('already-running');
    expect(lines.at(-1)).toMatch(new RegExp(`^CoreNLP is already running \\(pid \\d+\\) at ${URL}$`));
  }, 180_000);

  it('stops it and leaves no process behind', async () => {
    if (local === null) throw new Error('expected a local configuration');
    const state = await localCoreNlpState(local);
    if (state.kind !== 'running') throw new Error(`expected it running, but got ${state.kind}`);
    await stopLocalCoreNlp(local, print);
    expect(() => process.kill(state.pid, 0)).toThrow();
    expect(await localCoreNlpState(local)).toEqual({ kind: 'stopped', url: URL });
  }, 60_000);

  it('is configured only for a loopback http:// address', () => {
    expect(loadConfig({ CORENLP_URLS: 'http://nlp.internal:9000' }).coreNlp.local).toBeNull();
    expect(loadConfig({}).coreNlp).toMatchObject({
      urls: ['http://127.0.0.1:9000'],
      local: { port: 9000, heap: '2g' },
    });
  });

  it('refuses an engine URL list with a bad entry, naming the variable', () => {
    expect(() => loadConfig({ CORENLP_URLS: 'http://a:9000,ftp://b' })).toThrow(
      'CORENLP_URLS must be comma-separated http:// or https:// server addresses such as http://127.0.0.1:9000, but got: "http://a:9000,ftp://b"',
    );
  });
});

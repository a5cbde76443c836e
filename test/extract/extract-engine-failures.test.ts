import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createArticleExtractor } from '../../src/extract/batch/create-article-extractor';
import { runExtractionBatch } from '../../src/extract/batch/run-extraction-batch';

const ARTICLE = 'Harbour plan\n\n"This will cost the town dearly," said Maria Lopez, the council leader.\n';

async function batchAgainst(url: string) {
  const input = mkdtempSync(path.join(tmpdir(), 'extract-in-'));
  const out = mkdtempSync(path.join(tmpdir(), 'extract-out-'));
  writeFileSync(path.join(input, 'harbour.txt'), ARTICLE);
  const result = await runExtractionBatch({
    files: [path.join(input, 'harbour.txt')],
    outDir: out,
    workers: 1,
    overrides: {},
    maxBytes: 100_000,
    force: false,
    extract: createArticleExtractor({ urls: [url], timeoutMs: 1_000, retries: 1 }),
    graph: { from: 'nothing', entities: [], reviewedIds: async () => new Set() },
  });
  return { result, written: readdirSync(out).filter((name) => !name.startsWith('.')) };
}

describe('an article the engine cannot annotate', () => {
  it('fails naming the file, after every attempt, when no engine listens, and writes nothing for it', async () => {
    // A port that was just free: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    const { result, written } = await batchAgainst(`http://127.0.0.1:${port}`);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]?.file).toMatch(/harbour\.txt$/);
    expect(result.failures[0]?.reason).toMatch(/No CoreNLP server annotated the text/);
    expect(written).toEqual([]);
  });

  it('fails with the file after the per-article timeout when the engine never answers', async () => {
    const silent: Server = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    try {
      const started = performance.now();
      const { result, written } = await batchAgainst(`http://127.0.0.1:${port}`);
      expect(result.failures[0]?.reason).toMatch(/did not answer within 1000 ms/);
      expect(performance.now() - started).toBeLessThan(10_000);
      expect(written).toEqual([]);
    } finally {
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});

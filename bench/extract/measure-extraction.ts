import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EngineClient } from '../../src/extract/engine/create-engine-client';
import type { EngineDocument } from '../../src/extract/engine/engine-document';

/** Every article's engine answer, with the wall time of the first (model load) and of the rest. */
export interface MeasuredRun {
  readonly documents: ReadonlyMap<string, EngineDocument>;
  readonly firstMs: number;
  /** Wall time per article over all but the first, `concurrency` at a time. */
  readonly warmMsPerArticle: number;
}

/**
 * Annotates each `<name>.txt` of `folder`: the first alone (it loads the models on a fresh
 * engine, so it is reported apart), then the rest `concurrency` at a time.
 */
export async function measureExtraction(
  client: EngineClient,
  run: {
    readonly folder: string;
    readonly names: readonly string[];
    readonly properties: Readonly<Record<string, string>>;
    readonly concurrency: number;
  },
): Promise<MeasuredRun> {
  const documents = new Map<string, EngineDocument>();
  const annotate = async (name: string) => {
    const text = readFileSync(path.join(run.folder, `${name}.txt`), 'utf8');
    documents.set(name, await client.annotate(text, run.properties));
  };
  const [first, ...rest] = run.names;
  let started = performance.now();
  if (first !== undefined) await annotate(first);
  const firstMs = performance.now() - started;
  started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < rest.length) {
      const name = rest[next] as string;
      next += 1;
      await annotate(name);
    }
  };
  await Promise.all(Array.from({ length: run.concurrency }, worker));
  const warmMsPerArticle = rest.length === 0 ? 0 : (performance.now() - started) / rest.length;
  return { documents, firstMs, warmMsPerArticle };
}

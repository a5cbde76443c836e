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
  /** The engine's CPU time (user + system) per article over all but the first; null when its pid is unknown. */
  readonly warmCpuMsPerArticle: number | null;
}

/** CPU milliseconds a process has used so far, from /proc (clock ticks are 100 a second on Linux). */
function cpuMsOf(pid: number | null): number | null {
  if (pid === null) return null;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
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
    /** The local engine's pid, to read its CPU time; null for a remote one. */
    readonly enginePid: number | null;
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
  const cpuBefore = cpuMsOf(run.enginePid);
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
  const cpuAfter = cpuMsOf(run.enginePid);
  const warmCpuMsPerArticle =
    cpuBefore === null || cpuAfter === null || rest.length === 0 ? null : (cpuAfter - cpuBefore) / rest.length;
  return { documents, firstMs, warmMsPerArticle, warmCpuMsPerArticle };
}

import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/load-config';
import { createEngineClient } from '../../src/extract/engine/create-engine-client';
import { BASELINE_PROPERTIES, ENGINE_PROPERTIES } from '../../src/extract/engine/engine-properties';
import { extractFromEngineDocument } from '../../src/extract/extract-from-engine-document';
import { localCoreNlpState } from '../../nlp/local-corenlp';
import { baselinePrediction } from './baseline-prediction';
import { measureExtraction, type MeasuredRun } from './measure-extraction';
import { runScorer, type ScorerTotals } from './run-scorer';
import { toScorerPrediction, type ScorerPrediction } from './to-scorer-prediction';

const USAGE =
  'usage: npm run bench:extract -- [articles folder] [--gold dir] [--group name=id,id,...]... [--concurrency N] [--no-baseline | --baseline-url URL]';

interface BenchOptions {
  folder: string;
  gold: string;
  groups: Map<string, string[]>;
  concurrency: number;
  baseline: boolean;
  /** Where the baseline runs; its coref needs a 4g engine, more than ours. Null: the configured engines. */
  baselineUrl: string | null;
}

/**
 * `npm run bench:extract`: extracts every article of a folder, scores the result with the set's
 * own scorer beside CoreNLP's out-of-the-box baseline on the same articles, and prints both with
 * the time per article (model load apart) and the engine's memory. `--group` adds rows for
 * subsets of article names (matched by suffix, e.g. `tuning=088,105`).
 */
async function main(argv: readonly string[]): Promise<void> {
  const options = parseOptions(argv);
  const config = loadConfig();
  const client = createEngineClient(config.coreNlp);
  const names = readdirSync(options.folder)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => file.slice(0, -4))
    .sort();
  if (names.length === 0) throw new Error(`No .txt articles in ${options.folder}`);
  const scorer = path.join(path.dirname(options.gold), 'score.mjs');
  const state = config.coreNlp.local === null ? null : await localCoreNlpState(config.coreNlp.local);
  const enginePid = state?.kind === 'running' ? state.pid : null;
  const run = { folder: options.folder, names, concurrency: options.concurrency, enginePid };
  const ours = await measureExtraction(client, { ...run, properties: ENGINE_PROPERTIES });
  const sides: Array<{ label: string; measured: MeasuredRun; predict: (name: string) => ScorerPrediction }> = [
    {
      label: 'ours',
      measured: ours,
      predict: (name) =>
        toScorerPrediction(
          extractFromEngineDocument(
            readFileSync(path.join(options.folder, `${name}.txt`), 'utf8'),
            ours.documents.get(name) as never,
          ),
        ),
    },
  ];
  if (options.baseline) {
    const baselineClient =
      options.baselineUrl === null ? client : createEngineClient({ ...config.coreNlp, urls: [options.baselineUrl] });
    const measured = await measureExtraction(baselineClient, {
      ...run,
      enginePid: options.baselineUrl === null ? enginePid : null,
      properties: BASELINE_PROPERTIES,
    });
    sides.push({
      label: 'corenlp baseline',
      measured,
      predict: (name) => baselinePrediction(measured.documents.get(name) as never),
    });
  }
  const groups = new Map([
    ['all', names],
    ...[...options.groups].map(([g, ids]) => [g, names.filter((n) => ids.some((id) => n.endsWith(id)))] as const),
  ]);
  const work = mkdtempSync(path.join(os.tmpdir(), 'bench-extract-'));
  for (const side of sides) {
    printTiming(side.label, side.measured);
    for (const [group, members] of groups) {
      const totals = scoreGroup({ work, side: side.label, group, members, gold: options.gold, scorer }, side.predict);
      printTotals(`${side.label} / ${group} (${members.length})`, totals);
    }
  }
  if (enginePid !== null) console.log(`engine memory: ${residentMegabytes(enginePid)} MB resident (pid ${enginePid})`);
  console.log(`predictions and gold subsets in ${work}`);
}

function scoreGroup(
  at: { work: string; side: string; group: string; members: readonly string[]; gold: string; scorer: string },
  predict: (name: string) => ScorerPrediction,
): ScorerTotals {
  const folder = path.join(at.work, at.side.replace(/\W+/g, '-'), at.group);
  const gold = path.join(folder, 'gold');
  const predictions = path.join(folder, 'predictions');
  mkdirSync(gold, { recursive: true });
  mkdirSync(predictions, { recursive: true });
  for (const name of at.members) {
    copyFileSync(path.join(at.gold, `${name}.json`), path.join(gold, `${name}.json`));
    writeFileSync(path.join(predictions, `${name}.json`), JSON.stringify(predict(name), null, 1));
  }
  return runScorer(at.scorer, { gold, predictions });
}

function printTiming(label: string, measured: MeasuredRun): void {
  const perMinute = measured.warmMsPerArticle === 0 ? 0 : 60_000 / measured.warmMsPerArticle;
  const cpu = measured.warmCpuMsPerArticle;
  // Wall time depends on what else the machine runs; the engine's own CPU time per article says
  // what two otherwise idle cores would do.
  const onTwoCores =
    cpu === null || cpu === 0
      ? ''
      : `; engine CPU ${(cpu / 1000).toFixed(2)} s an article = ${(120_000 / cpu).toFixed(0)} a minute on 2 idle cores`;
  console.log(
    `${label}: first article ${(measured.firstMs / 1000).toFixed(1)} s (model load on a fresh engine), then ${(measured.warmMsPerArticle / 1000).toFixed(2)} s an article = ${perMinute.toFixed(1)} articles a minute${onTwoCores}`,
  );
}

function printTotals(label: string, totals: ScorerTotals): void {
  const f = (value: number | null) => (value === null ? '  - ' : value.toFixed(2));
  const q = totals.quotes;
  const e = totals.entities;
  console.log(
    `  ${label.padEnd(34)} quotes R ${f(q.recall)} P ${f(q.precision)} speakers ${f(q.speakerAccuracy)} | people P ${f(e.people.precision)} R ${f(e.people.recall)} | orgs P ${f(e.organizations.precision)} R ${f(e.organizations.recall)} | places P ${f(e.places.precision)} R ${f(e.places.recall)}`,
  );
}

function residentMegabytes(pid: number): string {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return line?.[1] === undefined ? '?' : (Number(line[1]) / 1024).toFixed(0);
}

function parseOptions(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = {
    folder: '',
    gold: '',
    groups: new Map(),
    concurrency: 2,
    baseline: true,
    baselineUrl: null,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    const value = () => {
      const next = argv[(i += 1)];
      if (next === undefined) throw new Error(`${arg} needs a value. ${USAGE}`);
      return next;
    };
    if (arg === '--gold') options.gold = path.resolve(value());
    else if (arg === '--concurrency') options.concurrency = Number(value());
    else if (arg === '--no-baseline') options.baseline = false;
    else if (arg === '--baseline-url') options.baselineUrl = value().replace(/\/+$/, '');
    else if (arg === '--group') {
      const [name, ids] = value().split('=');
      if (name === undefined || ids === undefined)
        throw new Error(`--group must be name=id,id,..., but got: ${arg}. ${USAGE}`);
      options.groups.set(name, ids.split(','));
    } else if (arg.startsWith('--')) throw new Error(`Unknown option ${arg}. ${USAGE}`);
    else options.folder = path.resolve(arg);
  }
  options.folder ||= defaultFolder();
  options.gold ||= path.join(path.dirname(options.folder), 'gold');
  if (!existsSync(options.folder) || !existsSync(options.gold))
    throw new Error(`Articles ${options.folder} or gold ${options.gold} not found. ${USAGE}`);
  if (!Number.isInteger(options.concurrency) || options.concurrency < 1)
    throw new Error(`--concurrency must be a whole number of at least 1. ${USAGE}`);
  return options;
}

/** The development set beside the checkout (`../shared/extract-dev`), from a worktree too. */
function defaultFolder(): string {
  const candidates = [
    path.resolve('../shared/extract-dev/articles'),
    path.resolve('../../shared/extract-dev/articles'),
  ];
  return candidates.find((candidate) => existsSync(candidate)) ?? (candidates[0] as string);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

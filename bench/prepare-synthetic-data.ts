import path from 'node:path';
import {
  GENERATOR_VERSION,
  readSyntheticRunSummary,
  writeSyntheticArticles,
  type SyntheticRunSummary,
} from '../scripts/synthetic/write-synthetic-articles';

const DATA_ROOT = path.resolve(__dirname, 'data');
/** Average nodes per synthetic article (measured over 21,275 articles, seed 1); hubs.json adds 91. */
export const NODES_PER_ARTICLE = 47.1;
const HUB_NODES = 91;

/** How many articles make a graph of about `nodes` nodes. */
export function articlesFor(nodes: number): number {
  return Math.max(1, Math.round((nodes - HUB_NODES) / NODES_PER_ARTICLE));
}

/**
 * The folder of synthetic articles for (articles, seed), generated unless a complete folder of
 * the same generator version is already there (bench/data/ is git-ignored and kept between runs).
 */
export function prepareSyntheticData(
  articles: number,
  seed: number,
  print: (line: string) => void,
): { folder: string; summary: SyntheticRunSummary } {
  const folder = path.join(DATA_ROOT, `synthetic-${articles}-${seed}`);
  const cached = readSyntheticRunSummary(folder);
  if (cached !== null && cached.version === GENERATOR_VERSION && cached.articles === articles && cached.seed === seed) {
    print(`Using the cached synthetic data in ${path.relative(process.cwd(), folder)}`);
    return { folder, summary: cached };
  }
  const started = performance.now();
  const summary = writeSyntheticArticles({
    folder,
    articles,
    seed,
    progress: (done) => print(`  generated ${done} / ${articles} articles`),
  });
  print(
    `Generated ${articles} articles (${summary.nodes.toLocaleString('en')} nodes) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return { folder, summary };
}

import path from 'node:path';
import { writeSyntheticArticles } from './synthetic/write-synthetic-articles';

const USAGE = 'usage: npm run gen -- --articles N [--seed S] [--out DIR]';
const DEFAULT_OUT_ROOT = path.resolve(__dirname, '..', 'bench', 'data');

/**
 * `npm run gen`: writes synthetic seed files (same format, validator and loader as the real
 * articles) for benchmarks, into bench/data/ (git-ignored), never seed/data/.
 */
function main(argv: readonly string[]): number {
  const options = parseOptions(argv);
  if (typeof options === 'string') {
    console.error(`${options}\n${USAGE}`);
    return 2;
  }
  const out = options.out ?? path.join(DEFAULT_OUT_ROOT, `synthetic-${options.articles}-${options.seed}`);
  const insideSeed = path.relative(path.resolve(__dirname, '..', 'seed'), path.resolve(out));
  if (!insideSeed.startsWith('..') && !path.isAbsolute(insideSeed)) {
    console.error(
      `Synthetic data must not go into seed/ (it would be loaded with the real articles), but --out is ${out}`,
    );
    return 2;
  }
  const started = performance.now();
  const summary = writeSyntheticArticles({
    folder: out,
    articles: options.articles,
    seed: options.seed,
    progress: (done) => console.log(`  ${done} / ${options.articles} articles`),
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `Wrote ${summary.files} files (${(summary.bytes / 1e6).toFixed(1)} MB) to ${out} in ${seconds.toFixed(1)} s: ` +
      `${summary.nodes} nodes and ${summary.relationships} relationships when loaded ` +
      `(${((summary.nodes - summary.hubNodes) / summary.articles).toFixed(1)} nodes per article besides the hubs file).`,
  );
  const shown = path.relative(process.cwd(), path.resolve(out));
  console.log(`Load it with: npm run seed -- ${shown.startsWith('..') ? path.resolve(out) : shown || '.'} [--reset]`);
  return 0;
}

interface Options {
  readonly articles: number;
  readonly seed: number;
  readonly out: string | null;
}

function parseOptions(argv: readonly string[]): Options | string {
  let articles: number | null = null;
  let seed = 1;
  let out: string | null = null;
  for (let index = 0; index < argv.length; index += 2) {
    const flag = argv[index] as string;
    const value = argv[index + 1];
    if (value === undefined) return `${flag} needs a value`;
    switch (flag) {
      case '--articles':
        if (!/^\d+$/.test(value) || Number(value) < 1)
          return `--articles must be a whole number of at least 1, but got "${value}"`;
        articles = Number(value);
        break;
      case '--seed':
        if (!/^\d+$/.test(value)) return `--seed must be a whole number, but got "${value}"`;
        seed = Number(value);
        break;
      case '--out':
        out = value;
        break;
      default:
        return `Unknown option "${flag}"`;
    }
  }
  if (articles === null) return '--articles is required';
  return { articles, seed, out };
}

process.exit(main(process.argv.slice(2)));

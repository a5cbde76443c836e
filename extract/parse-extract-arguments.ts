import { parseArgs } from 'node:util';

export const USAGE =
  'usage: npm run extract -- <article.txt | folder>... [--out seed/drafts] [--title T --publisher P ' +
  '--published YYYY-MM-DD --url U] [--workers N] [--engine-url URL[,URL...]] [--force]';

export interface ExtractArguments {
  readonly paths: string[];
  readonly out: string;
  /** Source fields given on the command line, not yet validated (the sidecar schema does that). */
  readonly meta: Record<string, string>;
  readonly workers: number | null;
  readonly engineUrls: string | null;
  readonly force: boolean;
}

/** The command line of `npm run extract`, or a message saying what is wrong with it. */
export function parseExtractArguments(argv: readonly string[]): ExtractArguments | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string', default: 'seed/drafts' },
        title: { type: 'string' },
        publisher: { type: 'string' },
        published: { type: 'string' },
        url: { type: 'string' },
        workers: { type: 'string' },
        'engine-url': { type: 'string' },
        force: { type: 'boolean', default: false },
      },
    });
  } catch (error: unknown) {
    return `${error instanceof Error ? error.message : String(error)}. ${USAGE}`;
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) return `Name at least one article or folder. ${USAGE}`;
  const workers = values.workers === undefined ? null : Number(values.workers);
  if (workers !== null && !(Number.isInteger(workers) && workers >= 1 && workers <= 256))
    return `--workers must be a whole number from 1 to 256, but got "${values.workers}"`;
  const meta = Object.fromEntries(
    (['title', 'publisher', 'published', 'url'] as const).flatMap((key) => {
      const value = values[key];
      return value === undefined ? [] : [[key, value]];
    }),
  );
  return {
    paths: positionals,
    out: values.out,
    meta,
    workers,
    engineUrls: values['engine-url'] ?? null,
    force: values.force,
  };
}

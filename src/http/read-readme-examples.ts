import { readFileSync } from 'node:fs';
import path from 'node:path';

/** An example operation from the README: what GraphiQL preloads and a test runs. */
export interface ReadmeExample {
  /** The question in bold above the block, e.g. "Who met on Valaam?". */
  readonly title: string;
  /** The operation as written, `# expect:` lines included. */
  readonly document: string;
  /** What the answer must contain, from the block's `# expect:` lines. */
  readonly expectations: readonly string[];
}

export const README_PATH = path.resolve(__dirname, '../../README.md');

const EXAMPLE_BLOCK = /\*\*([^*\n]+)\*\*\s*\n+```graphql\n([\s\S]*?)```/g;

/**
 * Every ```graphql block of the README that follows a bold question, in order. A block without
 * such a title is not an example (the schema excerpts, say) and is left out.
 */
export function readReadmeExamples(readmePath: string = README_PATH): ReadmeExample[] {
  const readme = readFileSync(readmePath, 'utf8');
  return [...readme.matchAll(EXAMPLE_BLOCK)].map(([, title = '', document = '']) => ({
    title: title.trim(),
    document,
    expectations: [...document.matchAll(/^# expect: (.+)$/gm)].map((line) => line[1] ?? ''),
  }));
}

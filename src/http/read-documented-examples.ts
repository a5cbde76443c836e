import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** An example operation from the README or docs/: what GraphiQL preloads and a test runs. */
export interface DocumentedExample {
  /** The question in bold above the block, e.g. "Who met on Valaam?". */
  readonly title: string;
  /** The operation as written, `# expect:` lines included. */
  readonly document: string;
  /** What the answer must contain, from the block's `# expect:` lines. */
  readonly expectations: readonly string[];
  /** The role a `# token: editor` line asks for: the example is a write, sent with such a token. */
  readonly role: string | null;
  /** The page it is written in, relative to the repository (`README.md`, `docs/queries.md`). */
  readonly page: string;
}

const ROOT = path.resolve(__dirname, '../..');
export const README_PATH = path.join(ROOT, 'README.md');
const DOCS_DIR = path.join(ROOT, 'docs');

const EXAMPLE_BLOCK = /\*\*([^*\n]+)\*\*\s*\n+```graphql\n([\s\S]*?)```/g;

/** The README, then every Markdown page of docs/ by name. */
export function listDocumentationPages(): string[] {
  const docs = readdirSync(DOCS_DIR)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => path.join(DOCS_DIR, name));
  return [README_PATH, ...docs];
}

/**
 * Every ```graphql block that follows a bold question, in the README and then in docs/, in
 * order. A block without such a title is not an example (a schema excerpt, say) and is left out.
 */
export function readDocumentedExamples(pages: readonly string[] = listDocumentationPages()): DocumentedExample[] {
  return pages.flatMap((page) =>
    [...readFileSync(page, 'utf8').matchAll(EXAMPLE_BLOCK)].map(([, title = '', document = '']) => ({
      title: title.trim(),
      document,
      expectations: [...document.matchAll(/^# expect: (.+)$/gm)].map((line) => line[1] ?? ''),
      role: /^# token: (\w+)$/m.exec(document)?.[1] ?? null,
      page: path.relative(ROOT, page),
    })),
  );
}

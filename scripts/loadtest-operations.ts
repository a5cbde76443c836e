import { readFileSync } from 'node:fs';
import path from 'node:path';

/** One GraphQL request the load test sends, and what a good answer must contain. */
export interface LoadOperation {
  /** The README's question above the query, e.g. "Who met on Valaam?". */
  readonly name: string;
  /** The JSON body of the POST. */
  readonly body: string;
  /** Strings every answer must contain (the README's `# expect:` lines). */
  readonly expectations: readonly string[];
}

export const README_PATH = path.resolve(__dirname, '../README.md');

/**
 * The README's example queries (its ```graphql blocks, as test/api/readme-examples.test.ts reads
 * them), each named after the bold question above it, except the writes (`# token:`). They take their arguments as literals, so
 * there are no variables to vary; a block that declares variables would need values here.
 *
 * @throws when the README has no example, or one that declares variables.
 */
export function readReadmeOperations(readmePath: string = README_PATH): LoadOperation[] {
  const readme = readFileSync(readmePath, 'utf8');
  const blocks = [...readme.matchAll(/(?:\*\*([^*\n]+)\*\*\s*\n\s*)?```graphql\n([\s\S]*?)```/g)];
  // Examples marked `# token:` are writes: they need a token and change the graph once, so they
  // cannot be repeated under load. The load test sends the reads.
  const operations = blocks
    .filter((match) => !/^# token: /m.test(match[2] ?? ''))
    .map((match, index) => {
      const query = match[2] ?? '';
      if (/^\s*(query|mutation)\b[^{]*\$/m.test(query)) {
        throw new Error(`README example ${index + 1} declares variables; give the load test values for them`);
      }
      return {
        name: match[1]?.trim() ?? `README example ${index + 1}`,
        body: JSON.stringify({ query }),
        expectations: [...query.matchAll(/^# expect: (.+)$/gm)].map((line) => line[1] ?? ''),
      };
    });
  if (operations.length === 0) throw new Error(`${readmePath} has no \`\`\`graphql example to send`);
  return operations;
}

/**
 * Why an answer is bad, or null when it is good: it must be JSON with `data`, no `errors` (they
 * come with status 200) and every expected string.
 */
export function findAnswerProblem(operation: LoadOperation, body: string): string | null {
  let parsed: { data?: unknown; errors?: unknown };
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    return `not JSON: ${body.slice(0, 300)}`;
  }
  if (parsed.errors !== undefined) return `errors: ${JSON.stringify(parsed.errors).slice(0, 500)}`;
  if (parsed.data === undefined || parsed.data === null) return 'no data';
  const missing = operation.expectations.filter((expected) => !body.includes(expected));
  return missing.length > 0 ? `missing ${missing.map((text) => JSON.stringify(text)).join(', ')}` : null;
}

/**
 * The `extensions.code` of the first GraphQL error in a body, `NOT_JSON` when the body is not
 * JSON, or null when it carries no error with a code.
 */
export function errorCodeOf(body: string): string | null {
  try {
    const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: unknown } }[] };
    const code = parsed.errors?.[0]?.extensions?.code;
    return typeof code === 'string' ? code : null;
  } catch {
    return 'NOT_JSON';
  }
}

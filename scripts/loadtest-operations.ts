import { readDocumentedExamples } from '../src/http/read-documented-examples';

/** One GraphQL request the load test sends, and what a good answer must contain. */
export interface LoadOperation {
  /** The documented question above the query, e.g. "Who met on Valaam?". */
  readonly name: string;
  /** The JSON body of the POST. */
  readonly body: string;
  /** Strings every answer must contain (the example's `# expect:` lines). */
  readonly expectations: readonly string[];
}

/**
 * The documented example reads (README and docs/, as test/api/readme-examples.test.ts runs them),
 * each named after the bold question above it. Writes (`# token:`) need a token and change the
 * graph once, so they cannot be repeated under load. The reads take their arguments as literals,
 * so there are no variables to vary; one that declares variables would need values here.
 *
 * @throws when there is no example read, or one that declares variables.
 */
export function readDocumentedReads(): LoadOperation[] {
  const operations = readDocumentedExamples()
    .filter((example) => example.role === null)
    .map((example) => {
      if (/^\s*(query|mutation)\b[^{]*\$/m.test(example.document)) {
        throw new Error(`${example.page}: "${example.title}" declares variables; give the load test values for them`);
      }
      return {
        name: example.title,
        body: JSON.stringify({ query: example.document }),
        expectations: example.expectations,
      };
    });
  if (operations.length === 0) throw new Error('The README and docs/ have no ```graphql example read to send');
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

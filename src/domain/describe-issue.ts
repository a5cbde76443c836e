import type { ZodIssue } from 'zod';

/** A JSON path as problems print it: `people[2].aliases[0]`, or `(top level)` for the root. */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(top level)';
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}

/**
 * A union's own message ("Invalid input") says nothing; the issues of the option the value was
 * meant as (the one that got past the type check) say what is wrong with it.
 */
export function closestIssues(issue: ZodIssue): ZodIssue[] {
  if (issue.code !== 'invalid_union') return [issue];
  const options = issue.unionErrors.map((error) => error.issues);
  const meant = options.find(
    (issues) => !issues.some((option) => option.code === 'invalid_type' && option.path.length === issue.path.length),
  );
  return (meant ?? options[0] ?? [issue]).flatMap(closestIssues);
}

/** A zod issue in the seed validator's words. */
export function describeIssue(issue: ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown field(s) ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
  if (issue.code === 'invalid_type' && issue.received === 'undefined') return `is required (${issue.expected})`;
  return issue.message;
}

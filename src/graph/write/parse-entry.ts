import { randomBytes } from 'node:crypto';
import type { ZodType, ZodTypeDef } from 'zod';
import { foldForm } from '../../domain/fold-form';
import { describeIssue, formatPath } from '../../domain/describe-issue';
import { invalidInput } from '../../errors/error-codes';
import { ID_PREFIX_OF_LABEL, type NodeLabel } from '../graph-model';

/**
 * Checks a mutation's input with the seed format's own schema (src/domain/seed-file-schema.ts), so the
 * API accepts exactly what a seed file may say. Problems name the API's field: `renames` maps a
 * seed field (`speaker`) to the input field it came from (`speakerId`). Throws BAD_USER_INPUT
 * listing every problem.
 */
export function parseEntry<Output>(
  schema: ZodType<Output, ZodTypeDef, unknown>,
  value: Record<string, unknown>,
  renames: Readonly<Record<string, string>> = {},
): Output {
  // GraphQL sends null for an omitted optional field; the seed format leaves the field out.
  const present = Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== null && field !== undefined),
  );
  const parsed = schema.safeParse(present);
  if (parsed.success) return parsed.data;
  throw invalidInput(
    parsed.error.issues.map((issue) => {
      const path = issue.path.map((part, i) => (i === 0 && typeof part === 'string' ? (renames[part] ?? part) : part));
      return `input.${formatPath(path)}: ${describeIssue(issue)}`;
    }),
  );
}

/** Throws BAD_USER_INPUT with `problems` unless there are none. */
export function refuseIfAny(problems: readonly string[]): void {
  if (problems.length > 0) throw invalidInput(problems);
}

/**
 * A fresh id for a node of `label` named `name`: the seed format's `<type>:<slug>` with a random
 * suffix, so two writers naming things alike do not collide.
 */
export function newNodeId(label: NodeLabel, name: string): string {
  const slug = foldForm(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `${ID_PREFIX_OF_LABEL[label]}:${slug === '' ? 'node' : slug}-${randomBytes(3).toString('hex')}`;
}

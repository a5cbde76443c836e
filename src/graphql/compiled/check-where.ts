import type { QueryLimits } from '../../config/load-config';
import { badUserInput } from '../../errors/error-codes';
import { WHERE_TABLE, type WhereKind } from '../../graph/compile/where-table';
import { precisionOf } from '../../domain/partial-dates';

const MAX_TEXT = 500;
const ISO_PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * A `where` argument with its null fields dropped (a null filter means "no condition") and its
 * values checked: dates are real ISO 8601 partial dates, texts at most 500 characters, `in`
 * lists at most the page size, and `text.matches` only at the top level of the root claims list
 * (`allowMatches`), where it can start the match from the full-text index. Errors are
 * BAD_USER_INPUT naming the argument path, e.g. `where.speaker.name.contains`.
 */
/** How a where is checked: the bounds, whether `text.matches` may appear, and its path so far. */
export interface WhereCheck {
  readonly limits: QueryLimits;
  readonly allowMatches: boolean;
  /** The argument path for errors; `where` at the top. */
  readonly path?: string;
}

export function checkWhere(
  kind: WhereKind,
  where: Readonly<Record<string, unknown>>,
  { limits, allowMatches, path = 'where' }: WhereCheck,
): Record<string, unknown> {
  const checked: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(where)) {
    if (value === null || value === undefined) continue;
    const at = `${path}.${name}`;
    let result: unknown;
    if (name === 'AND' || name === 'OR') {
      result = (value as Record<string, unknown>[]).map((part, index) =>
        checkWhere(kind, part, { limits, allowMatches: false, path: `${at}[${index}]` }),
      );
    } else if (name === 'NOT')
      result = checkWhere(kind, value as Record<string, unknown>, { limits, allowMatches: false, path: at });
    else result = checkField({ kind, name, value }, { limits, allowMatches, path: at });
    // A filter left without conditions (`{eq: null}`) asks for nothing.
    if (!isEmptyObject(result)) checked[name] = result;
  }
  return checked;
}

function checkField(
  { kind, name, value }: { readonly kind: WhereKind; readonly name: string; readonly value: unknown },
  { limits, allowMatches, path: at = 'where' }: WhereCheck,
): unknown {
  const field = WHERE_TABLE[kind][name];
  if (field === undefined) throw new Error(`${kind}Where.${name} has no entry in the filter table`);
  if (field.kind === 'disputed' || field.kind === 'retracted') return value;
  const filter = value as Record<string, unknown>;
  if (field.kind === 'single') return checkWhere(field.target, filter, { limits, allowMatches: false, path: at });
  if (field.kind === 'review') return checkReview(filter, { limits, allowMatches, path: at });
  if (field.kind === 'count') return checkCount(filter, at);
  const checked: Record<string, unknown> = {};
  for (const [operator, operand] of Object.entries(filter)) {
    if (operand === null || operand === undefined) continue;
    const where = `${at}.${operator}`;
    if (field.kind === 'relation') {
      checked[operator] = checkWhere(field.target, operand as Record<string, unknown>, {
        limits,
        allowMatches: false,
        path: where,
      });
      continue;
    }
    if (operator === 'matches' && !allowMatches)
      throw badUserInput(where, 'used only at the top level of the root claims(where:), not nested', operand);
    if (Array.isArray(operand) && operand.length > limits.maxPageSize)
      throw badUserInput(where, `at most ${limits.maxPageSize} values`, `${operand.length} values`);
    if (typeof operand === 'string' && operand.length > MAX_TEXT)
      throw badUserInput(
        where,
        `at most ${MAX_TEXT} characters`,
        `${operand.slice(0, 40)}… (${operand.length} characters)`,
      );
    if (field.kind === 'date' && (!ISO_PARTIAL_DATE.test(operand as string) || precisionOf(operand as string) === null))
      throw badUserInput(where, 'an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD', operand);
    checked[operator] = operand;
  }
  return checked;
}

/** `{status: {eq, in}}` with its nulls dropped; an empty status asks for nothing. */
function checkReview(filter: Record<string, unknown>, { limits, path: at = 'where' }: WhereCheck): unknown {
  const status = (filter.status ?? {}) as Record<string, unknown>;
  const checked = Object.fromEntries(Object.entries(status).filter(([, operand]) => operand !== null));
  const values = checked.in;
  if (Array.isArray(values) && values.length > limits.maxPageSize)
    throw badUserInput(`${at}.status.in`, `at most ${limits.maxPageSize} values`, `${values.length} values`);
  return Object.keys(checked).length === 0 ? {} : { status: checked };
}

/** `{count: {gte: 2}}` with its null operators dropped; each operand a count, from 0. */
function checkCount(filter: Record<string, unknown>, at: string): Record<string, unknown> {
  const count = (filter.count ?? {}) as Record<string, unknown>;
  const checked: Record<string, unknown> = {};
  for (const [operator, operand] of Object.entries(count)) {
    if (operand === null || operand === undefined) continue;
    if (typeof operand !== 'number' || operand < 0)
      throw badUserInput(`${at}.count.${operator}`, 'a count of 0 or more', operand);
    checked[operator] = operand;
  }
  return Object.keys(checked).length === 0 ? {} : { count: checked };
}

function isEmptyObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
}

import { coerceInputValue, GraphQLError, isInputObjectType, type GraphQLSchema } from 'graphql';
import type { QueryLimits } from '../../config/load-config';
import { badUserInput, ErrorCode } from '../../errors/error-codes';
import { checkWhere } from './check-where';

/** A `where` given as text outside GraphQL (a query parameter), to read as a ClaimWhere. */
export interface ClaimWhereText {
  /** The schema whose `ClaimWhere` input type the text must fit. */
  readonly schema: GraphQLSchema;
  readonly text: string;
  readonly limits: QueryLimits;
  /** Leave graphql-js's "Did you mean …?" out, as GraphQL errors do in production. */
  readonly hideSuggestions: boolean;
}

/** The argument path graphql-js reports, as `where.AND[0].kind.eq`. */
function nameOf(path: readonly (string | number)[]): string {
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('');
}

/**
 * A ClaimWhere written as JSON (e.g. `{"speaker": {"id": {"eq": "person:vladimir-putin"}}}`),
 * read exactly as `claims(where:)` reads its argument: coerced by graphql-js against the
 * schema's ClaimWhere (unknown fields, wrong types and unknown enum values refused), then
 * checked by checkWhere with `text.matches` refused. Errors are BAD_USER_INPUT naming the
 * parameter path (`where`, `where.kind.eq`), the first problem found.
 */
export function parseClaimWhere({ schema, text, limits, hideSuggestions }: ClaimWhereText): Record<string, unknown> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw badUserInput('where', 'a ClaimWhere as a JSON object', text.length > 80 ? `${text.slice(0, 80)}…` : text);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw badUserInput('where', 'a ClaimWhere as a JSON object', json);
  const type = schema.getType('ClaimWhere');
  if (!isInputObjectType(type)) throw new Error('The schema has no ClaimWhere input type');
  const problems: GraphQLError[] = [];
  const report = (path: readonly (string | number)[], _invalid: unknown, error: GraphQLError) => {
    const name = `where${nameOf(path)}`;
    problems.push(
      new GraphQLError(`${name} must fit ClaimWhere, as in claims(where:): ${error.message}`, {
        extensions: { code: ErrorCode.BadUserInput, argumentName: name },
      }),
    );
  };
  const coerced = coerceInputValue(json, type, report, hideSuggestions) as Record<string, unknown>;
  const [first] = problems;
  if (first !== undefined) throw first;
  return checkWhere('Claim', coerced, { limits, allowMatches: false });
}

import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '../errors/error-codes';

/**
 * A field's cost multiplies with the size of what it returns: `first` for pages and search,
 * `limit` (times `depth`) for neighbourhoods, `maxLength` for paths. Defaults mirror the schema's.
 */
const sizeEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  const own = 1 + childComplexity;
  if (field.name === 'neighborhood') {
    const limit = numberOr(args.limit, 200);
    const depth = numberOr(args.depth, 1);
    return limit * depth + own;
  }
  if (field.name === 'path') return numberOr(args.maxLength, 6) * own;
  if (field.name === 'nodes' && Array.isArray(args.ids)) return Math.max(1, args.ids.length) * own;
  if ('first' in args) return Math.max(1, numberOr(args.first, 10)) * own;
  return undefined;
};

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** One validated operation, with the variables it will run with. */
export interface CostedOperation {
  readonly schema: GraphQLSchema;
  readonly document: DocumentNode;
  readonly operationName: string | null | undefined;
  readonly variables: Record<string, unknown> | null | undefined;
  readonly maxCost: number;
}

/**
 * Throws QUERY_TOO_COMPLEX when the operation's estimated cost exceeds `maxCost`, and
 * BAD_USER_INPUT when its variables do not coerce (the cost is computed from them, so `first: $n`
 * costs what `$n` says). Returns nothing for an operation within the limit. Both errors carry
 * HTTP status 400 for POST /graphql.
 */
export function checkOperationCost(operation: CostedOperation): void {
  let cost: number;
  try {
    cost = getComplexity({
      schema: operation.schema,
      query: operation.document,
      operationName: operation.operationName ?? undefined,
      variables: operation.variables ?? {},
      estimators: [sizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch (error: unknown) {
    // getComplexity coerces the variables first; a variable of the wrong type is the client's
    // error, reported as execution would report it.
    throw new GraphQLError(error instanceof Error ? error.message : 'Invalid variables', {
      extensions: { code: ErrorCode.BadUserInput, http: { status: 400 } },
    });
  }
  const { maxCost } = operation;
  if (cost > maxCost) {
    throw new GraphQLError(
      `The query's estimated cost is ${cost}, above the limit of ${maxCost}; ask for fewer items or less nesting.`,
      { extensions: { code: ErrorCode.QueryTooComplex, cost, maxCost, http: { status: 400 } } },
    );
  }
}

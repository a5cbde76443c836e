import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '../../errors/error-codes';

/**
 * A field's cost multiplies with the size of what it returns: `first` (or `last`) for pages, lists and
 * search (a list without `first`, such as `mentionedIn`, is estimated at LIST_SIZE_ESTIMATE
 * items: most hold a few, and the page maximum bounds the rest at execution), `limit`
 * (times `depth`) for neighbourhoods, `limit` for the claim network, `maxLength` for paths. A
 * `where` adds its conditions to the cost of each item, a relationship condition
 * (`some`/`none`/`all`, a claim's speaker or source) ten, since it is a subquery per item.
 * Defaults mirror the schema's.
 */
const LIST_SIZE_ESTIMATE = 10;

const sizeEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  const own = 1 + childComplexity + whereCost(args.where);
  if (field.name === 'neighborhood') {
    const limit = numberOr(args.limit, 200);
    const depth = numberOr(args.depth, 1);
    return limit * depth + own;
  }
  if (field.name === 'claimNetwork') return numberOr(args.limit, 200) + own;
  if (field.name === 'path') return numberOr(args.maxLength, 6) * own;
  if (field.name === 'nodes' && Array.isArray(args.ids)) return Math.max(1, args.ids.length) * own;
  // A backward page (`last`) returns as many items as a forward one; `first` keeps its default
  // in the arguments then, but does not apply.
  if (field.args.some((argument) => argument.name === 'first')) {
    const size = typeof args.last === 'number' ? args.last : numberOr(args.first, LIST_SIZE_ESTIMATE);
    return Math.max(1, size) * own;
  }
  return undefined;
};

const SUBQUERY_FILTERS = new Set(['some', 'none', 'all', 'speaker', 'source']);
const SUBQUERY_COST = 10;

/** One per condition of a where, plus SUBQUERY_COST per relationship condition. */
function whereCost(where: unknown): number {
  if (Array.isArray(where)) return where.reduce((sum: number, part) => sum + whereCost(part), 0);
  if (typeof where !== 'object' || where === null) return 0;
  return Object.entries(where).reduce(
    (sum, [name, value]) => sum + 1 + (SUBQUERY_FILTERS.has(name) ? SUBQUERY_COST : 0) + whereCost(value),
    0,
  );
}

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
  refuseCostAbove(estimateOperationCost(operation), operation.maxCost);
}

/** The operation's estimated cost; throws BAD_USER_INPUT when its variables do not coerce. */
export function estimateOperationCost(operation: Omit<CostedOperation, 'maxCost'>): number {
  try {
    return getComplexity({
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
}

/** Throws QUERY_TOO_COMPLEX (HTTP 400) when `cost` exceeds `maxCost`. */
export function refuseCostAbove(cost: number, maxCost: number): void {
  if (cost > maxCost) {
    throw new GraphQLError(
      `The query's estimated cost is ${cost}, above the limit of ${maxCost}; ask for fewer items or less nesting.`,
      { extensions: { code: ErrorCode.QueryTooComplex, cost, maxCost, http: { status: 400 } } },
    );
  }
}

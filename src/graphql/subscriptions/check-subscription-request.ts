import {
  getOperationAST,
  GraphQLError,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import type { QueryLimits } from '../../config/load-config';
import { ErrorCode } from '../../errors/error-codes';
import { checkOperationCost } from '../operation/check-operation-cost';

/** What a graphql-ws client sends in a `subscribe` message. */
export interface SubscribeRequest {
  readonly query: string;
  readonly operationName?: string | null;
  readonly variables?: Record<string, unknown> | null;
}

/** A request that passed every check, ready for graphql's `subscribe`. */
export interface CheckedSubscription {
  readonly schema: GraphQLSchema;
  readonly document: DocumentNode;
  readonly operationName: string | undefined;
  readonly variableValues: Record<string, unknown> | undefined;
}

export interface SubscriptionChecks {
  readonly schema: GraphQLSchema;
  readonly limits: QueryLimits;
  /** The query-shape rules POST /graphql validates with (protectQueryShape). */
  readonly shapeRules: readonly ValidationRule[];
}

/**
 * Checks a subscription sent over the WebSocket as POST /graphql checks an operation, in the same
 * order and with the same error codes, before anything runs: the token limit at parse time
 * (GRAPHQL_PARSE_FAILED), graphql's rules and the depth, alias and directive limits
 * (GRAPHQL_VALIDATION_FAILED), then the cost with the variables (QUERY_TOO_COMPLEX). Only a
 * subscription is served on the socket; anything else is a BAD_REQUEST. Returns the errors, or
 * the execution arguments when there are none.
 */
export function checkSubscriptionRequest(
  checks: SubscriptionChecks,
  request: SubscribeRequest,
): GraphQLError[] | CheckedSubscription {
  const { schema, limits } = checks;
  let document: DocumentNode;
  try {
    document = parse(request.query, { maxTokens: limits.maxTokens });
  } catch (error: unknown) {
    if (!(error instanceof GraphQLError)) throw error;
    return [withCode(error, ErrorCode.GraphqlParseFailed)];
  }
  const invalid = validate(schema, document, [...specifiedRules, ...checks.shapeRules]);
  if (invalid.length > 0) return invalid.map((error) => withCode(error, ErrorCode.GraphqlValidationFailed));
  const operationName = request.operationName ?? undefined;
  const operation = getOperationAST(document, operationName);
  if (!operation)
    return [
      new GraphQLError(
        `Expected one operation to run, named by operationName when the document has several, but got operationName: ${JSON.stringify(operationName ?? null)}`,
        { extensions: { code: ErrorCode.OperationResolutionFailure } },
      ),
    ];
  if (operation.operation !== OperationTypeNode.SUBSCRIPTION)
    return [
      new GraphQLError(
        `Only subscriptions are served over WebSocket, but got a ${operation.operation}; send queries and mutations to POST /graphql`,
        { extensions: { code: ErrorCode.BadRequest } },
      ),
    ];
  const variableValues = request.variables ?? undefined;
  try {
    checkOperationCost({ schema, document, operationName, variables: variableValues, maxCost: limits.maxCost });
  } catch (error: unknown) {
    if (!(error instanceof GraphQLError)) throw error;
    return [error];
  }
  return { schema, document, operationName, variableValues };
}

/** The error as Apollo reports it for the same failure: its message and nodes, with `code`. */
function withCode(error: GraphQLError, code: ErrorCode): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.nodes === undefined ? error.source : undefined,
    positions: error.nodes === undefined ? error.positions : undefined,
    originalError: error.originalError ?? error,
    extensions: { ...error.extensions, code },
  });
}

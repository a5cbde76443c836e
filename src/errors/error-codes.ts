import { GraphQLError } from 'graphql';

/**
 * Every code a client may see in `extensions.code`, over GraphQL and plain HTTP alike. Apollo's
 * own codes are listed too, so this is the whole catalogue a client has to handle.
 */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  BadRequest = 'BAD_REQUEST',
  NotFound = 'NOT_FOUND',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  QueryTooComplex = 'QUERY_TOO_COMPLEX',
  GraphqlParseFailed = 'GRAPHQL_PARSE_FAILED',
  GraphqlValidationFailed = 'GRAPHQL_VALIDATION_FAILED',
  OperationResolutionFailure = 'OPERATION_RESOLUTION_FAILURE',
  PersistedQueryNotFound = 'PERSISTED_QUERY_NOT_FOUND',
  PersistedQueryNotSupported = 'PERSISTED_QUERY_NOT_SUPPORTED',
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  InternalServerError = 'INTERNAL_SERVER_ERROR',
  /** No token where one is needed, or a token that does not verify (HTTP 401). */
  Unauthenticated = 'UNAUTHENTICATED',
  /** A valid token without the role the operation needs. */
  Forbidden = 'FORBIDDEN',
  /** A write based on a stale `expectedVersion`, or that collides with the graph as it is. */
  Conflict = 'CONFLICT',
  /** Too many writes by one subject in the rate window. */
  RateLimited = 'RATE_LIMITED',
}

/**
 * The HTTP status each code answers with when it ends a request outside GraphQL execution (a
 * plain HTTP route, or a request refused before execution). Inside an executed GraphQL
 * operation errors travel with status 200, as GraphQL over HTTP prescribes.
 */
export const HTTP_STATUS_OF_CODE: Readonly<Record<ErrorCode, number>> = {
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.BadRequest]: 400,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.PayloadTooLarge]: 413,
  [ErrorCode.QueryTooComplex]: 400,
  [ErrorCode.GraphqlParseFailed]: 400,
  [ErrorCode.GraphqlValidationFailed]: 400,
  [ErrorCode.OperationResolutionFailure]: 400,
  [ErrorCode.PersistedQueryNotFound]: 400,
  [ErrorCode.PersistedQueryNotSupported]: 400,
  [ErrorCode.ServiceUnavailable]: 503,
  [ErrorCode.InternalServerError]: 500,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.RateLimited]: 429,
};

/** Codes whose messages were written for clients and may reach them unchanged. */
export const CLIENT_ERROR_CODES: ReadonlySet<string> = new Set(
  Object.values(ErrorCode).filter(
    (code) => code !== ErrorCode.InternalServerError && code !== ErrorCode.ServiceUnavailable,
  ),
);

/** An argument outside its documented range, naming the argument, the range and the value. */
export function badUserInput(argument: string, expected: string, received: unknown): GraphQLError {
  return new GraphQLError(`${argument} must be ${expected}, but got: ${JSON.stringify(received)}`, {
    extensions: { code: ErrorCode.BadUserInput, argumentName: argument },
  });
}

/** Input that breaks the graph's rules (a quote not in its source, an alias clash, …), every problem listed. */
export function invalidInput(problems: readonly string[]): GraphQLError {
  return new GraphQLError(`The input was refused: ${problems.join('; ')}`, {
    extensions: { code: ErrorCode.BadUserInput, problems },
  });
}

/** A write that the graph as it is now does not allow, e.g. based on a stale version. */
export function conflict(message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Conflict, ...details } });
}

/** No node has `id`; `argument` names where the id was given. */
export function notFound(argument: string, id: string): GraphQLError {
  return new GraphQLError(`No node has the id ${JSON.stringify(id)}`, {
    extensions: { code: ErrorCode.NotFound, argumentName: argument },
  });
}

/** A relationship that a removal names but the graph does not have; `message` names both ends. */
export function relationshipNotFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.NotFound } });
}

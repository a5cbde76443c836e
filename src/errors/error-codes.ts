import { GraphQLError } from 'graphql';

/** Every code a client may see in `extensions.code`. */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  NotFound = 'NOT_FOUND',
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  QueryTooComplex = 'QUERY_TOO_COMPLEX',
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

/** A node an operation works on does not exist. */
export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.NotFound } });
}

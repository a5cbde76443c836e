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

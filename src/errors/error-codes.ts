import { GraphQLError } from 'graphql';

/** Every code a client may see in `extensions.code`. */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  NotFound = 'NOT_FOUND',
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  QueryTooComplex = 'QUERY_TOO_COMPLEX',
  InternalServerError = 'INTERNAL_SERVER_ERROR',
}

/** An argument outside its documented range, naming the argument, the range and the value. */
export function badUserInput(argument: string, expected: string, received: unknown): GraphQLError {
  return new GraphQLError(`${argument} must be ${expected}, but got: ${JSON.stringify(received)}`, {
    extensions: { code: ErrorCode.BadUserInput, argumentName: argument },
  });
}

import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors/error-codes';

/** No usable token: HTTP 401 when it stops the whole request (Apollo reads `extensions.http`). */
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Unauthenticated, http: { status: 401 } } });
}

/** A valid token that lacks the role an operation needs. */
export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Forbidden } });
}

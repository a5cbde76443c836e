import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { CLIENT_ERROR_CODES, ErrorCode } from '../../errors/error-codes';
import { DatabaseUnavailableError } from '../../graph/database-unavailable-error';
import type { GraphQLContext } from '../context/context';

/**
 * Apollo's `formatError`: errors meant for clients pass; a database outage becomes
 * SERVICE_UNAVAILABLE; anything else (a bug, a driver message, Cypher) is masked as
 * INTERNAL_SERVER_ERROR. The masked detail is logged by `errorLoggingPlugin`.
 */
export function maskError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DatabaseUnavailableError) {
    return { message: original.message, path: formatted.path, extensions: { code: ErrorCode.ServiceUnavailable } };
  }
  const code = formatted.extensions?.code;
  // A resolver's own SERVICE_UNAVAILABLE (the NLP engine down) was written for clients.
  if (code === ErrorCode.ServiceUnavailable && original instanceof GraphQLError)
    return { message: formatted.message, path: formatted.path, extensions: { code } };
  if (
    typeof code === 'string' &&
    CLIENT_ERROR_CODES.has(code) &&
    (original instanceof GraphQLError || original === error)
  ) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: ErrorCode.InternalServerError },
  };
}

/** Logs every error with the full detail under the request id, and puts that id on each error. */
export function errorLoggingPlugin(logger: Logger): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            const expected =
              error.extensions?.code !== undefined && CLIENT_ERROR_CODES.has(error.extensions.code as string);
            logger[expected ? 'info' : 'error'](
              { requestId: contextValue.requestId, operationName, path: error.path, err: original },
              expected ? 'GraphQL request refused' : 'GraphQL request failed',
            );
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (errors === undefined) return;
          response.body.singleResult.errors = errors.map((error) => ({
            ...error,
            extensions: { ...error.extensions, requestId: contextValue.requestId },
          }));
        },
      };
    },
  };
}

import type { GraphQLFormattedError } from 'graphql';
import { hideSuggestions } from './hide-suggestions';
import { maskError } from './mask-errors';

/** Turns an error on its way to a client into what the client may see (Apollo's formatError). */
export type ErrorFormatter = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * The one formatter of client-facing errors, for POST /graphql and the WebSocket: unexpected
 * errors masked (maskError) and, in production, graphql-js's "Did you mean ...?" dropped.
 */
export function createErrorFormatter(production: boolean): ErrorFormatter {
  return production ? (formatted, error) => hideSuggestions(maskError(formatted, error)) : maskError;
}

import type { GraphQLFormattedError } from 'graphql';

// graphql-js ends a message with its suggestion, in three shapes: ` Did you mean "first"?`,
// ` Did you mean "a", "b", or "c"?` and ` Did you mean the enum value "PERSON"?`. graphql-armor's
// mask matches only the first two, and Apollo's own plugin sees only validation errors, not the
// same suggestion in a variable that fails coercion.
const SUGGESTION = /\s*Did you mean .*\?$/s;

/**
 * Drops graphql-js's "Did you mean ...?" from an error message: with introspection off, it would
 * still spell out field, type and enum names to anyone guessing. Other messages pass unchanged.
 */
export function hideSuggestions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  return SUGGESTION.test(formatted.message)
    ? { ...formatted, message: formatted.message.replace(SUGGESTION, '') }
    : formatted;
}

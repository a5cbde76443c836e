/**
 * The one way the explorer talks to the server: POST application/json to /graphql. Every
 * failure (network, HTTP status, GraphQL errors) becomes an ApiError with a message a person
 * can act on, so callers show it instead of swallowing it.
 */

const ENDPOINT = '/graphql';

export class ApiError extends Error {
  /**
   * @param {string} message
   * @param {string | null} code the server's `extensions.code`, e.g. NOT_FOUND, when it sent one
   */
  constructor(message, code = null) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

/**
 * Runs one GraphQL operation and returns its `data`. Throws ApiError when the request fails or
 * the response carries any error: a partial result would silently hide missing nodes.
 * @template Data
 * @param {string} query
 * @param {Record<string, unknown>} [variables]
 * @returns {Promise<Data>}
 */
export async function requestGraphQL(query, variables = {}) {
  let response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new ApiError(
      `The server did not answer (${error instanceof Error ? error.message : String(error)})`,
      'NETWORK_ERROR',
    );
  }
  const body = await readJsonBody(response);
  const firstError = body?.errors?.[0];
  if (firstError !== undefined) {
    const code = firstError.extensions?.code ?? null;
    throw new ApiError(String(firstError.message ?? 'Unknown GraphQL error'), code);
  }
  if (!response.ok || body === null || body.data === undefined || body.data === null) {
    throw new ApiError(`The server answered HTTP ${response.status} without data`, `HTTP_${response.status}`);
  }
  return body.data;
}

/**
 * The parsed body, or null when it is not JSON (a proxy's HTML error page, say).
 * @param {Response} response
 */
async function readJsonBody(response) {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

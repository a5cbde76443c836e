/**
 * The one way the explorer talks to the server: POST application/json to /graphql. Every
 * failure (network, HTTP status, GraphQL errors) becomes an ApiError with a message a person
 * can act on, so callers show it instead of swallowing it. With an editor token set (the review
 * panel), every request carries it as `Authorization: Bearer`; without one, none does.
 */
import { forgetEditorToken, readEditorToken, TOKEN_REFUSED_EVENT } from './editor-token.js';

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
  const token = readEditorToken();
  try {
    return await sendGraphQL(query, variables, token);
  } catch (error) {
    // A refused token (expired, forged, from another server) would fail every read a reader may
    // make without one: forget it, say so once, and answer this request as a reader's.
    if (token === null || !(error instanceof ApiError) || error.code !== 'UNAUTHENTICATED') throw error;
    forgetEditorToken();
    window.dispatchEvent(new CustomEvent(TOKEN_REFUSED_EVENT, { detail: error.message }));
    return sendGraphQL(query, variables, null);
  }
}

/**
 * @param {string} query
 * @param {Record<string, unknown>} variables
 * @param {string | null} token
 */
async function sendGraphQL(query, variables, token) {
  /** @type {Record<string, string>} */
  const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
  if (token !== null) headers.authorization = `Bearer ${token}`;
  let response;
  try {
    response = await fetch(ENDPOINT, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
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

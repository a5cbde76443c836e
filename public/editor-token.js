/**
 * The editor's bearer token, kept for this tab only (sessionStorage): it grants writes, so it
 * must not outlive the tab or reach other tabs the way localStorage would. The GraphQL client
 * reads it on every request; the review panel sets and forgets it.
 */

const STORAGE_KEY = 'kg-explorer-editor-token';

/** Fired on window when the server refuses the stored token, with the server's message. */
export const TOKEN_REFUSED_EVENT = 'editor-token-refused';

/**
 * The stored token, or null when none is set (or storage is unavailable, as in some private
 * windows: the explorer then simply works as for a reader).
 * @returns {string | null}
 */
export function readEditorToken() {
  try {
    const token = sessionStorage.getItem(STORAGE_KEY);
    return token === null || token.trim() === '' ? null : token;
  } catch {
    return null;
  }
}

/** @param {string} token */
export function saveEditorToken(token) {
  sessionStorage.setItem(STORAGE_KEY, token.trim());
}

export function forgetEditorToken() {
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing was stored, so there is nothing to forget.
  }
}

/**
 * A token as pasted: "Bearer " and surrounding whitespace dropped, since people copy whole headers.
 * @param {string} pasted
 */
export function cleanPastedToken(pasted) {
  return pasted.trim().replace(/^bearer\s+/i, '');
}

/**
 * Turns what a person types into a path-finder box into a node: an id as it is, anything else
 * through search (the best hit).
 */
import { searchNodes } from './graph-queries.js';

/** Ids look like `person:vladimir-putin`: a lower-case type, a colon, no spaces. */
const NODE_ID = /^[a-z]+:\S+$/;

/**
 * @param {string} text
 * @returns {Promise<{ id: string, label: string } | null>} null when search finds nothing
 */
export async function resolveNodeReference(text) {
  if (NODE_ID.test(text)) return { id: text, label: text };
  const [best] = await searchNodes(text, 1);
  return best === undefined ? null : { id: best.id, label: best.label };
}

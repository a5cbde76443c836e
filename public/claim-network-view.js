/**
 * "Who speaks about whom": draws the API's claimNetwork (one SPOKE_ABOUT edge from each speaker
 * to each subject, weighted by the number of claims) in place of the current graph, each edge
 * as wide as its weight and labelled with it. Self-contained: explore.js hands it the button, the
 * status line and a way to replace the drawn graph.
 */
import { requestGraphQL } from './graphql-client.js';

/** @typedef {import('./graph-queries.js').Graph} Graph */

/** How many speakers and subjects the view draws: the heaviest edges' ends first. */
export const CLAIM_NETWORK_LIMIT = 200;

const THINNEST = 1.5;
const THICKEST = 12;

const CLAIM_NETWORK = `query ClaimNetwork($limit: Int) {
  claimNetwork(limit: $limit) {
    nodes { id type label degree properties } edges { id type source target basis properties } truncated
  }
}`;

/**
 * The claim network of every claim not retracted, at most `limit` nodes.
 * @param {number} limit
 * @returns {Promise<Graph>}
 */
export async function fetchClaimNetwork(limit) {
  /** @type {{ claimNetwork: Graph }} */
  const data = await requestGraphQL(CLAIM_NETWORK, { limit });
  return data.claimNetwork;
}

/**
 * A width in pixels growing with the square root of the weight, so one speaker's dozens of
 * claims about a subject do not swallow everything else: THINNEST for one claim, THICKEST for
 * the heaviest edge drawn.
 * @param {number} weight
 * @param {number} heaviest
 */
export function edgeWidthOf(weight, heaviest) {
  if (heaviest <= 1) return THINNEST;
  return THINNEST + ((THICKEST - THINNEST) * (Math.sqrt(weight) - 1)) / (Math.sqrt(heaviest) - 1);
}

/**
 * Sets the width and label of every drawn SPOKE_ABOUT edge from its weight. A style bypass on
 * each edge, so it survives the stylesheet swaps the graph view makes as the graph grows.
 * @param {import('cytoscape').Core} cy
 */
export function emphasizeWeights(cy) {
  const edges = cy.edges('[type = "SPOKE_ABOUT"]');
  /** @param {import('cytoscape').EdgeSingular} edge */
  const weightOf = (edge) => Number(edge.data('properties')?.weight ?? 1);
  const heaviest = Math.max(1, ...edges.map(weightOf));
  cy.batch(() => {
    edges.forEach((edge) => {
      const weight = weightOf(edge);
      edge.style({ width: edgeWidthOf(weight, heaviest), label: String(weight) });
    });
  });
}

/**
 * @typedef {object} ClaimNetworkWiring
 * @property {HTMLElement} button what the reader clicks
 * @property {{ run: <T>(label: string, action: () => Promise<T>) => Promise<T | undefined>,
 *   info: (message: string) => void }} status the page's status line
 * @property {(view: Graph) => void} show draws a view instead of the current graph
 * @property {import('cytoscape').Core} cy the graph's Cytoscape instance
 */

/**
 * Makes the button draw the claim network.
 * @param {ClaimNetworkWiring} wiring
 */
export function wireClaimNetwork({ button, status, show, cy }) {
  button.addEventListener('click', async () => {
    const view = await status.run('Loading who speaks about whom…', () => fetchClaimNetwork(CLAIM_NETWORK_LIMIT));
    if (view === undefined) return;
    show(view);
    emphasizeWeights(cy);
    status.info(
      `Who speaks about whom: ${view.edges.length} speaker–subject pairs among ${view.nodes.length} nodes` +
        `${view.truncated ? ` (the ${CLAIM_NETWORK_LIMIT} most quoted)` : ''}; edge width and label: number of claims.`,
    );
  });
}

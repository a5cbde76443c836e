/**
 * Keeps the drawn graph current: subscribes to changes of the drawn nodes (live-updates.js),
 * follows the drawn set as nodes come and go, and redraws each changed node in place from a fresh
 * neighbourhood, one at a time and once however many changes touched it meanwhile.
 */
import { fetchNeighborhood } from './graph-queries.js';
import { ApiError } from './graphql-client.js';
import { createLiveUpdates } from './live-updates.js';

/** Drawing fires one event per node: the subscription follows the drawn set once it settles. */
const WATCH_DELAY_MS = 200;
/** Every relationship of a changed node, up to the server's cap on one neighbourhood. */
const REFRESH_LIMIT = 1000;

/**
 * @typedef {{
 *   graph: ReturnType<typeof import('./graph-view.js').createGraphView>,
 *   indicator: ReturnType<typeof import('./live-indicator.js').createLiveIndicator>,
 *   onRefreshed: (id: string) => Promise<void>,
 *   onRemoved: (id: string) => void,
 *   onError: (error: unknown) => void,
 * }} FollowOptions
 */

/** @param {FollowOptions} options */
export function followDrawnNodes({ graph, indicator, onRefreshed, onRemoved, onError }) {
  /** Drawn nodes a change touched, waiting to be fetched again. */
  const waiting = new Set();
  let refreshing = false;

  /** @param {string} id */
  async function refresh(id) {
    let view;
    try {
      view = await fetchNeighborhood(id, { depth: 1, limit: REFRESH_LIMIT });
    } catch (error) {
      if (!(error instanceof ApiError && error.code === 'NOT_FOUND')) throw error;
      // Deleted (merged into another entity): it leaves the graph.
      graph.remove(id);
      onRemoved(id);
      return;
    }
    if (!graph.refreshNode(view, id)) return;
    graph.markUpdated(id);
    indicator.updated(graph.nodeOf(id)?.label ?? id);
    await onRefreshed(id);
  }

  /** @param {string[]} ids */
  async function queue(ids) {
    for (const id of ids) if (graph.nodeOf(id) !== null) waiting.add(id);
    if (refreshing) return;
    refreshing = true;
    try {
      for (const id of waiting) {
        waiting.delete(id);
        await refresh(id).catch(onError);
      }
    } finally {
      refreshing = false;
    }
  }

  const live = createLiveUpdates({
    onChange: (change) => queue(change.nodeIds),
    onState: (state, reason) => indicator.show(state, reason),
  });
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  graph.cy.on('add remove', 'node', () => {
    clearTimeout(timer);
    timer = setTimeout(() => live.watch(graph.drawnIds()), WATCH_DELAY_MS);
  });
}

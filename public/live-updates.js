/**
 * Live updates of what is on screen: one graphql-ws subscription to `graphChanged(ids)` over the
 * page's WebSocket at /graphql, for the ids drawn now. When the drawn set changes the subscription
 * is replaced, resuming after the last change it delivered, so nothing in between is skipped.
 * It knows nothing about the graph: it reports changes and its own state, explore.js acts on them.
 */

/** @typedef {{ sequence: number, kind: string, subject: string, nodeIds: string[] }} LiveChange */
/** @typedef {'idle' | 'live' | 'off'} LiveState */

const GRAPH_CHANGED = `subscription ExplorerGraphChanged($ids: [ID!], $after: Int) {
  graphChanged(ids: $ids, afterSequence: $after) { sequence kind subject nodeIds }
}`;

/**
 * @param {{ onChange: (change: LiveChange) => void, onState: (state: LiveState, reason: string | null) => void }} handlers
 */
export function createLiveUpdates({ onChange, onState }) {
  const url = `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`;
  // Lazy: the socket opens with the first subscription and closes when none is left. A closed
  // socket is retried (with graphql-ws's backoff) unless the server refused it for good.
  const client = graphqlWs.createClient({ url, lazy: true, retryAttempts: 5 });
  /** @type {(() => void) | null} */
  let unsubscribe = null;
  /** The ids subscribed to, sorted and joined, to tell a new set from the same one. */
  let watchedKey = '';
  /** @type {number | null} */
  let lastSequence = null;

  client.on('connected', () => onState('live', null));
  client.on('closed', (event) => {
    if (unsubscribe !== null) onState('off', closeReasonOf(event));
  });

  return {
    /**
     * Follows changes to these ids from now on (or since the last change seen); an empty list
     * ends the subscription.
     * @param {string[]} ids
     */
    watch(ids) {
      const key = [...ids].sort().join('\n');
      if (key === watchedKey) return;
      watchedKey = key;
      // The new subscription starts before the old one ends, so the lazy socket stays open and
      // no change falls between them; one delivered by both is dropped by its sequence.
      const previous = unsubscribe;
      unsubscribe = null;
      if (ids.length === 0) {
        previous?.();
        onState('idle', null);
        return;
      }
      const stop = client.subscribe(
        { query: GRAPH_CHANGED, variables: { ids, after: lastSequence } },
        {
          next: (result) => {
            const change = /** @type {{ graphChanged?: LiveChange } | null | undefined} */ (result.data)?.graphChanged;
            if (change === undefined || (lastSequence !== null && change.sequence <= lastSequence)) return;
            lastSequence = change.sequence;
            onChange(change);
          },
          error: (error) => {
            if (unsubscribe !== stop) return;
            unsubscribe = null;
            // Watching the same ids again would meet the same refusal; a new set tries again.
            onState('off', describeFailure(error));
          },
          complete: () => undefined,
        },
      );
      unsubscribe = stop;
      previous?.();
    },
  };
}

/**
 * Why the socket closed, for the indicator's tooltip.
 * @param {unknown} event
 */
function closeReasonOf(event) {
  const close = /** @type {{ code?: number, reason?: string }} */ (event);
  return close.reason ? `${close.reason} (${close.code})` : `the connection closed (${close.code ?? 'no code'})`;
}

/**
 * A subscription's failure as text: graphql-ws reports a close event or the server's GraphQL errors.
 * @param {unknown} error
 */
function describeFailure(error) {
  if (Array.isArray(error)) return error.map((item) => String(item?.message ?? item)).join('; ');
  if (error instanceof Error) return error.message;
  return closeReasonOf(error);
}

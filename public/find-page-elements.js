/**
 * The elements of explore.html the scripts drive, found once. A missing one fails at load with
 * its id, rather than later as "cannot read properties of null".
 */
export function findPageElements() {
  /** @param {string} id */
  const byId = (id) => {
    const element = document.getElementById(id);
    if (element === null) throw new Error(`explore.html has no element with id "${id}"`);
    return element;
  };
  return {
    app: byId('app'),
    status: byId('status'),
    graph: byId('graph'),
    graphCounts: byId('graph-counts'),
    liveStatus: byId('live-status'),
    graphHint: byId('graph-hint'),
    details: byId('details'),
    legend: byId('legend'),
    searchForm: byId('search-form'),
    searchInput: /** @type {HTMLInputElement} */ (byId('search-input')),
    searchResults: byId('search-results'),
    pathForm: byId('path-form'),
    pathFrom: /** @type {HTMLInputElement} */ (byId('path-from')),
    pathTo: /** @type {HTMLInputElement} */ (byId('path-to')),
    pathClear: byId('path-clear'),
    pathResult: byId('path-result'),
    claimNetworkButton: byId('claim-network-button'),
    fitButton: byId('fit-button'),
    clearButton: byId('clear-button'),
    timelineStrip: byId('timeline-strip'),
    timelineFrom: /** @type {HTMLSelectElement} */ (byId('timeline-from')),
    timelineTo: /** @type {HTMLSelectElement} */ (byId('timeline-to')),
    timelineUndated: /** @type {HTMLInputElement} */ (byId('timeline-undated')),
    timelineReset: /** @type {HTMLButtonElement} */ (byId('timeline-reset')),
    timelineSummary: byId('timeline-summary'),
    review: {
      panel: byId('review-panel'),
      openButton: byId('review-open'),
      closeButton: byId('review-close'),
      tokenForm: /** @type {HTMLFormElement} */ (byId('review-token-form')),
      tokenInput: /** @type {HTMLInputElement} */ (byId('review-token')),
      tokenForget: byId('review-token-forget'),
      tokenState: byId('review-token-state'),
      sources: byId('review-sources'),
      draft: byId('review-draft'),
      message: byId('review-message'),
      articleForm: /** @type {HTMLFormElement} */ (byId('add-article-form')),
      articleResult: byId('article-result'),
    },
  };
}

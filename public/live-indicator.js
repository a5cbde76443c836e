/**
 * The small pill beside the graph's counts that says whether live updates are on, and names the
 * node that just changed for a few seconds. Hidden while nothing is drawn.
 */

/** How long the indicator names the node that just changed. */
const UPDATED_NOTICE_MS = 4000;

/** @typedef {import('./live-updates.js').LiveState} LiveState */

/** @param {HTMLElement} element */
export function createLiveIndicator(element) {
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let noticeTimer;

  /**
   * @param {LiveState} state
   * @param {string | null} reason why it is off, as a tooltip
   */
  function show(state, reason) {
    element.dataset.state = state;
    element.hidden = state === 'idle';
    element.title =
      state === 'live' ? 'Changes to the nodes shown appear as they are made.' : (reason ?? 'Live updates are off.');
    if (element.dataset.updated !== 'true') element.textContent = state === 'off' ? 'Live updates off' : 'Live';
  }

  return {
    show,

    /** @param {string} name the node that changed */
    updated(name) {
      element.dataset.updated = 'true';
      element.textContent = `Updated: ${name}`;
      clearTimeout(noticeTimer);
      noticeTimer = setTimeout(() => {
        delete element.dataset.updated;
        show(/** @type {LiveState} */ (element.dataset.state ?? 'live'), element.title);
      }, UPDATED_NOTICE_MS);
    },
  };
}

/**
 * The status line under the title (aria-live, so screen readers hear it) and the page's busy
 * state. Every asynchronous action runs through `run`, which shows its progress, shows its
 * failure instead of dropping it, and lets tests wait until the page is idle.
 */
import { ApiError } from './graphql-client.js';

/**
 * @param {HTMLElement} line the status element
 * @param {HTMLElement} root gets data-busy="true" while anything runs, for the progress bar
 */
export function createStatusLine(line, root) {
  /** @type {Set<Promise<unknown>>} */
  const running = new Set();
  /** Shown again when an action that said nothing on success ends, instead of a stale "Loading…". */
  let lastInfo = 'Ready.';

  /**
   * @param {string} message
   * @param {'info' | 'busy' | 'error'} kind
   */
  function show(message, kind) {
    line.textContent = message;
    line.dataset.kind = kind;
    if (kind === 'info') lastInfo = message;
  }

  return {
    /** @param {string} message */
    info: (message) => show(message, 'info'),

    /** @param {unknown} error */
    error: (error) => show(describeError(error), 'error'),

    /**
     * Runs an action, showing `label` while it runs and its error if it fails. Resolves to the
     * action's result, or undefined when it failed (the error is on screen by then).
     * @template T
     * @param {string} label e.g. "Searching…"
     * @param {() => Promise<T>} action
     * @returns {Promise<T | undefined>}
     */
    async run(label, action) {
      show(label, 'busy');
      const task = action();
      running.add(task);
      root.dataset.busy = 'true';
      try {
        const result = await task;
        if (line.dataset.kind === 'busy' && line.textContent === label) show(lastInfo, 'info');
        return result;
      } catch (error) {
        show(describeError(error), 'error');
        return undefined;
      } finally {
        running.delete(task);
        if (running.size === 0) root.dataset.busy = 'false';
      }
    },

    /**
     * Resolves once nothing is running, including actions that finished actions started: one
     * action often starts the next, so idle only counts after a turn of the event loop.
     */
    async whenIdle() {
      do {
        await Promise.allSettled([...running]);
        await new Promise((resolve) => setTimeout(resolve, 0));
      } while (running.size > 0);
    },
  };
}

/**
 * A message that says what failed and, for API errors, the server's code.
 * @param {unknown} error
 */
function describeError(error) {
  if (error instanceof ApiError) return `Error: ${error.message}${error.code ? ` (${error.code})` : ''}`;
  if (error instanceof Error) return `Error: ${error.message}`;
  return `Error: ${String(error)}`;
}

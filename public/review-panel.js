/**
 * The "Review" panel for editors: where the editor token is given (kept for this tab), the
 * queue of drafts, and the form that adds an article. It says plainly why the queue is empty:
 * no token, a token the server refused, or one without the editor role.
 */
import {
  cleanPastedToken,
  forgetEditorToken,
  readEditorToken,
  saveEditorToken,
  TOKEN_REFUSED_EVENT,
} from './editor-token.js';
import { ApiError } from './graphql-client.js';
import { createReviewQueue } from './review-queue.js';
import { wireReviewKeys } from './review-keys.js';
import { wireAddArticleForm } from './add-article-form.js';

/** @typedef {ReturnType<typeof import('./status-line.js').createStatusLine>} StatusLine */

const NO_TOKEN = 'Drafts are shown to editors only: give an editor token above (npm run token -- --role editor).';

/**
 * Why the queue could not be read, in the editor's terms.
 * @param {unknown} error
 * @param {string | null} refusedReason the server's words when it refused the token just now
 */
function explainRefusal(error, refusedReason) {
  if (error instanceof ApiError && error.code === 'FORBIDDEN') {
    if (readEditorToken() !== null)
      return `This token lacks the editor role, so drafts stay hidden (${error.message}).`;
    return refusedReason === null ? NO_TOKEN : refusedMessage(refusedReason);
  }
  return `The drafts could not be read: ${error instanceof Error ? error.message : String(error)}`;
}

/** @param {string} reason */
const refusedMessage = (reason) => `The server refused the token, so it was forgotten: ${reason}`;

/**
 * @param {{ panel: HTMLElement, openButton: HTMLElement, closeButton: HTMLElement, tokenForm: HTMLFormElement,
 *   tokenInput: HTMLInputElement, tokenForget: HTMLElement, tokenState: HTMLElement, sources: HTMLElement,
 *   draft: HTMLElement, message: HTMLElement, articleForm: HTMLFormElement, articleResult: HTMLElement }} elements
 * @param {{ status: StatusLine }} options
 */
export function wireReviewPanel(elements, { status }) {
  const queue = createReviewQueue({
    sources: elements.sources,
    draft: elements.draft,
    message: elements.message,
    status,
  });
  /** @type {string | null} */
  let refusedReason = null;

  function showTokenState() {
    const token = readEditorToken();
    elements.tokenState.textContent =
      token === null ? 'No token: you see what readers see.' : 'Token set for this tab.';
    elements.tokenForget.hidden = token === null;
  }

  async function loadQueue() {
    if (readEditorToken() === null) return queue.clear(NO_TOKEN);
    try {
      await status.run('Loading the drafts…', async () => {
        try {
          await queue.load();
        } catch (error) {
          queue.clear(explainRefusal(error, refusedReason));
        }
      });
    } finally {
      showTokenState();
    }
  }

  window.addEventListener(TOKEN_REFUSED_EVENT, (event) => {
    refusedReason = event instanceof CustomEvent ? String(event.detail) : '';
    queue.clear(refusedMessage(refusedReason));
    showTokenState();
  });
  elements.tokenForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const token = cleanPastedToken(elements.tokenInput.value);
    elements.tokenInput.value = '';
    if (token === '') return;
    refusedReason = null;
    saveEditorToken(token);
    showTokenState();
    loadQueue();
  });
  elements.tokenForget.addEventListener('click', () => {
    forgetEditorToken();
    showTokenState();
    queue.clear(NO_TOKEN);
  });
  wireOpenAndClose(elements, loadQueue);
  wireReviewKeys(document, {
    isActive: () => !elements.panel.hidden && queue.hasDraft(),
    onAccept: () => queue.accept(),
    onReject: () => queue.reject(),
  });
  wireAddArticleForm(elements.articleForm, { status, result: elements.articleResult, onExtracted: loadQueue });
  showTokenState();
}

/**
 * The topbar's button opens the panel (reading the queue afresh), its Close button hides it.
 * @param {{ panel: HTMLElement, openButton: HTMLElement, closeButton: HTMLElement }} elements
 * @param {() => void} onOpen
 */
function wireOpenAndClose({ panel, openButton, closeButton }, onOpen) {
  openButton.addEventListener('click', () => {
    panel.hidden = false;
    openButton.setAttribute('aria-expanded', 'true');
    onOpen();
  });
  closeButton.addEventListener('click', () => {
    panel.hidden = true;
    openButton.setAttribute('aria-expanded', 'false');
    openButton.focus();
  });
}

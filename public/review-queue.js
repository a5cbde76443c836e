/**
 * The review queue: every draft claim, grouped by the article it came from, shown one at a
 * time. A verdict (accept, reject) removes the draft from the queue and shows the next at once;
 * the server's answer follows, and a refusal (a stale version: someone else changed the draft)
 * is shown and the draft read again, so nothing is published that the editor did not see.
 */
import { ApiError } from './graphql-client.js';
import {
  acceptDraft,
  correctDraft,
  fetchDraft,
  fetchDraftQueue,
  fetchDraftSourceText,
  rejectDraft,
} from './review-queries.js';
import { renderDraft } from './review-draft-view.js';
import { renderDraftSources } from './review-sources-list.js';

/** @typedef {import('./review-queries.js').Draft} Draft */
/** @typedef {ReturnType<typeof import('./status-line.js').createStatusLine>} StatusLine */
/**
 * @typedef {{ sources: HTMLElement, draftArea: HTMLElement, message: HTMLElement, status: StatusLine,
 *   drafts: Draft[], index: number, generation: number }} Queue
 */

const REJECT_REASON = 'Rejected in review: not a claim the article makes as drafted.';
const CHANGED_ELSEWHERE = 'Someone changed this draft since it was loaded: it has been read again';

/**
 * Drafts in reading order: by article, then by where the passage starts.
 * @param {Draft[]} drafts
 */
function sortForReading(drafts) {
  const sourceOf = (/** @type {Draft} */ draft) => draft.evidence[0]?.source.title ?? '';
  const startOf = (/** @type {Draft} */ draft) => draft.evidence[0]?.start ?? 0;
  return [...drafts].sort((a, b) => sourceOf(a).localeCompare(sourceOf(b)) || startOf(a) - startOf(b));
}

/**
 * @param {Queue} queue
 * @param {string} text
 * @param {'info' | 'error'} [kind]
 */
function say(queue, text, kind = 'info') {
  queue.message.textContent = text;
  queue.message.dataset.kind = kind;
}

/** @param {Queue} queue */
const currentDraft = (queue) => queue.drafts[queue.index] ?? null;

/**
 * Shows the current draft with its article; the article's text is read once per article.
 * @param {Queue} queue
 */
async function show(queue) {
  renderDraftSources(queue.sources, {
    drafts: queue.drafts,
    currentIndex: queue.index,
    onChoose: (index) => {
      queue.index = index;
      show(queue);
    },
  });
  const draft = currentDraft(queue);
  const generation = ++queue.generation;
  if (draft === null) {
    queue.draftArea.replaceChildren();
    say(queue, queue.drafts.length === 0 ? 'No drafts wait for review.' : '');
    return;
  }
  const count = queue.drafts.length;
  say(queue, `${count} draft${count === 1 ? '' : 's'} to review. Keys: a accepts, r rejects.`);
  const sourceText = await queue.status.run('Loading the article…', () => fetchDraftSourceText(draft));
  if (generation !== queue.generation) return;
  renderDraft(queue.draftArea, {
    draft,
    position: queue.index + 1,
    total: count,
    sourceText: sourceText ?? null,
    onCorrect: (correction) => correct(queue, draft, correction),
    onAccept: () => decide(queue, 'accept'),
    onReject: () => decide(queue, 'reject'),
    onError: (error) => queue.status.error(error),
  });
}

/**
 * Reads a draft again after a refusal, in place; drops it when it is no draft any more.
 * @param {Queue} queue
 * @param {string} id
 */
async function reload(queue, id) {
  const fresh = await queue.status.run('Reading the draft again…', () => fetchDraft(id));
  if (fresh === undefined) return;
  const at = queue.drafts.findIndex((draft) => draft.id === id);
  if (fresh === null) {
    if (at >= 0) queue.drafts.splice(at, 1);
    if (at >= 0 && at < queue.index) queue.index -= 1;
    return show(queue);
  }
  if (at < 0) queue.drafts.splice(queue.index, 0, fresh);
  else queue.drafts[at] = fresh;
  // Another draft changed: only the counts may differ, the draft shown stays as the editor left it.
  if (at >= 0 && at !== queue.index) return;
  return show(queue);
}

/**
 * Runs a write; resolves to true when done, false on CONFLICT, undefined on any other failure
 * (shown in the status line).
 * @param {Queue} queue
 * @param {string} label
 * @param {() => Promise<void>} write
 */
function runWrite(queue, label, write) {
  return queue.status.run(label, async () => {
    try {
      await write();
      return true;
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'CONFLICT') throw error;
      return false;
    }
  });
}

/**
 * The reason the editor typed for rejecting the draft shown, or the standing one.
 * @param {HTMLElement} draftArea
 */
function rejectReasonOf(draftArea) {
  const field = draftArea.querySelector('[data-testid="review-reject-reason"]');
  const typed = field instanceof HTMLInputElement ? field.value.trim() : '';
  return typed === '' ? REJECT_REASON : typed;
}

/**
 * The editor's verdict on the draft shown: the next draft comes up before the server answers.
 * @param {Queue} queue
 * @param {'accept' | 'reject'} verdict
 */
async function decide(queue, verdict) {
  const draft = currentDraft(queue);
  if (draft === null) return;
  if (queue.draftArea.dataset.unsaved === 'true') {
    say(queue, 'Save the correction first: a verdict applies to the draft as stored.', 'error');
    return;
  }
  // Read before the next draft replaces the card the reason was typed in.
  const reason = rejectReasonOf(queue.draftArea);
  queue.drafts.splice(queue.index, 1);
  queue.index = Math.max(0, Math.min(queue.index, queue.drafts.length - 1));
  show(queue);
  const done = await runWrite(queue, verdict === 'accept' ? 'Accepting the draft…' : 'Rejecting the draft…', () =>
    verdict === 'accept' ? acceptDraft(draft) : rejectDraft(draft, reason),
  );
  if (done === true) {
    queue.status.info(
      verdict === 'accept'
        ? `Accepted: readers now see “${draft.text}”.`
        : `Rejected “${draft.text}”; it is kept, marked.`,
    );
    return;
  }
  queue.index = Math.min(queue.index, queue.drafts.length);
  await reload(queue, draft.id);
  if (done === false) say(queue, `${CHANGED_ELSEWHERE}; judge it as it is now.`, 'error');
}

/**
 * Saves a correction (it stays a draft), then shows the draft as the server stored it.
 * @param {Queue} queue
 * @param {Draft} draft
 * @param {import('./review-draft-editor.js').Correction} correction
 */
async function correct(queue, draft, correction) {
  const saved = await runWrite(queue, 'Saving the correction…', () => correctDraft(draft, correction));
  if (saved === undefined) return;
  queue.draftArea.dataset.unsaved = 'false';
  await reload(queue, draft.id);
  if (saved) queue.status.info('Correction saved; the draft still waits for a verdict.');
  else say(queue, `${CHANGED_ELSEWHERE}, your correction not saved.`, 'error');
}

/**
 * @param {{ sources: HTMLElement, draft: HTMLElement, message: HTMLElement, status: StatusLine }} elements
 */
export function createReviewQueue({ sources, draft, message, status }) {
  /** @type {Queue} */
  const queue = { sources, draftArea: draft, message, status, drafts: [], index: 0, generation: 0 };
  return {
    /** Reads the whole queue again and shows its first draft. Rejects with the server's error. */
    async load() {
      queue.drafts = sortForReading(await fetchDraftQueue());
      queue.index = 0;
      await show(queue);
    },
    /**
     * Empties the queue, showing why (no token, a refused one).
     * @param {string} why
     */
    clear(why) {
      queue.drafts = [];
      queue.index = 0;
      queue.generation += 1;
      sources.replaceChildren();
      draft.replaceChildren();
      draft.dataset.unsaved = 'false';
      say(queue, why, 'error');
    },
    accept: () => decide(queue, 'accept'),
    reject: () => decide(queue, 'reject'),
    hasDraft: () => currentDraft(queue) !== null,
  };
}

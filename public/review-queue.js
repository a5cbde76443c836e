/**
 * The review queue: every draft claim, grouped by the article it came from, shown one at a
 * time. A verdict (accept, reject) removes the draft from the queue and shows the next at once;
 * the server's answer follows, and a refusal (a stale version: someone else changed the draft)
 * is shown and the draft read again, so nothing is published that the editor did not see.
 */
import { buildElement } from './build-element.js';
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

/** @typedef {import('./review-queries.js').Draft} Draft */
/** @typedef {ReturnType<typeof import('./status-line.js').createStatusLine>} StatusLine */

const REJECT_REASON = 'Rejected in review: not a claim the article makes as drafted.';

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
 * @param {{ sources: HTMLElement, draft: HTMLElement, message: HTMLElement, status: StatusLine }} elements
 */
export function createReviewQueue({ sources, draft: draftArea, message, status }) {
  /** @type {Draft[]} */
  let drafts = [];
  let index = 0;
  /** Bumped on each shown draft, so a slow source text never lands on a later draft. */
  let shownGeneration = 0;

  /** @param {string} text @param {'info' | 'error'} kind */
  function say(text, kind = 'info') {
    message.textContent = text;
    message.dataset.kind = kind;
  }

  function current() {
    return drafts[index] ?? null;
  }

  function renderSources() {
    /** @type {Map<string, { title: string, count: number, first: number }>} */
    const bySource = new Map();
    drafts.forEach((draft, position) => {
      const source = draft.evidence[0]?.source ?? { id: '', title: 'No source' };
      const entry = bySource.get(source.id) ?? { title: source.title, count: 0, first: position };
      bySource.set(source.id, { ...entry, count: entry.count + 1 });
    });
    const currentSource = current()?.evidence[0]?.source.id;
    sources.replaceChildren(
      ...[...bySource].map(([id, entry]) =>
        buildElement('li', {}, [
          buildElement(
            'button',
            {
              className: 'result',
              attributes: {
                type: 'button',
                'data-testid': 'review-source',
                'data-source-id': id,
                'aria-current': id === currentSource,
              },
              onClick: () => {
                index = entry.first;
                show();
              },
            },
            [
              buildElement('span', { className: 'result-label', text: entry.title }),
              buildElement('span', {
                className: 'count',
                text: entry.count,
                attributes: { 'data-testid': 'review-source-count' },
              }),
            ],
          ),
        ]),
      ),
    );
  }

  async function show() {
    renderSources();
    const draft = current();
    const generation = ++shownGeneration;
    if (draft === null) {
      draftArea.replaceChildren();
      say(drafts.length === 0 ? 'No drafts wait for review.' : '');
      return;
    }
    say(`${drafts.length} draft${drafts.length === 1 ? '' : 's'} to review. Keys: a accepts, r rejects.`);
    const sourceText = await status.run('Loading the article…', () => fetchDraftSourceText(draft));
    if (generation !== shownGeneration) return;
    renderDraft(draftArea, {
      draft,
      position: index + 1,
      total: drafts.length,
      sourceText: sourceText ?? null,
      onCorrect: (correction) => correct(draft, correction),
      onAccept: () => decide('accept'),
      onReject: () => decide('reject'),
      onError: (error) => status.error(error),
    });
  }

  /**
   * Reads a draft again after a refusal, in place; drops it when it is no draft any more.
   * @param {string} id
   */
  async function reload(id) {
    const fresh = await status.run('Reading the draft again…', () => fetchDraft(id));
    if (fresh === undefined) return;
    const at = drafts.findIndex((draft) => draft.id === id);
    if (fresh === null) {
      if (at >= 0) drafts.splice(at, 1);
      if (at >= 0 && at < index) index -= 1;
      return show();
    }
    if (at < 0) drafts.splice(index, 0, fresh);
    else drafts[at] = fresh;
    if (at < 0 || at === index) return show();
    renderSources();
  }

  /**
   * The editor's verdict on the draft shown: the next draft comes up before the server answers.
   * @param {'accept' | 'reject'} verdict
   */
  async function decide(verdict) {
    const draft = current();
    if (draft === null || draftArea.dataset.unsaved === 'true') {
      if (draft !== null) say('Save or undo the correction first: a verdict applies to the draft as stored.', 'error');
      return;
    }
    drafts.splice(index, 1);
    if (index >= drafts.length) index = Math.max(0, drafts.length - 1);
    show();
    const label = verdict === 'accept' ? 'Accepting the draft…' : 'Rejecting the draft…';
    const done = await status.run(label, async () => {
      try {
        await (verdict === 'accept' ? acceptDraft(draft) : rejectDraft(draft, REJECT_REASON));
        return true;
      } catch (error) {
        if (!(error instanceof ApiError) || error.code !== 'CONFLICT') throw error;
        return false;
      }
    });
    if (done === true) {
      status.info(
        verdict === 'accept'
          ? `Accepted: readers now see “${draft.text}”.`
          : `Rejected “${draft.text}”; it is kept, marked.`,
      );
      return;
    }
    if (done === false)
      say('Someone changed this draft since it was loaded: it has been read again; judge it as it is now.', 'error');
    index = Math.min(index, drafts.length);
    await reload(draft.id);
  }

  /**
   * Saves a correction (it stays a draft), then shows the draft as the server stored it.
   * @param {Draft} draft
   * @param {import('./review-draft-view.js').Correction} correction
   */
  async function correct(draft, correction) {
    const saved = await status.run('Saving the correction…', async () => {
      try {
        await correctDraft(draft, correction);
        return true;
      } catch (error) {
        if (!(error instanceof ApiError) || error.code !== 'CONFLICT') throw error;
        return false;
      }
    });
    if (saved === undefined) return;
    if (saved) status.info('Correction saved; the draft still waits for a verdict.');
    else
      say(
        'Someone changed this draft since it was loaded: it has been read again, your correction not saved.',
        'error',
      );
    draftArea.dataset.unsaved = 'false';
    await reload(draft.id);
  }

  return {
    /** Reads the whole queue again; the first draft is shown. Rejects with the server's error. */
    async load() {
      drafts = sortForReading(await fetchDraftQueue());
      index = 0;
      await show();
    },
    /** Empties the queue, showing `why` (no token, a refused one). */
    /** @param {string} why */
    clear(why) {
      drafts = [];
      index = 0;
      shownGeneration += 1;
      sources.replaceChildren();
      draftArea.replaceChildren();
      say(why, 'error');
    },
    accept: () => decide('accept'),
    reject: () => decide('reject'),
    hasDraft: () => current() !== null,
  };
}

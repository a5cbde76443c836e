/**
 * One draft in the review queue, as an editor judges it: the quote and who said it, what it is
 * about, how sure the extractor was and why, and the article with the passage marked and
 * scrolled to. Corrections are saved on their own, before the verdict, so the editor sees what
 * will be published.
 */
import { buildElement } from './build-element.js';
import { buildHighlightedText } from './highlight-evidence.js';
import { createDraftEditor } from './review-draft-editor.js';
import { REVIEW_KEYS } from './review-keys.js';

/** @typedef {import('./review-queries.js').Draft} Draft */
/** @typedef {import('./review-queries.js').SourceText} SourceText */
/** @typedef {import('./review-draft-editor.js').Correction} Correction */

/**
 * The key for a verdict, from the one table the key handler reads.
 * @param {string} action
 */
const keyOf = (action) => Object.entries(REVIEW_KEYS).find(([, named]) => named === action)?.[0] ?? '';

/**
 * @param {'accept' | 'reject'} action
 * @param {() => void} onClick
 */
function buildVerdictButton(action, onClick) {
  const label = action === 'accept' ? 'Accept' : 'Reject';
  const className = action === 'accept' ? 'accept' : 'danger';
  const key = keyOf(action);
  const attributes = { type: 'button', 'data-testid': `review-${action}`, 'aria-keyshortcuts': key };
  return buildElement('button', { className, attributes, onClick }, [`${label} `, buildElement('kbd', { text: key })]);
}

/**
 * @param {HTMLElement} container
 * @param {{ draft: Draft, position: number, total: number, sourceText: SourceText | null,
 *   onCorrect: (correction: Correction) => void, onAccept: () => void, onReject: () => void,
 *   onError: (error: unknown) => void }} options
 */
export function renderDraft(container, { draft, position, total, sourceText, onCorrect, onAccept, onReject, onError }) {
  const editor = createDraftEditor(draft, { container, onCorrect, onError });
  const source = draft.evidence[0]?.source;
  const { review } = draft;
  const fact = (/** @type {string} */ term, /** @type {Node | string} */ value, /** @type {string} */ testId = '') => [
    buildElement('dt', { text: term }),
    buildElement('dd', { attributes: { 'data-testid': testId || null } }, [value]),
  ];
  const card = buildElement(
    'article',
    { className: 'draft-card', attributes: { 'data-testid': 'review-draft', 'data-claim-id': draft.id } },
    [
      buildElement('p', {
        className: 'muted draft-position',
        attributes: { 'data-testid': 'review-position' },
        text: `Draft ${position} of ${total}${source ? ` · ${source.title}` : ''}`,
      }),
      draft.quote
        ? buildElement('blockquote', {
            className: 'claim-quote',
            text: draft.quote,
            attributes: { 'data-testid': 'review-quote' },
          })
        : buildElement('p', { className: 'muted', text: `A ${draft.kind.toLowerCase()} without a quote.` }),
      buildElement('dl', { className: 'draft-facts' }, [
        ...fact('Speaker', editor.speakerName),
        ...fact('Subjects', editor.subjectList),
        ...fact('Confidence', `${Math.round(review.confidence * 100)} %`, 'review-confidence'),
        ...fact('Extractor', review.extractor),
        ...(review.note ? fact('Note', review.note, 'review-note') : []),
      ]),
      ...editor.pickers,
      buildElement('label', { text: 'Statement', attributes: { for: 'review-statement' } }),
      editor.statement,
      buildElement('label', { text: 'Why reject it (optional)', attributes: { for: 'review-reject-reason' } }),
      buildElement('input', {
        attributes: {
          id: 'review-reject-reason',
          type: 'text',
          autocomplete: 'off',
          placeholder: 'e.g. not a quote, wrong speaker',
          'data-testid': 'review-reject-reason',
        },
      }),
      buildElement('div', { className: 'button-row verdicts' }, [
        editor.save,
        buildVerdictButton('accept', onAccept),
        buildVerdictButton('reject', onReject),
      ]),
    ],
  );
  container.replaceChildren(card, buildArticle(draft, sourceText));
  scrollToPassage(container);
}

/**
 * The article with the draft's passage marked, or why it cannot be shown.
 * @param {Draft} draft
 * @param {SourceText | null} sourceText
 */
function buildArticle(draft, sourceText) {
  const content =
    sourceText === null
      ? buildElement('p', { className: 'muted', text: 'This draft has no evidence passage to show.' })
      : buildElement('div', { className: 'evidence-source' }, [
          buildElement('h3', { text: `Evidence in “${sourceText.title}”` }),
          buildHighlightedText(
            sourceText.text,
            draft.evidence.filter((span) => span.source.id === sourceText.id),
          ),
        ]);
  return buildElement('section', { className: 'draft-article', attributes: { 'aria-label': 'The article' } }, [
    content,
  ]);
}

/**
 * Centres the passage in the article's box, as the details panel does for a claim's evidence.
 * @param {HTMLElement} container
 */
function scrollToPassage(container) {
  const mark = container.querySelector('mark');
  const box = mark?.closest('.source-text');
  if (!mark || !(box instanceof HTMLElement)) return;
  box.scrollTop = Math.max(0, mark.offsetTop - (box.clientHeight - mark.offsetHeight) / 2);
}

/**
 * One draft in the review queue, as an editor judges it: the quote and who said it, what it is
 * about, how sure the extractor was and why, and the article with the passage marked and
 * scrolled to. Speaker, subjects and statement are editable; a correction is saved on its own,
 * before the verdict, so the editor sees what will be published.
 */
import { buildElement } from './build-element.js';
import { buildHighlightedText } from './highlight-evidence.js';
import { buildTypeBadge } from './type-badge.js';
import { createNodePicker } from './node-picker.js';
import { REVIEW_KEYS } from './review-keys.js';

/** @typedef {import('./review-queries.js').Draft} Draft */
/** @typedef {import('./review-queries.js').NamedNode} NamedNode */
/** @typedef {import('./review-queries.js').SourceText} SourceText */
/** @typedef {{ speakerId?: string | null, aboutIds?: string[], text?: string }} Correction */

const AGENT_TYPES = ['PERSON', 'ORGANIZATION'];
const SUBJECT_TYPES = ['PERSON', 'ORGANIZATION', 'PLACE', 'EVENT'];

/** The key for a verdict, from the one table the key handler reads. */
const keyOf = (/** @type {string} */ action) =>
  Object.entries(REVIEW_KEYS).find(([, named]) => named === action)?.[0] ?? '';

/**
 * @param {HTMLElement} container
 * @param {{ draft: Draft, position: number, total: number, sourceText: SourceText | null,
 *   onCorrect: (correction: Correction) => void, onAccept: () => void, onReject: () => void,
 *   onError: (error: unknown) => void }} options
 */
export function renderDraft(container, { draft, position, total, sourceText, onCorrect, onAccept, onReject, onError }) {
  /** @type {NamedNode | null} */
  let speaker = draft.speaker;
  let subjects = [...draft.about];
  const save = buildElement('button', {
    text: 'Save correction',
    className: 'secondary',
    attributes: { type: 'button', 'data-testid': 'review-save', disabled: true },
    onClick: () => onCorrect(correctionOf()),
  });
  const speakerName = buildElement('span', { attributes: { 'data-testid': 'review-speaker' } });
  const subjectList = buildElement('ul', {
    className: 'subject-chips',
    attributes: { 'data-testid': 'review-subjects' },
  });
  const statement = /** @type {HTMLTextAreaElement} */ (
    buildElement('textarea', {
      text: draft.text,
      attributes: { id: 'review-statement', rows: 2, 'data-testid': 'review-statement' },
    })
  );

  /** What differs from the stored draft: only those fields go to updateClaim. */
  function correctionOf() {
    /** @type {Correction} */
    const correction = {};
    if ((speaker?.id ?? null) !== (draft.speaker?.id ?? null)) correction.speakerId = speaker?.id ?? null;
    const ids = subjects.map((subject) => subject.id);
    if (ids.join('\n') !== draft.about.map((subject) => subject.id).join('\n')) correction.aboutIds = ids;
    if (statement.value.trim() !== draft.text) correction.text = statement.value.trim();
    return correction;
  }

  function update() {
    speakerName.replaceChildren(
      speaker === null
        ? buildElement('em', { className: 'muted', text: 'No speaker found' })
        : buildElement('span', { className: 'named' }, [buildTypeBadge(speaker.type), speaker.name]),
    );
    speakerName.dataset.nodeId = speaker?.id ?? '';
    subjectList.replaceChildren(
      ...subjects.map((subject) =>
        buildElement('li', { className: 'chip', attributes: { 'data-node-id': subject.id } }, [
          buildTypeBadge(subject.type),
          subject.name,
          buildElement('button', {
            text: '×',
            className: 'chip-remove',
            attributes: { type: 'button', 'aria-label': `Remove ${subject.name}`, title: 'Remove this subject' },
            onClick: () => {
              subjects = subjects.filter((other) => other.id !== subject.id);
              update();
            },
          }),
        ]),
      ),
    );
    const changed = Object.keys(correctionOf()).length > 0;
    save.toggleAttribute('disabled', !changed || subjects.length === 0);
    container.dataset.unsaved = String(changed);
  }

  const speakerPicker = createNodePicker({
    id: 'review-speaker-input',
    label: 'Change the speaker',
    placeholder: 'Type a name…',
    types: AGENT_TYPES,
    testId: 'review-speaker-input',
    onError,
    onChoose: (node) => {
      speaker = node;
      speakerPicker.input.value = '';
      update();
    },
  });
  const subjectPicker = createNodePicker({
    id: 'review-subject-input',
    label: 'Add a subject',
    placeholder: 'Type a name…',
    types: SUBJECT_TYPES,
    testId: 'review-subject-input',
    onError,
    onChoose: (node) => {
      if (!subjects.some((subject) => subject.id === node.id)) subjects = [...subjects, node];
      subjectPicker.input.value = '';
      update();
    },
  });
  statement.addEventListener('input', update);
  const source = draft.evidence[0]?.source;
  const confidence = Math.round(draft.review.confidence * 100);

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
        buildElement('dt', { text: 'Speaker' }),
        buildElement('dd', {}, [speakerName]),
        buildElement('dt', { text: 'Subjects' }),
        buildElement('dd', {}, [subjectList]),
        buildElement('dt', { text: 'Confidence' }),
        buildElement('dd', { text: `${confidence} %`, attributes: { 'data-testid': 'review-confidence' } }),
        buildElement('dt', { text: 'Extractor' }),
        buildElement('dd', { text: draft.review.extractor, className: 'node-id' }),
        draft.review.note && buildElement('dt', { text: 'Note' }),
        draft.review.note &&
          buildElement('dd', { text: draft.review.note, attributes: { 'data-testid': 'review-note' } }),
      ]),
      speakerPicker.element,
      subjectPicker.element,
      buildElement('label', { text: 'Statement', attributes: { for: 'review-statement' } }),
      statement,
      buildElement('div', { className: 'button-row verdicts' }, [
        save,
        buildElement(
          'button',
          {
            className: 'accept',
            attributes: { type: 'button', 'data-testid': 'review-accept', 'aria-keyshortcuts': keyOf('accept') },
            onClick: onAccept,
          },
          ['Accept ', buildElement('kbd', { text: keyOf('accept') })],
        ),
        buildElement(
          'button',
          {
            className: 'danger',
            attributes: { type: 'button', 'data-testid': 'review-reject', 'aria-keyshortcuts': keyOf('reject') },
            onClick: onReject,
          },
          ['Reject ', buildElement('kbd', { text: keyOf('reject') })],
        ),
      ]),
    ],
  );
  const article =
    sourceText === null
      ? buildElement('p', { className: 'muted', text: 'This draft has no evidence passage to show.' })
      : buildElement('div', { className: 'evidence-source' }, [
          buildElement('h3', { text: `Evidence in “${sourceText.title}”` }),
          buildHighlightedText(
            sourceText.text,
            draft.evidence.filter((span) => span.source.id === sourceText.id),
          ),
        ]);
  container.replaceChildren(
    card,
    buildElement('section', { className: 'draft-article', attributes: { 'aria-label': 'The article' } }, [article]),
  );
  update();
  scrollToPassage(container);
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

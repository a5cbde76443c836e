/**
 * The editable part of a draft: its speaker and subjects, chosen from the graph's suggestions,
 * and its one-sentence statement. It knows what differs from the stored draft, which is all a
 * correction sends, and marks the container `data-unsaved` while something does.
 */
import { buildElement } from './build-element.js';
import { buildTypeBadge } from './type-badge.js';
import { createNodePicker } from './node-picker.js';

/** @typedef {import('./review-queries.js').Draft} Draft */
/** @typedef {import('./review-queries.js').NamedNode} NamedNode */
/** @typedef {{ speakerId?: string | null, aboutIds?: string[], text?: string }} Correction */

const AGENT_TYPES = ['PERSON', 'ORGANIZATION'];
const SUBJECT_TYPES = ['PERSON', 'ORGANIZATION', 'PLACE', 'EVENT'];

/** @param {NamedNode} node */
const buildNamed = (node) => buildElement('span', { className: 'named' }, [buildTypeBadge(node.type), node.name]);

/**
 * @param {Draft} draft
 * @param {{ container: HTMLElement, onCorrect: (correction: Correction) => void, onError: (error: unknown) => void }} options
 */
export function createDraftEditor(draft, { container, onCorrect, onError }) {
  const edited = { speaker: draft.speaker, subjects: [...draft.about] };
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
  const save = buildElement('button', {
    text: 'Save correction',
    className: 'secondary',
    attributes: { type: 'button', 'data-testid': 'review-save', disabled: true },
    onClick: () => onCorrect(correctionOf(draft, edited, statement.value)),
  });

  function update() {
    speakerName.replaceChildren(
      edited.speaker === null
        ? buildElement('em', { className: 'muted', text: 'No speaker found' })
        : buildNamed(edited.speaker),
    );
    speakerName.dataset.nodeId = edited.speaker?.id ?? '';
    subjectList.replaceChildren(...edited.subjects.map((subject) => buildSubjectChip(subject, remove)));
    const changed = Object.keys(correctionOf(draft, edited, statement.value)).length > 0;
    save.toggleAttribute('disabled', !changed || edited.subjects.length === 0);
    container.dataset.unsaved = String(changed);
  }
  /** @param {NamedNode} subject */
  function remove(subject) {
    edited.subjects = edited.subjects.filter((other) => other.id !== subject.id);
    update();
  }
  const speakerPicker = createNodePicker({
    id: 'review-speaker-input',
    label: 'Change the speaker',
    types: AGENT_TYPES,
    onError,
    onChoose: (node) => {
      edited.speaker = node;
      update();
    },
  });
  const subjectPicker = createNodePicker({
    id: 'review-subject-input',
    label: 'Add a subject',
    types: SUBJECT_TYPES,
    onError,
    onChoose: (node) => {
      if (!edited.subjects.some((subject) => subject.id === node.id)) edited.subjects = [...edited.subjects, node];
      update();
    },
  });
  statement.addEventListener('input', update);
  update();
  return { speakerName, subjectList, statement, save, pickers: [speakerPicker.element, subjectPicker.element] };
}

/**
 * Only what differs from the stored draft, so a correction never rewrites what it did not touch.
 * @param {Draft} draft
 * @param {{ speaker: NamedNode | null, subjects: NamedNode[] }} edited
 * @param {string} statement
 * @returns {Correction}
 */
function correctionOf(draft, edited, statement) {
  /** @type {Correction} */
  const correction = {};
  if ((edited.speaker?.id ?? null) !== (draft.speaker?.id ?? null)) correction.speakerId = edited.speaker?.id ?? null;
  const ids = edited.subjects.map((subject) => subject.id);
  if (ids.join('\n') !== draft.about.map((subject) => subject.id).join('\n')) correction.aboutIds = ids;
  if (statement.trim() !== draft.text) correction.text = statement.trim();
  return correction;
}

/**
 * @param {NamedNode} subject
 * @param {(subject: NamedNode) => void} onRemove
 */
function buildSubjectChip(subject, onRemove) {
  return buildElement('li', { className: 'chip', attributes: { 'data-node-id': subject.id } }, [
    buildTypeBadge(subject.type),
    subject.name,
    buildElement('button', {
      text: '×',
      className: 'chip-remove',
      attributes: { type: 'button', 'aria-label': `Remove ${subject.name}`, title: 'Remove this subject' },
      onClick: () => onRemove(subject),
    }),
  ]);
}

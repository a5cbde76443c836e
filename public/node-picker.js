/**
 * A text field that suggests nodes from the graph as the editor types (readers' nodes and
 * drafts), and reports the one chosen. Used for a draft's speaker and for adding subjects: an id
 * is what the server needs, a name is what a person types.
 */
import { buildElement } from './build-element.js';
import { buildTypeBadge } from './type-badge.js';
import { suggestNodes } from './review-queries.js';

/** @typedef {import('./review-queries.js').NamedNode} NamedNode */

const SUGGESTIONS_SHOWN = 8;
/** Long enough not to search on every keystroke of a fast typist, short enough to feel live. */
const TYPING_PAUSE_MS = 180;

/**
 * The field: a combobox whose list of suggestions is `${id}-suggestions`; `id` is its test id too.
 * @param {string} id
 */
function buildPickerInput(id) {
  return /** @type {HTMLInputElement} */ (
    buildElement('input', {
      attributes: {
        id,
        type: 'text',
        autocomplete: 'off',
        placeholder: 'Type a name…',
        role: 'combobox',
        'aria-autocomplete': 'list',
        'aria-expanded': 'false',
        'aria-controls': `${id}-suggestions`,
        'data-testid': id,
      },
    })
  );
}

/**
 * @param {NamedNode} node
 * @param {(node: NamedNode) => void} onChoose
 */
function buildSuggestion(node, onChoose) {
  return buildElement('li', { attributes: { role: 'option' } }, [
    buildElement(
      'button',
      {
        className: 'suggestion',
        attributes: { type: 'button', 'data-testid': 'suggestion', 'data-node-id': node.id, title: node.id },
        onClick: () => onChoose(node),
      },
      [buildTypeBadge(node.type), buildElement('span', { text: node.name })],
    ),
  ]);
}

/**
 * @param {{ id: string, label: string, types: string[], onChoose: (node: NamedNode) => void,
 *   onError: (error: unknown) => void }} options
 * @returns {{ element: HTMLElement, input: HTMLInputElement }}
 */
export function createNodePicker({ id, label, types, onChoose, onError }) {
  const input = buildPickerInput(id);
  const list = buildElement('ul', {
    className: 'suggestions',
    attributes: { id: `${id}-suggestions`, role: 'listbox', hidden: true },
  });
  /** @type {NamedNode[]} */
  let shown = [];
  /** Bumped on each search, so a slow answer never replaces a newer one. */
  let generation = 0;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;

  /** @param {NamedNode[]} nodes */
  function show(nodes) {
    shown = nodes;
    list.replaceChildren(...nodes.map((node) => buildSuggestion(node, choose)));
    list.hidden = nodes.length === 0;
    input.setAttribute('aria-expanded', String(nodes.length > 0));
  }
  /** @param {NamedNode} node */
  function choose(node) {
    show([]);
    input.value = '';
    onChoose(node);
  }
  async function search() {
    const text = input.value.trim();
    const asked = ++generation;
    if (text.length < 2) return show([]);
    try {
      const nodes = await suggestNodes(text, types, SUGGESTIONS_SHOWN);
      if (asked === generation) show(nodes);
    } catch (error) {
      if (asked === generation) onError(error);
    }
  }
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, TYPING_PAUSE_MS);
  });
  input.addEventListener('keydown', (event) => {
    const first = shown[0];
    if (event.key === 'Enter') {
      // Enter picks the best match rather than submitting whatever form the field sits in.
      event.preventDefault();
      if (first !== undefined) choose(first);
    } else if (event.key === 'Escape') show([]);
    else if (event.key === 'ArrowDown' && first !== undefined) {
      event.preventDefault();
      list.querySelector('button')?.focus();
    }
  });
  const element = buildElement('div', { className: 'node-picker' }, [
    buildElement('label', { text: label, attributes: { for: id } }),
    input,
    list,
  ]);
  return { element, input };
}

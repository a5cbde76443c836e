/**
 * The two lists in the sidebar: search results, and the steps of a found path. Both are lists
 * of buttons, so they work from the keyboard.
 */
import { buildElement } from './build-element.js';
import { buildTypeBadge } from './type-badge.js';

/** @typedef {import('./graph-queries.js').SearchResult} SearchResult */
/** @typedef {import('./graph-queries.js').Graph} Graph */

/**
 * @param {HTMLElement} list
 * @param {SearchResult[]} results best first
 * @param {(id: string) => void} onChoose
 */
export function renderSearchResults(list, results, onChoose) {
  list.replaceChildren(
    ...results.map((result) =>
      buildElement('li', {}, [
        buildElement(
          'button',
          {
            className: 'result',
            attributes: { type: 'button', 'data-testid': 'search-result', 'data-node-id': result.id, title: result.id },
            onClick: () => {
              for (const chosen of list.querySelectorAll('[aria-current]')) chosen.removeAttribute('aria-current');
              list.querySelector(`[data-node-id="${CSS.escape(result.id)}"]`)?.setAttribute('aria-current', 'true');
              onChoose(result.id);
            },
          },
          [buildTypeBadge(result.type), buildElement('span', { className: 'result-label', text: result.label })],
        ),
      ]),
    ),
  );
}

/**
 * The path's nodes in order with the relationship between each pair, or a message when there is
 * no path.
 * @param {HTMLElement} list
 * @param {{ path: Graph | null, onOpen: (id: string) => void, message: string | null }} result
 *   path: nodes in path order, as the server returns them; message: shown instead of steps when
 *   there is no path
 */
export function renderPathResult(list, { path, onOpen, message }) {
  if (path === null) {
    list.replaceChildren(
      buildElement('li', {
        className: 'no-path',
        text: message ?? 'No path.',
        attributes: { 'data-testid': 'no-path' },
      }),
    );
    return;
  }
  list.replaceChildren(
    ...path.nodes.map((node, index) => {
      const next = path.nodes[index + 1];
      const edge =
        next === undefined
          ? undefined
          : path.edges.find(
              (candidate) =>
                (candidate.source === node.id && candidate.target === next.id) ||
                (candidate.source === next.id && candidate.target === node.id),
            );
      return buildElement('li', { className: 'path-step' }, [
        buildElement(
          'button',
          {
            className: 'result',
            attributes: { type: 'button', 'data-testid': 'path-node', 'data-node-id': node.id },
            onClick: () => onOpen(node.id),
          },
          [buildTypeBadge(node.type), buildElement('span', { className: 'result-label', text: node.label })],
        ),
        edge && buildElement('span', { className: 'path-edge', text: edge.type }),
      ]);
    }),
  );
}

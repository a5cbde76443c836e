/**
 * The queue's articles, each with how many of its drafts wait, in queue order; the article of
 * the draft shown is marked current. Choosing one jumps to its first draft.
 */
import { buildElement } from './build-element.js';

/** @typedef {import('./review-queries.js').Draft} Draft */

/**
 * @param {HTMLElement} list
 * @param {{ drafts: Draft[], currentIndex: number, onChoose: (index: number) => void }} queue the drafts in
 *   queue order, the one shown, and what choosing an article does with the index of its first draft
 */
export function renderDraftSources(list, { drafts, currentIndex, onChoose }) {
  /** @type {Map<string, { title: string, count: number, first: number }>} */
  const bySource = new Map();
  drafts.forEach((draft, position) => {
    const source = draft.evidence[0]?.source ?? { id: '', title: 'No source' };
    const entry = bySource.get(source.id) ?? { title: source.title, count: 0, first: position };
    bySource.set(source.id, { ...entry, count: entry.count + 1 });
  });
  const currentSource = drafts[currentIndex]?.evidence[0]?.source.id;
  list.replaceChildren(
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
            onClick: () => onChoose(entry.first),
          },
          [
            buildElement('span', { className: 'result-label', text: entry.title }),
            buildElement('span', {
              className: 'count',
              text: entry.count,
              attributes: { 'data-testid': 'review-source-count', 'aria-label': `${entry.count} drafts` },
            }),
          ],
        ),
      ]),
    ),
  );
}

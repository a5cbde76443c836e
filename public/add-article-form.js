/**
 * The panel's "Add article" form: an editor pastes an article (or picks a .txt file) with its
 * title, publisher and date, and the server adds it and extracts its drafts
 * (`extractArticle`), which then join the queue.
 */
import { extractArticle } from './review-queries.js';

/** @typedef {ReturnType<typeof import('./status-line.js').createStatusLine>} StatusLine */

/**
 * @param {HTMLFormElement} form holds the fields named title, publisher, published, text and file
 * @param {{ status: StatusLine, result: HTMLElement, onExtracted: () => Promise<void> }} options
 */
export function wireAddArticleForm(form, { status, result, onExtracted }) {
  const field = (/** @type {string} */ name) => /** @type {HTMLInputElement} */ (form.elements.namedItem(name));
  const file = field('file');
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (chosen === undefined) return;
    field('text').value = await chosen.text();
    // The first line of a text file is its headline when no title was typed, as `npm run extract` does.
    if (field('title').value.trim() === '') field('title').value = field('text').value.trim().split('\n')[0] ?? '';
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = field('text').value;
    const title = field('title').value.trim();
    if (title === '' || text.trim() === '') {
      result.textContent = 'An article needs a title and its text.';
      return;
    }
    const optional = (/** @type {string} */ name) => {
      const value = field(name).value.trim();
      return value === '' ? {} : { [name]: value };
    };
    result.textContent = 'Extracting the article: the language engine takes a few seconds…';
    const extracted = await status.run('Extracting the article…', () =>
      extractArticle({ title, text, ...optional('publisher'), ...optional('published') }),
    );
    if (extracted === undefined) {
      result.textContent = 'The article was not added: see the status line for why.';
      return;
    }
    const unattributed = extracted.quotesWithoutSpeaker;
    result.textContent =
      `Added “${extracted.source.title}”: ${extracted.claims} draft claims, ${extracted.entities} entities` +
      (unattributed > 0 ? `, ${unattributed} quotes without a speaker (give them one in the queue).` : '.');
    form.reset();
    await onExtracted();
  });
}
